/**
 * GitHub's webhook deliveries: verified (HMAC-SHA256 of the raw body with the
 * App's webhook secret, `X-Hub-Signature-256`), recorded by delivery id so a
 * replay or a redelivery is acted on once, and reduced to what the gateway
 * acts on: a decision label put on an issue of the moderation repository (with
 * who put it: the job checks they are a moderator, the route stays fast), an
 * issue of that repository closed without one, deleted or transferred (the
 * entry is withdrawn), and answers on the forum's discussions (their ids: the
 * text is read from GitHub when it is mailed, and so is whether its author is
 * trusted; the payload's `author_association` is not taken as the word of
 * now). What it calls for is written in the same transaction as the
 * delivery's record.
 */
import {createHmac, timingSafeEqual} from 'node:crypto';
import {LOGIN} from '../config';
import {enqueue} from '../queue/queue';
import type {Database, Sql} from '../db/database';
import type {Repository} from './client';

export const DECISION_JOB = 'moderation-decision';
export const WITHDRAWAL_JOB = 'moderation-withdrawal';
export const DECISION_LABELS = new Map([
  ['moderation:approved', 'approved'],
  ['moderation:rejected', 'rejected'],
] as const);
/** `sender`: the login of whoever put the label on. */
export type Decision = {issue: number; decision: 'approved' | 'rejected'; sender: string};
/** An issue that left the moderation queue without a decision; `sender` (who closed it) is null when GitHub did not say. */
export type Withdrawal = {issue: number; action: 'closed' | 'deleted' | 'transferred'; sender: string | null};

export function validSignature(secret: string, rawBody: string, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** GitHub's delivery ids are GUIDs; anything else is not from GitHub. */
export const isDeliveryId = (value: string | undefined): value is string => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value ?? '');

type IssuesPayload = {
  action?: unknown;
  label?: {name?: unknown};
  issue?: {number?: unknown; pull_request?: unknown; labels?: unknown};
  repository?: {full_name?: unknown};
  sender?: {login?: unknown} | null;
};

/** An `issues` event of the moderation repository (not a pull request's): its payload and the issue's number, else null. */
function moderationIssueEvent(event: string | undefined, payload: unknown, moderation: Repository): {number: number; payload: IssuesPayload; sender: string | null} | null {
  if (event !== 'issues' || !payload || typeof payload !== 'object') return null;
  const issues = payload as IssuesPayload;
  const number = issues.issue?.number;
  if (issues.repository?.full_name !== `${moderation.owner}/${moderation.name}` || issues.issue?.pull_request || typeof number !== 'number' || !Number.isSafeInteger(number)) return null;
  const login = issues.sender?.login;
  return {number, payload: issues, sender: typeof login === 'string' && LOGIN.test(login.replace(/\[bot\]$/, '')) ? login : null};
}

/** A decision label as named on the issue; a Map, not an object: a label named `toString` must not find a prototype's method. */
const decisionOf = (name: unknown) => (typeof name === 'string' ? DECISION_LABELS.get(name as 'moderation:approved') : undefined);

/** The decision label this event puts on, with who put it, or null for every other event. */
export function moderationDecision(event: string | undefined, payload: unknown, moderation: Repository): Decision | null {
  const found = moderationIssueEvent(event, payload, moderation);
  const decision = found?.payload.action === 'labeled' ? decisionOf(found.payload.label?.name) : undefined;
  return found && decision && found.sender ? {issue: found.number, decision, sender: found.sender} : null;
}

/**
 * An issue closed while it carries no decision label, deleted, or
 * transferred to another repository, or null. A closing with a decision
 * label is the decision's (the gateway closes the issue itself when it
 * carries one out); the job checks the issue again when it runs.
 */
export function moderationWithdrawal(event: string | undefined, payload: unknown, moderation: Repository): Withdrawal | null {
  const found = moderationIssueEvent(event, payload, moderation);
  const action = found?.payload.action;
  if (!found || (action !== 'closed' && action !== 'deleted' && action !== 'transferred')) return null;
  const labels = Array.isArray(found.payload.issue?.labels) ? (found.payload.issue.labels as {name?: unknown}[]) : [];
  if (action === 'closed' && labels.some((label) => decisionOf(label?.name))) return null;
  return {issue: found.number, action, sender: found.sender};
}

export type Answer = {discussion: number; id: string; kind: 'answer' | 'accepted'; url: string};
type CommentPayload = {node_id?: unknown; html_url?: unknown; user?: {type?: unknown} | null};
type DiscussionPayload = {action?: unknown; comment?: CommentPayload; answer?: CommentPayload; discussion?: {number?: unknown}; repository?: {full_name?: unknown}};

/** An answer (a comment) or an accepted answer on a discussion of the forum's repository, or null. Bots' comments (the App's own follow-ups) are no answers. */
export function forumAnswer(event: string | undefined, payload: unknown, forum: Repository): Answer | null {
  if (!payload || typeof payload !== 'object') return null;
  const {action, comment, answer, discussion, repository} = payload as DiscussionPayload;
  if (repository?.full_name !== `${forum.owner}/${forum.name}` || typeof discussion?.number !== 'number' || !Number.isSafeInteger(discussion.number)) return null;
  const [kind, posted] = event === 'discussion_comment' && action === 'created' ? (['answer', comment] as const) : event === 'discussion' && action === 'answered' ? (['accepted', answer] as const) : [null, null];
  if (!kind || !posted || posted.user?.type === 'Bot') return null;
  if (typeof posted.node_id !== 'string' || typeof posted.html_url !== 'string' || !/^https:\/\//.test(posted.html_url)) return null;
  return {discussion: discussion.number, id: posted.node_id, kind, url: posted.html_url};
}

/** Records the delivery and does `act` in the same transaction; false (and nothing done) when it was already received. */
export async function recordDelivery(db: Database, delivery: string, act: ((tx: Sql) => Promise<void>) | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query('INSERT INTO gateway_deliveries (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id', [delivery.toLowerCase()]);
    if (rows.length === 0) return false;
    if (act) await act(tx);
    return true;
  });
}

/**
 * Queues the decision, unless the same one by the same person waits for the
 * same issue (a label taken off and put on again): carried out once. A
 * moderator's label is never folded into one put on by someone else.
 */
export const queueDecision = (decision: Decision) => async (tx: Sql) => {
  const waiting = await tx.query(
    `SELECT 1 FROM gateway_jobs WHERE kind = $1 AND done_at IS NULL AND payload->>'issue' = $2 AND payload->>'decision' = $3 AND payload->>'sender' = $4`,
    [DECISION_JOB, String(decision.issue), decision.decision, decision.sender],
  );
  if (waiting.length === 0) await enqueue(tx, DECISION_JOB, decision);
};

export const queueWithdrawal = (withdrawal: Withdrawal) => (tx: Sql) => enqueue(tx, WITHDRAWAL_JOB, withdrawal);
