import {readFileSync} from 'node:fs';
import path from 'node:path';
import {buildClientSchema} from 'graphql';
import type {GraphQLSchema, IntrospectionQuery} from 'graphql';

/*
 * GitHub's published GraphQL schema: the introspection result that
 * @octokit/graphql-schema ships. Read by path because the package exports it
 * to ESM `import` only, and the benches run as CommonJS. (Its schema.graphql
 * defines some fields twice, which graphql-js refuses.)
 */
const file = path.join(__dirname, '../../node_modules/@octokit/graphql-schema/schema.json');
const introspection = JSON.parse(readFileSync(file, 'utf8')) as {data?: IntrospectionQuery} & IntrospectionQuery;

export const githubSchema: GraphQLSchema = buildClientSchema(introspection.data ?? introspection);
