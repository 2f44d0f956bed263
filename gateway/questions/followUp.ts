/**
 * Following up a published question: every email about it carries a signed
 * link, good for 30 days and for one follow-up (the link's signature is
 * stored with the follow-up, in the transaction that queues its moderation
 * issue). Opening the link (GET) shows the form; the form's post stores the
 * follow-up, which is moderated like a question before it reaches the thread.
 */
import type {Locale} from '../../locales';
import {randomUUID} from 'node:crypto';
import {checkLink, linkNonce, signLink} from '../crypto';
import {enqueue} from '../queue/queue';
import {isLocale} from '../../locales';
import {readFollowUp} from './fields';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {FieldProblem} from './fields';

export const FOLLOW_UP_PURPOSE = 'follow-up';
export const FOLLOW_UP_DAYS = 30;
export const FOLLOW_UP_JOB = 'follow-up-issue';

/** A link of its own for each email (a nonce), since each is good once. */
export const followUpToken = (keys: Keys, questionId: string, now: Date) =>
  signLink(keys.link, FOLLOW_UP_PURPOSE, questionId, new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000), linkNonce());

/** `open` carries the question's title, shown above the form. */
export type FollowUpState =
  | {status: 'invalid'}
  | {status: 'expired'; locale: Locale}
  | {status: 'used' | 'received'; locale: Locale}
  | {status: 'open'; locale: Locale; title: string}
  | {status: 'refused'; locale: Locale; title: string; text: string; problems: FieldProblem[]};

/** The signature, stored to make the link good once (a token's last part; see `signLink`). */
const linkMac = (token: string) => token.split('.').at(-1) ?? '';

/** What the link leads to, without changing anything (GET). A question erased, or not published, has no follow-up. */
export async function followUpState(db: Database, keys: Keys, token: string, now: Date): Promise<FollowUpState> {
  const link = checkLink(keys.link, FOLLOW_UP_PURPOSE, token, now);
  if (!link.ok && link.reason === 'invalid') return {status: 'invalid'};
  const [row] = await db.query<{locale: string; title: string; used: boolean}>(
    `SELECT locale, title, EXISTS (SELECT 1 FROM gateway_follow_ups WHERE link_mac = $2) AS used FROM gateway_questions WHERE id = $1 AND status = 'published'`,
    [token.split('.')[0], linkMac(token)],
  );
  if (!row) return {status: 'invalid'};
  const locale = isLocale(row.locale) ? row.locale : 'en';
  if (row.used) return {status: 'used', locale};
  if (!link.ok) return {status: 'expired', locale};
  return {status: 'open', locale, title: row.title};
}

/** Stores the follow-up and queues its moderation issue (POST); a refused one comes back with its text, so nothing typed is lost. */
export async function submitFollowUp(db: Database, keys: Keys, token: string, fields: Record<string, unknown>, now: Date): Promise<FollowUpState> {
  const state = await followUpState(db, keys, token, now);
  if (state.status !== 'open') return state;
  const {text, problems} = readFollowUp(fields);
  if (problems.length > 0) return {...state, status: 'refused', text, problems};
  const questionId = token.split('.')[0]!;
  return db.transaction(async (tx): Promise<FollowUpState> => {
    const id = randomUUID();
    // Only while the question is there and published: an erasure may have come since the link was read.
    const stored = await tx.query(
      `INSERT INTO gateway_follow_ups (id, question_id, link_mac, status, text)
       SELECT $1, id, $3, 'received', $4 FROM gateway_questions WHERE id = $2 AND status = 'published'
       ON CONFLICT (link_mac) DO NOTHING RETURNING id`,
      [id, questionId, linkMac(token), text],
    );
    if (stored.length === 0) {
      // The same link sent twice at once (the first one wins), or the question erased meanwhile.
      const used = await tx.query('SELECT 1 FROM gateway_follow_ups WHERE link_mac = $1', [linkMac(token)]);
      return used.length > 0 ? {status: 'used', locale: state.locale} : {status: 'invalid'};
    }
    await tx.query('UPDATE gateway_questions SET last_activity_at = now() WHERE id = $1', [questionId]);
    await enqueue(tx, FOLLOW_UP_JOB, {question: questionId, followUp: id});
    return {status: 'received', locale: state.locale};
  });
}
