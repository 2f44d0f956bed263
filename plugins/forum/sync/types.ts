/** Raw GraphQL shapes, as the queries in ./queries.ts ask for them. */

export type RawActor = {login: string; url: string} | null;
export type PageInfo = {hasNextPage: boolean; endCursor: string | null};
export type Connection<T> = {pageInfo: PageInfo; nodes: T[]};

export type RawReply = {
  id: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  upvoteCount: number;
  isMinimized: boolean;
  minimizedReason: string | null;
  authorAssociation: string;
  author: RawActor;
};

export type RawComment = RawReply & {replies: Connection<RawReply>};

export type RawDiscussion = {
  id: string;
  number: number;
  title: string;
  body: string;
  url: string;
  createdAt: string;
  updatedAt: string;
  locked: boolean;
  activeLockReason: string | null;
  closed: boolean;
  stateReason: string | null;
  upvoteCount: number;
  authorAssociation: string;
  author: RawActor;
  category: {id: string};
  labels: {nodes: {name: string}[]} | null;
  answer: {id: string} | null;
  comments: Connection<RawComment>;
};

export type RateLimit = {remaining: number; resetAt: string};
