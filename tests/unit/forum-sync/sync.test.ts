import {describe, expect, it} from 'vitest';
import {toThread} from '../../../plugins/forum/sync/adapter';
import {fullSyncReason, RECENT_MS, threadsToRecheck} from '../../../plugins/forum/sync/sync';
import type {RawDiscussion} from '../../../plugins/forum/sync/types';
import type {Snapshot, Thread} from '../../../plugins/forum/types';

const config = {owner: 'o', name: 'r', category: 'Q&A'};
const state = {schema_version: 1, repository: 'o/r', category: 'Q&A', synced_at: '2026-11-01T00:00:00Z', sample: false};
const snapshot = (overrides: Partial<Snapshot['state']> = {}): Snapshot => ({state: {...state, ...overrides}, threads: []});

describe('fullSyncReason', () => {
  it.each([
    [null, 'No snapshot yet: reading everything.'],
    [snapshot({sample: true}), 'The snapshot is the sample: replacing it with a full sync.'],
    [snapshot({schema_version: 0}), 'The snapshot has format 0, this sync writes 1: full sync.'],
    [snapshot({repository: 'x/y'}), 'The snapshot is of x/y (Q&A), not o/r (Q&A): full sync.'],
    [snapshot(), null],
  ])('%j → %s', (previous, reason) => {
    expect(fullSyncReason(previous, config, false)).toBe(reason);
  });
});

describe('threadsToRecheck', () => {
  const now = Date.parse('2026-11-20T00:00:00Z');
  const t = (number: number, answer_id: string | null, updated_at: string) => ({number, answer_id, updated_at}) as Thread;
  it('re-reads unanswered and recently active threads that the pages did not bring', () => {
    const threads = [
      t(1, null, '2025-01-01T00:00:00Z'),
      t(2, 'a', new Date(now - RECENT_MS / 2).toISOString()),
      t(3, 'a', '2025-01-01T00:00:00Z'),
      t(4, null, '2026-11-19T00:00:00Z'),
    ];
    expect(threadsToRecheck(threads, new Set([4]), now)).toEqual([1, 2]);
  });
});

describe('toThread', () => {
  const raw = (overrides: Partial<RawDiscussion> = {}): RawDiscussion => ({
    id: 'D_1', number: 1, title: 'T', body: 'B', url: 'https://github.com/o/r/discussions/1',
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z', locked: true, activeLockReason: 'TOO_HEATED',
    closed: true, stateReason: 'DUPLICATE', upvoteCount: 2, authorAssociation: 'NONE', author: null, category: {id: 'C'},
    labels: {nodes: [{name: 'sg:SG2'}, {name: 'rec:E.164'}]}, answer: {id: 'C1'},
    comments: {pageInfo: {hasNextPage: false, endCursor: null}, nodes: [{
      id: 'C1', body: 'x', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', upvoteCount: 0,
      isMinimized: true, minimizedReason: 'off-topic', authorAssociation: 'MEMBER', author: {login: 'a', url: 'https://github.com/a'},
      replies: {pageInfo: {hasNextPage: false, endCursor: null}, nodes: []},
    }]},
    ...overrides,
  });

  it('turns GitHub’s enums and nulls into the snapshot’s words', () => {
    const thread = toThread(raw());
    expect(thread).toMatchObject({
      author: {login: 'ghost', url: 'https://github.com/ghost', association: 'NONE'},
      lock_reason: 'too-heated',
      close_reason: 'duplicate',
      labels: ['rec:E.164', 'sg:SG2'],
      answer_id: 'C1',
    });
    expect(thread.comments[0]).toMatchObject({minimized: true, minimized_reason: 'off-topic', author: {login: 'a', association: 'MEMBER'}});
    expect(toThread(raw({locked: false, activeLockReason: null, closed: false, stateReason: null}))).toMatchObject({lock_reason: null, close_reason: null});
  });
});
