import type {Locale} from '../../locales';
import {oneLine} from './plainText';
import {duplicateOf, questionMarkdown, threadTags} from './tags';
import {GHOST_LOGIN} from './types';
import type {Author, Comment, Person, Reply, Thread, ThreadTags} from './types';

export type AuthorView = {
  login: string;
  url: string | null;
  /** A deleted account. */
  ghost: boolean;
  /** Set for experts and mentors listed in `data/people/`. */
  badge: {role: Person['role']; studyGroups: string[]} | null;
};

export type PostView =
  | {id: string; hidden: false; author: AuthorView; html: string; createdAt: string; upvotes: number}
  | {id: string; hidden: true; reason: NonNullable<Reply['minimized_reason']>};

export type AnswerView = PostView & {replies: PostView[]};

export type ThreadStatus = 'answered' | 'unanswered';

export type ThreadView = {
  number: number;
  title: string;
  url: string;
  author: AuthorView;
  createdAt: string;
  /** The latest time anything in the thread was written or edited. */
  lastActivity: string;
  status: ThreadStatus;
  locked: Thread['lock_reason'];
  closed: Thread['close_reason'];
  duplicateOf: number | null;
  tags: ThreadTags;
  upvotes: number;
  questionHtml: string;
  /** The accepted answer first, then the others by votes. */
  answers: (AnswerView & {accepted: boolean})[];
  /** Answers not hidden as spam or off-topic. */
  answerCount: number;
};

export type Render = (markdown: string, locale: Locale) => string;

const byOldest = (a: {created_at: string}, b: {created_at: string}) => a.created_at.localeCompare(b.created_at);

/** Accepted answer first, then by votes (most first), then oldest first. */
export function orderAnswers(comments: readonly Comment[], answerId: string | null): Comment[] {
  return [...comments].sort(
    (a, b) => Number(b.id === answerId) - Number(a.id === answerId) || b.upvotes - a.upvotes || byOldest(a, b),
  );
}

export function authorView(author: Author, people: ReadonlyMap<string, Person>): AuthorView {
  const person = people.get(author.login);
  const ghost = author.login === GHOST_LOGIN;
  return {
    login: author.login,
    url: ghost ? null : author.url,
    ghost,
    badge: person ? {role: person.role, studyGroups: person.study_groups} : null,
  };
}

const latest = (times: string[]) => times.reduce((a, b) => (a > b ? a : b));

/** Everything a thread page shows, computed once at build time. */
export function toThreadView(thread: Thread, people: ReadonlyMap<string, Person>, render: Render): ThreadView {
  const tags = threadTags(thread);
  const locale = tags.language ?? 'en';
  const post = (reply: Reply): PostView =>
    reply.minimized
      ? {id: reply.id, hidden: true, reason: reply.minimized_reason ?? 'off-topic'}
      : {id: reply.id, hidden: false, author: authorView(reply.author, people), html: render(reply.body, locale), createdAt: reply.created_at, upvotes: reply.upvotes};
  const answers = orderAnswers(thread.comments, thread.answer_id).map((comment) => ({
    ...post(comment),
    accepted: comment.id === thread.answer_id,
    replies: [...comment.replies].sort(byOldest).map(post),
  }));
  return {
    number: thread.number,
    title: oneLine(thread.title),
    url: thread.url,
    author: authorView(thread.author, people),
    createdAt: thread.created_at,
    lastActivity: latest([
      thread.updated_at,
      ...thread.comments.flatMap((c) => [c.updated_at, ...c.replies.map((r) => r.updated_at)]),
    ]),
    status: thread.answer_id ? 'answered' : 'unanswered',
    locked: thread.locked ? thread.lock_reason : null,
    closed: thread.closed ? thread.close_reason : null,
    duplicateOf: duplicateOf(thread),
    tags,
    upvotes: thread.upvotes,
    questionHtml: render(questionMarkdown(thread.body), locale),
    answers,
    answerCount: thread.comments.filter((comment) => !comment.minimized).length,
  };
}

/** Threads the site publishes: not those carrying the hide label. */
export const publishedThreads = (threads: readonly Thread[], hideLabel: string) =>
  threads.filter((thread) => !thread.labels.includes(hideLabel));
