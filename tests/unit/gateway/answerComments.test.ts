import {parse, validate} from 'graphql';
import {describe, expect, test} from 'vitest';
import {ANSWER_COMMENTS_QUERY, NODES_PER_QUERY, readAnswerComments, toAnswerComment} from '../../../gateway/github/answerComments';
import {githubSchema} from '../../emulator/schema';
import type {Octokit} from '@octokit/rest';
import type {RawAnswerComment} from '../../../gateway/github/answerComments';

const raw = (id: string, overrides: Partial<RawAnswerComment> = {}): RawAnswerComment => ({
  id, url: `https://github.com/o/r/discussions/1#discussioncomment-${id}`, body: `Body ${id}`, isMinimized: false, deletedAt: null, authorAssociation: 'MEMBER', author: {__typename: 'User', login: 'lina'}, ...overrides,
});

/** A GraphQL transport that answers each `nodes(ids:)` from `nodes`, as GitHub does: a missing id is null, with a NOT_FOUND error. */
function fakeGraphql(nodes: Record<string, RawAnswerComment>, calls: string[][] = []) {
  return (async (_query: string, variables: {ids: string[]}) => {
    calls.push(variables.ids);
    const data = {nodes: variables.ids.map((id) => nodes[id] ?? null)};
    const missing = variables.ids.filter((id) => !nodes[id]);
    if (missing.length === 0) return data;
    // Octokit's GraphqlResponseError keeps both.
    throw Object.assign(new Error('Request failed due to following response errors'), {data, errors: missing.map((id, index) => ({type: 'NOT_FOUND', path: ['nodes', index], message: `Could not resolve to a node with the global id of '${id}'`}))});
  }) as unknown as Octokit['graphql'];
}

describe('the comments of an answers email, read again from GitHub', () => {
  test('the query is valid against GitHub\'s published schema', () => {
    expect(validate(githubSchema, parse(ANSWER_COMMENTS_QUERY)).map((error) => error.message)).toEqual([]);
  });

  test('adapted: deleted, hidden and other nodes are nothing to send; a deleted account has no author; an App is a bot', () => {
    expect(toAnswerComment(raw('A'))).toEqual({id: 'A', url: raw('A').url, body: 'Body A', association: 'MEMBER', author: {login: 'lina', bot: false}});
    expect(toAnswerComment(raw('A', {deletedAt: '2026-01-01T00:00:00Z', body: ''}))).toBeNull();
    expect(toAnswerComment(raw('A', {isMinimized: true}))).toBeNull();
    expect(toAnswerComment(null)).toBeNull();
    expect(toAnswerComment({})).toBeNull();
    expect(toAnswerComment(raw('A', {author: null}))?.author).toBeNull();
    expect(toAnswerComment(raw('A', {author: {__typename: 'Bot', login: 'bsg-hub-gateway'}}))?.author).toEqual({login: 'bsg-hub-gateway', bot: true});
  });

  test(`${NODES_PER_QUERY} ids a query; a comment GitHub no longer has is null, the others as they are`, async () => {
    const ids = Array.from({length: 150}, (_, i) => `DC_${i}`);
    const calls: string[][] = [];
    const nodes = Object.fromEntries(ids.filter((id) => id !== 'DC_120').map((id) => [id, raw(id)]));
    const found = await readAnswerComments(fakeGraphql(nodes, calls), ids);
    expect(calls.map((chunk) => chunk.length)).toEqual([100, 50]);
    expect(found.get('DC_120')).toBeNull();
    expect(found.get('DC_149')).toMatchObject({body: 'Body DC_149'});
    expect(found.size).toBe(150);
  });

  test('any other error is thrown (the job is retried)', async () => {
    const down = (async () => {
      throw Object.assign(new Error('Server Error'), {status: 502});
    }) as unknown as Octokit['graphql'];
    await expect(readAnswerComments(down, ['DC_1'])).rejects.toThrow('Server Error');
    const forbidden = (async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), {errors: [{type: 'FORBIDDEN'}], data: {nodes: [null]}});
    }) as unknown as Octokit['graphql'];
    await expect(readAnswerComments(forbidden, ['DC_1'])).rejects.toThrow('Resource not accessible');
  });
});
