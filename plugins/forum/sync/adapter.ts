import {GHOST_LOGIN} from '../types';
import type {Author, Comment, Reply, Thread} from '../types';
import type {RawActor, RawComment, RawDiscussion, RawReply} from './types';

/** A deleted account: GitHub returns `author: null`. */
export const GHOST: Author = {login: GHOST_LOGIN, url: `https://github.com/${GHOST_LOGIN}`, association: 'NONE'};

const ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR', 'NONE']);

const author = (actor: RawActor, association: string): Author =>
  actor ? {login: actor.login, url: actor.url, association: (ASSOCIATIONS.has(association) ? association : 'NONE') as Author['association']} : GHOST;

/** GitHub's enums and free-text reasons, in the snapshot's lowercase words. */
const lowerKebab = (value: string | null) => (value ? value.toLowerCase().replace(/_/g, '-') : null);

function reply(raw: RawReply): Reply {
  return {
    id: raw.id,
    author: author(raw.author, raw.authorAssociation),
    body: raw.body,
    created_at: raw.createdAt,
    updated_at: raw.updatedAt,
    upvotes: raw.upvoteCount,
    minimized: raw.isMinimized,
    minimized_reason: raw.isMinimized ? ((lowerKebab(raw.minimizedReason) ?? 'off-topic') as Reply['minimized_reason']) : null,
  };
}

const comment = (raw: RawComment): Comment => ({...reply(raw), replies: raw.replies.nodes.map(reply)});

/** One discussion, with all its comments and replies already fetched, as a snapshot thread. */
export function toThread(raw: RawDiscussion): Thread {
  const closeReason = raw.closed ? lowerKebab(raw.stateReason === 'REOPENED' ? 'RESOLVED' : (raw.stateReason ?? 'RESOLVED')) : null;
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body,
    url: raw.url,
    author: author(raw.author, raw.authorAssociation),
    created_at: raw.createdAt,
    updated_at: raw.updatedAt,
    labels: (raw.labels?.nodes ?? []).map((label) => label.name).sort(),
    locked: raw.locked,
    lock_reason: raw.locked ? ((lowerKebab(raw.activeLockReason) ?? 'resolved') as Thread['lock_reason']) : null,
    closed: raw.closed,
    close_reason: closeReason as Thread['close_reason'],
    upvotes: raw.upvoteCount,
    answer_id: raw.answer?.id ?? null,
    comments: raw.comments.nodes.map(comment),
  };
}
