import type {Locale} from '../../locales';
import type {StudyGroup} from '../content-model/vocabulary';

/** What GitHub says of a post's author's relation to the repository. */
export const ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR', 'NONE'] as const;
export const LOCK_REASONS = ['off-topic', 'too-heated', 'resolved', 'spam'] as const;
export const CLOSE_REASONS = ['resolved', 'outdated', 'duplicate'] as const;
export const MINIMIZED_REASONS = ['spam', 'off-topic', 'outdated', 'duplicate', 'resolved', 'abuse'] as const;

/** The login GitHub gives every deleted account. */
export const GHOST_LOGIN = 'ghost';

/** A GitHub account; a deleted one is the `ghost` account. */
export type Author = {login: string; url: string; association: (typeof ASSOCIATIONS)[number]};

export type Reply = {
  id: string;
  author: Author;
  /** Markdown, as written on GitHub. */
  body: string;
  created_at: string;
  updated_at: string;
  upvotes: number;
  minimized: boolean;
  minimized_reason: (typeof MINIMIZED_REASONS)[number] | null;
};

export type Comment = Reply & {replies: Reply[]};

/** One discussion of the Q&A category: `data/forum/threads/<number>.json`. */
export type Thread = {
  number: number;
  title: string;
  body: string;
  url: string;
  author: Author;
  created_at: string;
  updated_at: string;
  labels: string[];
  locked: boolean;
  lock_reason: (typeof LOCK_REASONS)[number] | null;
  closed: boolean;
  close_reason: (typeof CLOSE_REASONS)[number] | null;
  upvotes: number;
  /** The id of the top-level comment marked as the answer. */
  answer_id: string | null;
  comments: Comment[];
};

/** `data/forum/state.json`: where the snapshot comes from. */
export type SnapshotState = {
  schema_version: number;
  /** `owner/name` */
  repository: string;
  category: string;
  /** The category's GraphQL id, so that an incremental sync needs no lookup. */
  category_id?: string;
  /** When the sync last read GitHub (ISO 8601). */
  synced_at: string;
  /** A made-up snapshot that shows the forum: the pages say so. */
  sample: boolean;
};

export type Snapshot = {state: SnapshotState; threads: Thread[]};

/** An expert or mentor (`data/people/*.yml`): their posts carry a badge. */
export type Person = {login: string; name: string; role: 'expert' | 'mentor'; study_groups: StudyGroup[]};

/** What a thread is about, from its labels, its form fields and its text. */
export type ThreadTags = {
  recommendations: string[];
  studyGroups: string[];
  language: Locale | null;
  country: string | null;
};
