import {parse, validate} from 'graphql';
import {describe, expect, it} from 'vitest';
import {byNumbers, CATEGORIES, DISCUSSIONS, MORE_COMMENTS, MORE_REPLIES} from '../../../plugins/forum/sync/queries';
import {githubSchema} from '../../emulator/schema';

describe('the sync’s GraphQL operations', () => {
  it.each([
    ['Categories', CATEGORIES],
    ['Discussions', DISCUSSIONS],
    ['MoreComments', MORE_COMMENTS],
    ['MoreReplies', MORE_REPLIES],
    ['Threads', byNumbers([1, 2, 3])],
  ])('%s is valid against GitHub’s published schema', (_, query) => {
    expect(validate(githubSchema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it('would fail on a field GitHub does not have', () => {
    const wrong = DISCUSSIONS.replace('upvoteCount', 'votes');
    expect(validate(githubSchema, parse(wrong)).map((error) => error.message)).toEqual(['Cannot query field "votes" on type "Discussion".']);
  });
});
