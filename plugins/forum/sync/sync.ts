import {SCHEMA_VERSION, validateThread} from '../snapshotSchema';
import {toThread} from './adapter';
import {SyncError} from './errors';
import {byNumbers, CATEGORIES, DISCUSSIONS, MORE_COMMENTS, MORE_REPLIES} from './queries';
import type {Snapshot, Thread} from '../types';
import type {GitHubClient} from './client';
import type {Connection, RawComment, RawDiscussion, RawReply} from './types';

export type SyncConfig = {owner: string; name: string; category: string};

export type SyncSummary = {mode: 'full' | 'incremental'; added: number; updated: number; removed: number; total: number};

/** An incremental sync reads past its watermark by this much: clocks and indexes lag. */
export const SAFETY_MARGIN_MS = 10 * 60 * 1000;
/** Threads active this recently, or unanswered, are re-read even when their `updatedAt` did not move. */
export const RECENT_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 25;

/** Progress: a line, and for the reading of pages how far it is. */
type Log = (line: string, progress?: {done: number; total: number}) => void;

/** Why a sync must read everything, or `null` when an incremental sync is safe. */
export function fullSyncReason(previous: Snapshot | null, config: SyncConfig, full: boolean): string | null {
  const repository = `${config.owner}/${config.name}`;
  if (full) return null;
  if (!previous) return 'No snapshot yet: reading everything.';
  if (previous.state.sample) return 'The snapshot is the sample: replacing it with a full sync.';
  if (previous.state.schema_version !== SCHEMA_VERSION) return `The snapshot has format ${previous.state.schema_version}, this sync writes ${SCHEMA_VERSION}: full sync.`;
  if (previous.state.repository !== repository || previous.state.category !== config.category) {
    return `The snapshot is of ${previous.state.repository} (${previous.state.category}), not ${repository} (${config.category}): full sync.`;
  }
  return null;
}

/** The threads an incremental sync re-reads by number: unanswered, or active in the last week. */
export function threadsToRecheck(threads: readonly Thread[], seen: ReadonlySet<number>, now: number): number[] {
  return threads
    .filter((t) => !seen.has(t.number) && (t.answer_id === null || now - Date.parse(t.updated_at) < RECENT_MS))
    .map((t) => t.number)
    .sort((a, b) => a - b);
}

async function completeComments(client: GitHubClient, discussion: RawDiscussion): Promise<RawDiscussion> {
  const comments = [...discussion.comments.nodes];
  let page = discussion.comments.pageInfo;
  while (page.hasNextPage) {
    const data = await client.query<{node: {comments: Connection<RawComment>}}>(MORE_COMMENTS, {id: discussion.id, after: page.endCursor});
    comments.push(...data.node.comments.nodes);
    page = data.node.comments.pageInfo;
  }
  for (const [index, comment] of comments.entries()) {
    const replies = [...comment.replies.nodes];
    let replyPage = comment.replies.pageInfo;
    while (replyPage.hasNextPage) {
      const data = await client.query<{node: {replies: Connection<RawReply>}}>(MORE_REPLIES, {id: comment.id, after: replyPage.endCursor});
      replies.push(...data.node.replies.nodes);
      replyPage = data.node.replies.pageInfo;
    }
    comments[index] = {...comment, replies: {pageInfo: replyPage, nodes: replies}};
  }
  return {...discussion, comments: {pageInfo: page, nodes: comments}};
}

/** Adapts a discussion and checks it against the snapshot schema: an unexpected answer stops the sync. */
async function readThread(client: GitHubClient, raw: RawDiscussion): Promise<Thread> {
  let thread: Thread;
  try {
    thread = toThread(await completeComments(client, raw));
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw new SyncError(`GitHub's answer for discussion #${raw?.number ?? '?'} is not what the schema promises: ${(error as Error).message}`);
  }
  const problems = validateThread(thread, thread.number);
  if (problems.length > 0) {
    const problem = problems[0];
    throw new SyncError(`GitHub's answer for discussion #${thread.number} is not what the sync expects: ${problem?.path.join('.')} was ${JSON.stringify(problem?.found)}, expected ${problem?.expected}.`);
  }
  return thread;
}

/**
 * Reads the category's discussions into a new snapshot. A full sync reads
 * every discussion and drops the ones gone; an incremental one reads newest
 * activity first until it is past the previous sync (minus a margin), then
 * re-reads unanswered and recently active threads by number, since GitHub does
 * not document whether new comments or answers move `updatedAt`.
 */
export async function syncForum(client: GitHubClient, options: SyncOptions): Promise<{snapshot: Snapshot; summary: SyncSummary}> {
  try {
    return await readForum(client, options);
  } catch (error) {
    // A field missing where the schema promises one.
    if (error instanceof TypeError) throw new SyncError(`GitHub's answer is not what the schema promises: ${error.message}`);
    throw error;
  }
}

type SyncOptions = {config: SyncConfig; previous: Snapshot | null; full: boolean; now: Date; log: Log};

async function readForum(client: GitHubClient, {config, previous, full, now, log}: SyncOptions): Promise<{snapshot: Snapshot; summary: SyncSummary}> {
  const reason = fullSyncReason(previous, config, full);
  if (reason) log(reason);
  const incremental = !full && reason === null && previous !== null;
  const repository = `${config.owner}/${config.name}`;

  let categoryId = incremental ? previous.state.category_id : undefined;
  if (!categoryId) {
    const data = await client.query<{repository: {discussionCategories: {nodes: {id: string; name: string}[]}} | null}>(CATEGORIES, {owner: config.owner, name: config.name});
    if (!data.repository) throw new SyncError(`GitHub found no repository ${repository}, or the token cannot see it.`);
    const categories = data.repository.discussionCategories.nodes;
    categoryId = categories.find((c) => c.name === config.category)?.id;
    if (!categoryId) throw new SyncError(`${repository} has no Discussions category "${config.category}" (it has: ${categories.map((c) => c.name).join(', ') || 'none'}).`);
  }

  const watermark = incremental ? Date.parse(previous.state.synced_at) - SAFETY_MARGIN_MS : Number.NEGATIVE_INFINITY;
  const fetched = new Map<number, Thread>();
  let after: string | null = null;
  for (let page = 1; ; page += 1) {
    const data: {repository: {discussions: Connection<RawDiscussion> & {totalCount: number}} | null} = await client.query(DISCUSSIONS, {owner: config.owner, name: config.name, categoryId, after});
    if (!data.repository) throw new SyncError(`GitHub found no repository ${repository}, or the token cannot see it.`);
    const {nodes, pageInfo, totalCount} = data.repository.discussions;
    for (const raw of nodes) {
      if (Date.parse(raw.updatedAt) < watermark) continue;
      fetched.set(raw.number, await readThread(client, raw));
    }
    log(`page ${page}: ${fetched.size} threads read`, {done: Math.min(page * 50, totalCount), total: totalCount});
    const oldest = nodes.at(-1);
    if (!pageInfo.hasNextPage || (oldest && Date.parse(oldest.updatedAt) < watermark)) break;
    after = pageInfo.endCursor;
  }

  const gone = new Set<number>();
  if (incremental) {
    const recheck = threadsToRecheck(previous.threads, new Set(fetched.keys()), now.getTime());
    for (let start = 0; start < recheck.length; start += BATCH) {
      const numbers = recheck.slice(start, start + BATCH);
      const data = await client.query<{repository: Record<string, RawDiscussion | null>}>(byNumbers(numbers), {owner: config.owner, name: config.name});
      for (const number of numbers) {
        const raw = data.repository[`t${number}`];
        if (!raw || raw.category.id !== categoryId) gone.add(number);
        else fetched.set(number, await readThread(client, raw));
      }
      log(`re-read ${Math.min(start + BATCH, recheck.length)} of ${recheck.length} unanswered or recent threads`);
    }
  }

  const before = new Map((incremental ? previous.threads : (previous?.threads ?? [])).map((t) => [t.number, t]));
  const merged = new Map(incremental ? previous.threads.map((t) => [t.number, t]) : []);
  for (const number of gone) merged.delete(number);
  for (const [number, thread] of fetched) merged.set(number, thread);
  const threads = [...merged.values()].sort((a, b) => a.number - b.number);
  const changed = (t: Thread) => JSON.stringify(before.get(t.number)) !== JSON.stringify(t);
  const summary: SyncSummary = {
    mode: incremental ? 'incremental' : 'full',
    added: threads.filter((t) => !before.has(t.number)).length,
    updated: threads.filter((t) => before.has(t.number) && changed(t)).length,
    removed: [...before.keys()].filter((n) => !merged.has(n)).length,
    total: threads.length,
  };
  // Nothing new: keep the previous time, so that the files (and git status) do not change.
  const unchanged = incremental && summary.added + summary.updated + summary.removed === 0;
  return {
    snapshot: {
      state: {
        schema_version: SCHEMA_VERSION,
        repository,
        category: config.category,
        category_id: categoryId,
        synced_at: unchanged ? previous.state.synced_at : now.toISOString(),
        sample: false,
      },
      threads,
    },
    summary,
  };
}
