import {describe, expect, it} from 'vitest';
import {orderAnswers, publishedThreads, toThreadView} from '../../../plugins/forum/threads';
import {toUnansweredGroups} from '../../../plugins/forum/props';
import type {Comment, Person, Reply, Thread} from '../../../plugins/forum/types';

const author = (login: string) => ({login, url: `https://github.com/${login}`, association: 'NONE' as const});
const reply = (id: string, overrides: Partial<Reply> = {}): Reply => ({
  id,
  author: author('someone'),
  body: `Body of ${id}`,
  created_at: '2026-01-02T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
  upvotes: 0,
  minimized: false,
  minimized_reason: null,
  ...overrides,
});
const comment = (id: string, overrides: Partial<Comment> = {}): Comment => ({...reply(id), replies: [], ...overrides});
const thread = (overrides: Partial<Thread> = {}): Thread => ({
  number: 1,
  title: 'Title',
  body: 'Question',
  url: 'https://github.com/o/r/discussions/1',
  author: author('asker'),
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  labels: ['sg:SG2'],
  locked: false,
  lock_reason: null,
  closed: false,
  close_reason: null,
  upvotes: 1,
  answer_id: null,
  comments: [],
  ...overrides,
});
const render = (markdown: string) => `<p>${markdown}</p>`;
const people = new Map<string, Person>([['lina', {login: 'lina', name: 'Lina', role: 'expert', study_groups: ['SG2']}]]);

describe('orderAnswers', () => {
  it('puts the accepted answer first, then the others by votes, then the oldest', () => {
    const comments = [
      comment('old-low', {upvotes: 1, created_at: '2026-01-02T00:00:00Z'}),
      comment('top', {upvotes: 9}),
      comment('accepted', {upvotes: 0}),
      comment('new-low', {upvotes: 1, created_at: '2026-01-05T00:00:00Z'}),
    ];
    expect(orderAnswers(comments, 'accepted').map((c) => c.id)).toEqual(['accepted', 'top', 'old-low', 'new-low']);
  });
});

describe('toThreadView', () => {
  it('marks the accepted answer, badges experts, hides minimized comments and shows a deleted user as ghost', () => {
    const view = toThreadView(
      thread({
        answer_id: 'a2',
        author: author('ghost'),
        comments: [
          comment('a1', {upvotes: 5, replies: [reply('r2', {created_at: '2026-01-04T00:00:00Z'}), reply('r1', {created_at: '2026-01-03T00:00:00Z'})]}),
          comment('a2', {author: author('lina')}),
          comment('spam', {minimized: true, minimized_reason: 'spam'}),
        ],
      }),
      people,
      render,
    );
    expect(view.status).toBe('answered');
    expect(view.author).toEqual({login: 'ghost', url: null, ghost: true, badge: null});
    expect(view.answers.map((a) => [a.id, a.accepted])).toEqual([['a2', true], ['a1', false], ['spam', false]]);
    const accepted = view.answers[0];
    expect(accepted && !accepted.hidden && accepted.author.badge).toEqual({role: 'expert', studyGroups: ['SG2']});
    expect(view.answers[1]?.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(view.answers[2]).toMatchObject({hidden: true, reason: 'spam'});
    expect(view.answerCount).toBe(2);
  });

  it('counts the last activity from replies too', () => {
    const view = toThreadView(thread({comments: [comment('a', {replies: [reply('r', {updated_at: '2026-03-01T00:00:00Z'})]})]}), people, render);
    expect(view.lastActivity).toBe('2026-03-01T00:00:00Z');
  });
});

describe('publishedThreads', () => {
  it('leaves out threads with the hide label', () => {
    const threads = [thread({number: 1}), thread({number: 2, labels: ['forum:hide']})];
    expect(publishedThreads(threads, 'forum:hide').map((t) => t.number)).toEqual([1]);
  });
});

describe('toUnansweredGroups', () => {
  it('groups open unanswered questions by study group, oldest first, with their waiting time', () => {
    const views = [
      thread({number: 1, created_at: '2026-11-01T00:00:00Z'}),
      thread({number: 2, created_at: '2026-10-01T00:00:00Z'}),
      thread({number: 3, labels: ['sg:SG12'], answer_id: 'a', comments: [comment('a')]}),
      thread({number: 4, labels: [], locked: true, lock_reason: 'spam'}),
      thread({number: 5, labels: []}),
    ].map((t) => toThreadView(t, people, render));
    const groups = toUnansweredGroups(views, {forum: '/forum', recommendations: '/recommendations', studyGroups: '/study-groups'}, '2026-11-20T00:00:00Z');
    expect(groups.map((g) => [g.studyGroup, g.threads.map((t) => [t.number, t.waitingDays])])).toEqual([
      ['SG2', [[2, 50], [1, 19]]],
      [null, [[5, 323]]],
    ]);
  });
});
