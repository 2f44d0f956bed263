import {schema as published} from '@octokit/graphql-schema';
import {buildClientSchema} from 'graphql';
import type {GraphQLSchema, IntrospectionQuery} from 'graphql';

/** GitHub's published GraphQL schema (the introspection result that @octokit/graphql-schema ships). */
export const githubSchema: GraphQLSchema = buildClientSchema(
  ((published.json as {data?: IntrospectionQuery}).data ?? published.json) as IntrospectionQuery,
);
