/**
 * A GitHub GraphQL emulator on 127.0.0.1 for the forum sync's tests: it
 * executes each query against GitHub's published schema (so a field GitHub
 * does not have fails, as it would on GitHub) with resolvers over an
 * in-memory repository, and can inject faults.
 */
import http from 'node:http';
import {graphql} from 'graphql';
import {githubSchema} from './schema';
import {handleAppRequest} from './githubApp';
import type {AddressInfo} from 'node:net';
import type {EmuApp} from './githubApp';

export type EmuActor = {login: string; url: string} | null;
export type EmuComment = {
  id: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  upvotes: number;
  minimizedReason: string | null;
  author: EmuActor;
  association: string;
  replies: EmuComment[];
  /** Set when deleted while it has replies: GitHub keeps it, empty, as "deleted". */
  deletedAt?: string | null;
};
export type EmuDiscussion = {
  id: string;
  number: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  categoryId: string;
  labels: string[];
  lockReason: string | null;
  stateReason: string | null;
  upvotes: number;
  author: EmuActor;
  association: string;
  answerId: string | null;
  comments: EmuComment[];
};
export type EmuRepository = {
  owner: string;
  name: string;
  categories: {id: string; name: string; isAnswerable: boolean}[];
  discussions: EmuDiscussion[];
  /** The repository's labels (ids for `addLabelsToLabelable`); none unless given. */
  labels?: {id: string; name: string}[];
};

/** A fault at the next mutation only: GitHub down before it, or its answer lost after GitHub applied it. */
export type MutationFault = 'down' | 'lost-answer';

export type Fault = 'unauthorized' | 'rate-limit' | 'secondary-rate-limit' | 'server-error' | 'malformed-json' | 'wrong-shape' | 'slow';

const cursor = (index: number) => Buffer.from(`cursor:${index}`).toString('base64');
const indexOf = (after: unknown) => (typeof after === 'string' ? Number(Buffer.from(after, 'base64').toString().split(':')[1]) + 1 : 0);

/** `first`/`after` from the start, or the `last` items (GitHub takes one or the other). */
function connection<T>(items: readonly T[], args: {first?: number; after?: string; last?: number}) {
  const start = args.last !== undefined ? Math.max(0, items.length - args.last) : indexOf(args.after);
  const page = items.slice(start, start + (args.last ?? args.first ?? 100));
  return {
    totalCount: items.length,
    pageInfo: {hasNextPage: start + page.length < items.length, endCursor: page.length > 0 ? cursor(start + page.length - 1) : null, hasPreviousPage: start > 0, startCursor: null},
    nodes: page,
  };
}

const repositoryId = (repository: EmuRepository) => `R_${repository.owner}_${repository.name}`;
const notFound = (id: string) => Object.assign(new Error(`Could not resolve to a node with the global id of '${id}'`), {extensions: {type: 'NOT_FOUND'}});

/** An App's account lives under `/apps/`: GraphQL types it `Bot`. */
const actor = (a: EmuActor) => (a ? {__typename: a.url.includes('/apps/') ? 'Bot' : 'User', login: a.login, url: a.url} : null);

function commentView(c: EmuComment, discussion: number): Record<string, unknown> {
  return {
    __typename: 'DiscussionComment',
    id: c.id,
    url: `https://github.com/o/r/discussions/${discussion}#discussioncomment-${c.id}`,
    body: c.body,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    upvoteCount: c.upvotes,
    isMinimized: c.minimizedReason !== null,
    minimizedReason: c.minimizedReason,
    deletedAt: c.deletedAt ?? null,
    authorAssociation: c.association,
    author: actor(c.author),
    replies: (args: {first?: number; after?: string}) => connection(c.replies.map((reply) => commentView(reply, discussion)), args),
  };
}

function discussionView(d: EmuDiscussion): Record<string, unknown> {
  return {
    __typename: 'Discussion',
    id: d.id,
    number: d.number,
    title: d.title,
    body: d.body,
    url: `https://github.com/o/r/discussions/${d.number}`,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    locked: d.lockReason !== null,
    activeLockReason: d.lockReason,
    closed: d.stateReason !== null,
    stateReason: d.stateReason,
    upvoteCount: d.upvotes,
    authorAssociation: d.association,
    author: actor(d.author),
    category: {id: d.categoryId},
    labels: (args: {first?: number; after?: string}) => connection(d.labels.map((name) => ({name})), args),
    answer: d.answerId ? {id: d.answerId} : null,
    comments: (args: {first?: number; after?: string; last?: number}) => connection(d.comments.map((c) => commentView(c, d.number)), args),
  };
}

type Order = {field: 'CREATED_AT' | 'UPDATED_AT'; direction: 'ASC' | 'DESC'};

function rootValue(repository: EmuRepository, creator: EmuActor) {
  const sortKey = (order: Order | undefined) => (d: EmuDiscussion) => (order?.field === 'CREATED_AT' ? d.createdAt : d.updatedAt);
  const discussionsView = (args: {first?: number; after?: string; categoryId?: string; orderBy?: Order}) =>
    connection(
      repository.discussions
        .filter((d) => !args.categoryId || d.categoryId === args.categoryId)
        .sort((a, b) => (args.orderBy?.direction === 'ASC' ? 1 : -1) * sortKey(args.orderBy)(a).localeCompare(sortKey(args.orderBy)(b)))
        .map(discussionView),
      args,
    );
  const allComments = () => repository.discussions.flatMap((d) => d.comments.flatMap((c) => [c, ...c.replies].map((comment) => ({c: comment, number: d.number}))));
  const nodeView = (id: string) => {
    const discussion = repository.discussions.find((d) => d.id === id);
    if (discussion) return discussionView(discussion);
    const found = allComments().find(({c}) => c.id === id);
    return found ? commentView(found.c, found.number) : null;
  };
  return {
    repository: (args: {owner: string; name: string}) => {
      if (args.owner !== repository.owner || args.name !== repository.name) {
        throw Object.assign(new Error(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`), {extensions: {type: 'NOT_FOUND'}});
      }
      return {
        id: repositoryId(repository),
        label: ({name}: {name: string}) => repository.labels?.find((label) => label.name === name) ?? null,
        discussionCategories: (a: {first?: number}) => connection(repository.categories, a),
        discussions: discussionsView,
        discussion: (a: {number: number}) => {
          const found = repository.discussions.find((d) => d.number === a.number);
          return found ? discussionView(found) : null;
        },
      };
    },
    node: ({id}: {id: string}) => nodeView(id),
    // GitHub answers an id it cannot resolve with null in its place and a NOT_FOUND error of its own.
    nodes: ({ids}: {ids: string[]}) => ids.map((id) => nodeView(id) ?? notFound(id)),
    createDiscussion: ({input}: {input: {repositoryId: string; categoryId: string; title: string; body: string}}) => {
      if (input.repositoryId !== repositoryId(repository)) throw notFound(input.repositoryId);
      if (!repository.categories.some((c) => c.id === input.categoryId)) throw notFound(input.categoryId);
      const now = new Date().toISOString();
      const number = Math.max(0, ...repository.discussions.map((d) => d.number)) + 1;
      const created: EmuDiscussion = {
        id: `D_${number}`, number, title: input.title, body: input.body, createdAt: now, updatedAt: now, categoryId: input.categoryId,
        labels: [], lockReason: null, stateReason: null, upvotes: 0, author: creator, association: 'NONE', answerId: null, comments: [],
      };
      repository.discussions.push(created);
      return {discussion: discussionView(created)};
    },
    addDiscussionComment: ({input}: {input: {discussionId: string; body: string}}) => {
      const target = repository.discussions.find((d) => d.id === input.discussionId);
      if (!target) throw notFound(input.discussionId);
      const now = new Date().toISOString();
      const added: EmuComment = {id: `DC_${target.number}_${target.comments.length + 1}`, body: input.body, createdAt: now, updatedAt: now, upvotes: 0, minimizedReason: null, author: creator, association: 'NONE', replies: []};
      target.comments.push(added);
      target.updatedAt = now;
      return {clientMutationId: null, comment: commentView(added, target.number)};
    },
    addLabelsToLabelable: ({input}: {input: {labelableId: string; labelIds: string[]}}) => {
      const target = repository.discussions.find((d) => d.id === input.labelableId);
      if (!target) throw notFound(input.labelableId);
      for (const id of input.labelIds) {
        const label = repository.labels?.find((l) => l.id === id);
        if (!label) throw notFound(id);
        if (!target.labels.includes(label.name)) target.labels.push(label.name);
      }
      return {clientMutationId: null, labelable: discussionView(target)};
    },
    rateLimit: {remaining: 4999, resetAt: '2026-11-29T12:00:00Z', cost: 1, limit: 5000, used: 1, nodeCount: 1},
  };
}

export type Emulator = {
  url: string;
  repository: EmuRepository;
  /** Faults to answer the next requests with, in order. `server-error` repeats `times`. */
  inject: (fault: Fault, times?: number) => void;
  /** A fault for the next GraphQL mutation, whatever requests come before it. */
  failNextMutation: (fault: MutationFault) => void;
  requests: () => number;
  /** Every query the emulator received, as sent. */
  queries: string[];
  close: () => Promise<void>;
};

/** With `app`, it also answers the REST calls of a GitHub App (see `githubApp.ts`), which carry their own credentials. */
export async function startGitHubEmulator(repository: EmuRepository, token = 'test-token', app?: EmuApp): Promise<Emulator> {
  const faults: Fault[] = [];
  const mutationFaults: MutationFault[] = [];
  const queries: string[] = [];
  let requests = 0;
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      void (async () => {
        requests += 1;
        const send = (status: number, body: string, headers: Record<string, string> = {}) => {
          response.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...headers});
          response.end(body);
        };
        const auth = request.headers.authorization ?? '';
        const fault = faults.shift();
        const rest = app !== undefined && request.url !== '/graphql';
        // GraphQL takes the test's token, or an installation token the App's emulator handed out.
        const credential = /^(token|bearer) /i.test(auth) ? (auth.split(' ')[1] ?? '') : '';
        if (fault === 'unauthorized' || (!rest && credential !== token && !app?.tokens.has(credential))) {
          return send(401, JSON.stringify({message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql'}));
        }
        if (fault === 'rate-limit') {
          return send(403, JSON.stringify({message: 'API rate limit exceeded'}), {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600)});
        }
        if (fault === 'secondary-rate-limit') {
          return send(403, JSON.stringify({message: 'You have exceeded a secondary rate limit.'}), {'retry-after': '3600'});
        }
        if (fault === 'server-error') return send(502, JSON.stringify({message: 'Server Error'}));
        if (fault === 'malformed-json') return send(200, '{"data": {"repository": ');
        if (fault === 'wrong-shape') {
          return send(200, JSON.stringify({data: {repository: {discussions: {pageInfo: {hasNextPage: false, endCursor: null}, nodes: [{number: 'one', title: null}]}}}}));
        }
        if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, 200));
        if (rest) return handleAppRequest(app, request, raw, send);
        if (request.url !== '/graphql' || request.method !== 'POST') return send(404, JSON.stringify({message: 'Not Found'}));
        const {query, variables} = JSON.parse(raw) as {query: string; variables?: Record<string, unknown>};
        queries.push(query);
        const mutationFault = /^\s*mutation\b/.test(query) ? mutationFaults.shift() : undefined;
        if (mutationFault === 'down') return send(502, JSON.stringify({message: 'Server Error'}));
        const creator = app ? {login: `${app.slug}[bot]`, url: `https://github.com/apps/${app.slug}`} : null;
        const result = await graphql({schema: githubSchema, source: query, variableValues: variables, rootValue: rootValue(repository, creator)});
        if (mutationFault === 'lost-answer') return send(502, JSON.stringify({message: 'Server Error'}));
        const errors = result.errors?.map((e) => ({message: e.message, path: e.path, type: (e.extensions?.type as string | undefined) ?? (e.path ? undefined : 'INVALID_QUERY')}));
        return send(200, JSON.stringify(errors ? {data: result.data ?? null, errors} : {data: result.data}));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    repository,
    inject: (fault, times = 1) => faults.push(...Array.from({length: times}, () => fault)),
    failNextMutation: (fault) => mutationFaults.push(fault),
    requests: () => requests,
    queries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Someone answers discussion `number` (by default an expert who is a member
 * of the organisation; with `accept`, the asker accepts it): the emulator's
 * state changes, and the deliveries GitHub would send are returned, with the
 * author's association as GitHub states it then.
 */
export function answerDiscussion(
  repository: EmuRepository,
  number: number,
  body: string,
  options: {accept?: boolean; login?: string; association?: string} = {},
): {event: string; payload: Record<string, unknown>}[] {
  const target = repository.discussions.find((d) => d.number === number);
  if (!target) throw new Error(`No discussion #${number} in the emulator`);
  const login = options.login ?? 'expert-sg2-lina';
  const association = options.association ?? 'MEMBER';
  const now = new Date().toISOString();
  // Never an id a deleted comment's successor already has.
  let index = target.comments.length + 1;
  while (target.comments.some((c) => c.id === `DC_${number}_${index}`)) index += 1;
  const added: EmuComment = {id: `DC_${number}_${index}`, body, createdAt: now, updatedAt: now, upvotes: 0, minimizedReason: null, author: {login, url: `https://github.com/${login}`}, association, replies: []};
  target.comments.push(added);
  target.updatedAt = now;
  const comment = {
    node_id: added.id,
    body,
    html_url: `https://github.com/${repository.owner}/${repository.name}/discussions/${number}#discussioncomment-${target.comments.length}`,
    user: {login, type: 'User'},
    author_association: association,
  };
  const common = {discussion: {number, title: target.title}, repository: {full_name: `${repository.owner}/${repository.name}`}, sender: {login}};
  const deliveries = [{event: 'discussion_comment', payload: {action: 'created', comment, ...common}}];
  if (options.accept) {
    target.answerId = added.id;
    deliveries.push({event: 'discussion', payload: {action: 'answered', answer: comment, ...common} as never});
  }
  return deliveries;
}

function findComment(repository: EmuRepository, id: string): {discussion: EmuDiscussion; list: EmuComment[]; comment: EmuComment} {
  for (const discussion of repository.discussions) {
    for (const list of [discussion.comments, ...discussion.comments.map((c) => c.replies)]) {
      const comment = list.find((c) => c.id === id);
      if (comment) return {discussion, list, comment};
    }
  }
  throw new Error(`No comment ${id} in the emulator`);
}

/** Its author (or a maintainer) edits a comment on GitHub. */
export function editComment(repository: EmuRepository, id: string, body: string): void {
  const {comment} = findComment(repository, id);
  comment.body = body;
  comment.updatedAt = new Date().toISOString();
}

/** A maintainer hides a comment ("Hide" → spam, abuse, off-topic…). */
export function minimizeComment(repository: EmuRepository, id: string, reason = 'spam'): void {
  findComment(repository, id).comment.minimizedReason = reason;
}

/** A comment deleted on GitHub: gone (the node no longer resolves), or, when it has replies, kept empty and marked deleted. */
export function deleteComment(repository: EmuRepository, id: string): void {
  const {list, comment} = findComment(repository, id);
  if (comment.replies.length > 0) Object.assign(comment, {body: '', deletedAt: new Date().toISOString()});
  else list.splice(list.indexOf(comment), 1);
}
