/**
 * How many questions one network and one email address may send, and how
 * many confirmation emails go out in all; each limit reached says when it
 * frees up. A network is an address block (IPv4
 * /24, IPv6 /48): one person holds many addresses of their block, rarely of
 * another. Blocks and addresses are compared by keyed hash, so the database
 * holds neither.
 */
import net from 'node:net';
import type {Sql} from '../db/database';
import type {Message} from '../messages';

export const RATE_LIMITS = {
  /**
   * Questions from one network (issue 21: a workshop room, a campus, a mobile
   * operator's NAT share one). Confirmed ones count for the hour, up to
   * `max`: a training room of 20 to 30 members can each ask and confirm in
   * the same hour. Each question also sends an email, to any address typed,
   * so those `waiting` for confirmation are held apart: they count for a
   * quarter of an hour only (a member confirms within minutes; that covers a
   * slow mailbox, and is all a neighbour waits after posts nobody confirms),
   * and at most `waiting.max` of them, plus one for each question the network
   * confirmed in the hour, may wait at once. A flood that confirms nothing
   * gets 5 emails out per quarter hour, as many as it got in an hour before;
   * a room that confirms, as its members do, widens its own way; confirming
   * takes a mailbox that receives the link, 3 confirmed questions a day each.
   */
  block: {max: 30, window: '1 hour', waiting: {max: 5, window: '15 minutes'}},
  /**
   * Confirmed questions from one email address a day. Questions never
   * confirmed do not count: anyone can type someone else's address, and must
   * not lock them out.
   */
  email: {max: 3, window: '24 hours'},
  /**
   * Questions without a proof of work (a browser without JavaScript), per
   * network: a confirmed one counts for the hour, one never confirmed only
   * for `unconfirmedWindow`. A member gets the email and presses its button
   * within minutes; a quarter of an hour covers a slow mailbox, and is all a
   * neighbour behind the same address block (a campus, a mobile operator's
   * NAT) waits after posts nobody confirmed.
   */
  unprovenBlock: {max: 2, window: '1 hour', unconfirmedWindow: '15 minutes'},
  /**
   * Questions without a proof of work in all, an hour: confirmed ones only,
   * since confirming takes a mailbox that receives the link, so that posts
   * never confirmed cannot shut the lane for everyone.
   */
  unproven: {max: 20, window: '1 hour'},
} as const;

/**
 * Confirmation emails an hour over all instances (`CONFIRMATIONS_PER_HOUR`):
 * far above the forum's busiest hour (a few questions a day), and 2,400 a
 * day at most, under the 5,000 a day at which the big mail providers treat a
 * sender as a bulk sender and its reputation is at stake.
 */
export const DEFAULT_CONFIRMATIONS_PER_HOUR = 100;

/** A limit reached: what to tell the member, with the minutes until it frees up, and those seconds. */
export type Refusal = {message: Message; retryAfterSeconds: number};

/**
 * `key`'s refusal, to try again in `seconds`: the moment the oldest question
 * counted leaves its window (another instance's question may carry a `now()`
 * a moment later than this statement's, hence the bounds).
 */
function refusal(key: 'limitBlock' | 'limitBlockWaiting' | 'limitUnproven' | 'limitConfirmations', seconds: number | null | undefined): Refusal {
  const wait = Math.min(3600, Math.max(1, seconds ?? 3600));
  return {message: {key, n: Math.ceil(wait / 60)}, retryAfterSeconds: wait};
}

/** `a.b.c.0/24` for IPv4 (also when mapped into IPv6), the first three groups `/48` for IPv6. */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  if (net.isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  if (net.isIPv6(ip)) return `${expandIPv6(ip).slice(0, 3).join(':')}::/48`;
  return 'unknown';
}

function expandIPv6(ip: string): string[] {
  const withoutZone = ip.split('%')[0]!;
  const [head = '', tail] = withoutZone.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const missing = tail === undefined ? 0 : 8 - groups(head).length - groups(tail).length;
  return [...groups(head), ...Array<string>(missing).fill('0'), ...groups(tail ?? '')].map((g) => parseInt(g, 16).toString(16));
}

/**
 * The first limit of the network, of the lane without proof of work
 * (`proven: false`) or of confirmation emails that a new question would go
 * over. Asked first without locks, so that a flood is turned away by
 * indexed counts, never queued behind a lock; then (`lock`) in the
 * transaction that stores it, under a lock per count, so that two instances
 * cannot both let the last one through. The network's count comes first, so
 * a flood from one network never waits on the locks every question shares.
 * Nothing here depends on the email address.
 */
export async function overLimit(sql: Sql, block: string, {proven, confirmationsPerHour}: {proven: boolean; confirmationsPerHour: number}, {lock = false} = {}): Promise<Refusal | null> {
  const take = (key: string) => (lock ? advisoryLock(sql, key) : undefined);
  await take(`block:${block}`);
  const full = await blockOver(sql, block);
  if (full) return full;
  if (!proven) {
    await take(UNPROVEN_LOCK);
    const full = await unprovenOver(sql, block);
    if (full) return full;
  }
  await take(CONFIRMATIONS_LOCK);
  return confirmationsOver(sql, confirmationsPerHour);
}

/**
 * The network's questions of the hour: confirmed ones, those waiting for
 * confirmation (of the last quarter hour), and in how many seconds the first
 * of all those counted, and the first of those waiting, stop counting.
 */
async function blockOver(sql: Sql, block: string): Promise<Refusal | null> {
  const {max, window, waiting} = RATE_LIMITS.block;
  const [row] = await sql.query<{confirmed: number; waiting: number; frees: number | null; waitingFrees: number | null}>(
    `SELECT count(*) FILTER (WHERE confirmed_at IS NOT NULL)::int AS confirmed, count(*) FILTER (WHERE confirmed_at IS NULL)::int AS waiting,
       ceil(extract(epoch FROM min(created_at + CASE WHEN confirmed_at IS NULL THEN $3::interval ELSE $2::interval END) - now()))::int AS frees,
       ceil(extract(epoch FROM min(created_at) FILTER (WHERE confirmed_at IS NULL) + $3::interval - now()))::int AS "waitingFrees"
     FROM gateway_questions
     WHERE block_key = $1 AND created_at > now() - $2::interval AND (confirmed_at IS NOT NULL OR created_at > now() - $3::interval)`,
    [block, window, waiting.window],
  );
  if (!row) return null;
  if (row.confirmed + row.waiting >= max) return refusal('limitBlock', row.frees);
  return row.waiting >= waiting.max + row.confirmed ? refusal('limitBlockWaiting', row.waitingFrees) : null;
}

/** The lane without proof of work full, for this network or in all, until the first question counted leaves its window. */
export async function unprovenOver(sql: Sql, block: string): Promise<Refusal | null> {
  const {unprovenBlock, unproven} = RATE_LIMITS;
  const [mine] = await sql.query<{n: number; frees: number | null}>(
    `SELECT count(*)::int AS n, ceil(extract(epoch FROM min(created_at + CASE WHEN confirmed_at IS NULL THEN $3::interval ELSE $2::interval END) - now()))::int AS frees
     FROM gateway_questions
     WHERE block_key = $1 AND NOT proven AND created_at > now() - $2::interval AND (confirmed_at IS NOT NULL OR created_at > now() - $3::interval)`,
    [block, unprovenBlock.window, unprovenBlock.unconfirmedWindow],
  );
  if ((mine?.n ?? 0) >= unprovenBlock.max) return refusal('limitUnproven', mine?.frees);
  const [all] = await sql.query<{frees: number}>(
    `SELECT ceil(extract(epoch FROM confirmed_at + $1::interval - now()))::int AS frees FROM gateway_questions
     WHERE NOT proven AND confirmed_at > now() - $1::interval ORDER BY confirmed_at DESC OFFSET $2 LIMIT 1`,
    [unproven.window, unproven.max - 1],
  );
  return all ? refusal('limitUnproven', all.frees) : null;
}

/**
 * The hour's confirmation emails all sent: every question stored sends one
 * (its link, or the word that its address's daily limit is reached). When
 * the `max`-th newest of the hour leaves the hour, there is room again.
 */
export async function confirmationsOver(sql: Sql, max: number): Promise<Refusal | null> {
  const [row] = await sql.query<{wait: number}>(
    `SELECT ceil(extract(epoch FROM created_at + interval '1 hour' - now()))::int AS wait FROM gateway_questions
     WHERE created_at > now() - interval '1 hour' ORDER BY created_at DESC OFFSET $1 LIMIT 1`,
    [max - 1],
  );
  return row ? refusal('limitConfirmations', row.wait) : null;
}

/** This address's confirmed questions of the last day reach its limit (when confirming, under `emailLock`). */
export async function emailAtLimit(sql: Sql, email: string): Promise<boolean> {
  const [row] = await sql.query<{n: number}>(`SELECT count(*)::int AS n FROM gateway_questions WHERE email_key = $1 AND confirmed_at > now() - $2::interval`, [email, RATE_LIMITS.email.window]);
  return (row?.n ?? 0) >= RATE_LIMITS.email.max;
}

/** A transaction's lock on one count, across instances, held until it ends. */
const advisoryLock = (tx: Sql, key: string) => tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
export const emailLock = (tx: Sql, email: string) => advisoryLock(tx, `email:${email}`);

/** The locks of the lane without proof of work and of the confirmation emails, across instances. */
const UNPROVEN_LOCK = 'unproven-questions';
const CONFIRMATIONS_LOCK = 'confirmation-emails';
