import type {GatewayLinks} from './gateway';
import type {RecommendationReference} from '../catalogue/join';
import type {ThreadView} from './threads';
import type {CountryChoice} from '../countries/choices';

/** A thread in the list pages and in the filter index. */
export type ThreadListItem = Pick<ThreadView, 'number' | 'title' | 'status' | 'locked' | 'answerCount' | 'upvotes' | 'lastActivity'> & {
  permalink: string;
  asker: string;
  recommendations: string[];
  studyGroups: string[];
  language: string | null;
};

export type ForumPaths = {forum: string; recommendations: string; studyGroups: string};

/** What every forum page needs to know about the forum as a whole. */
export type ForumContext = {
  paths: ForumPaths;
  /** The snapshot is made up: the pages say so. */
  sample: boolean;
  /** GitHub's form for a new question in the Q&A category. */
  newDiscussionUrl: string;
};

export type ForumListProps = {
  forum: ForumContext;
  threads: ThreadListItem[];
  page: number;
  pageCount: number;
  total: number;
  /** The JSON list of every thread, fetched when the reader filters. */
  indexUrl: string;
};

export type UnansweredProps = {
  forum: ForumContext;
  /** Each study group's waiting questions, oldest first; `null` gathers those without one. */
  groups: {studyGroup: string | null; threads: (ThreadListItem & {waitingDays: number})[]}[];
  /** The snapshot time the waits are counted to. */
  asOf: string;
};

/** A choice of the ask page's pickers, with its name: `{id: 'SG2', title: 'Operational aspects…'}` (the catalogue's English titles). */
export type NamedChoice = {id: string; title: string};

export type AskProps = {
  forum: ForumContext;
  recommendations: NamedChoice[];
  studyGroups: NamedChoice[];
  /** Every country with its UN name in the page's language: only this page carries the list. */
  countries: CountryChoice[];
  /** Where the form without a GitHub account posts; only with `BSG_HUB_GATEWAY_URL` (the route then uses another component). */
  gateway?: GatewayLinks;
};

export const threadPermalink = (paths: ForumPaths, number: number) => `${paths.forum}/${number}`;

export function toListItem(thread: ThreadView, paths: ForumPaths): ThreadListItem {
  return {
    number: thread.number,
    title: thread.title,
    permalink: threadPermalink(paths, thread.number),
    asker: thread.author.login,
    status: thread.status,
    locked: thread.locked,
    answerCount: thread.answerCount,
    upvotes: thread.upvotes,
    lastActivity: thread.lastActivity,
    recommendations: thread.tags.recommendations,
    studyGroups: thread.tags.studyGroups,
    language: thread.tags.language,
  };
}

/** Newest activity first: the list's order. */
export const byLastActivity = (a: ThreadView, b: ThreadView) => b.lastActivity.localeCompare(a.lastActivity);

const DAY = 24 * 60 * 60 * 1000;

/** The experts' work queue: unanswered, open questions by study group, oldest first. */
export function toUnansweredGroups(threads: readonly ThreadView[], paths: ForumPaths, asOf: string): UnansweredProps['groups'] {
  const waiting = threads
    .filter((thread) => thread.status === 'unanswered' && !thread.locked && !thread.closed)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const groups = new Map<string | null, UnansweredProps['groups'][number]['threads']>();
  for (const thread of waiting) {
    const item = {...toListItem(thread, paths), waitingDays: Math.floor((Date.parse(asOf) - Date.parse(thread.createdAt)) / DAY)};
    for (const group of thread.tags.studyGroups.length > 0 ? thread.tags.studyGroups : [null]) {
      groups.set(group, [...(groups.get(group) ?? []), item]);
    }
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en', {numeric: true})))
    .map(([studyGroup, items]) => ({studyGroup, threads: items}));
}

/** What the catalogue joins: each thread under every Recommendation it concerns. */
export function toReferences(threads: readonly ThreadView[], paths: ForumPaths): RecommendationReference[] {
  return threads.flatMap((thread) =>
    thread.tags.recommendations.map((recommendation) => ({
      recommendation,
      kind: 'question' as const,
      title: thread.title,
      permalink: threadPermalink(paths, thread.number),
      answered: thread.status === 'answered',
    })),
  );
}
