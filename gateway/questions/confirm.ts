/**
 * Confirming an address: the link's token is signed, expires, and works once
 * (the question leaves `unconfirmed` in the same transaction that queues its
 * moderation issue), unless its address already has its confirmed questions
 * of the day.
 */
import type {Locale} from '../../locales';
import {checkLink, signLink} from '../crypto';
import {enqueue} from '../queue/queue';
import {isLocale} from '../../locales';
import {emailAtLimit, emailLock} from './limits';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';

export const CONFIRM_PURPOSE = 'confirm';
export const CONFIRM_HOURS = 48;
export const MODERATION_JOB = 'moderation-issue';

export const confirmToken = (keys: Keys, id: string, createdAt: Date) =>
  signLink(keys.link, CONFIRM_PURPOSE, id, new Date(createdAt.getTime() + CONFIRM_HOURS * 3_600_000));

/**
 * `done`: the question was confirmed already (the link opened again, even
 * once expired); `limit`: the address already has its confirmed questions of
 * the day, and the same link works again once one of them is a day old;
 * `expired`: not confirmed in time, or the question is gone (its language
 * then unknown). A link altered is `invalid`.
 */
export type ConfirmState = {status: 'invalid'} | {status: 'expired'; locale: Locale | null} | {status: 'pending' | 'confirmed' | 'done' | 'limit'; locale: Locale};

/** What the link leads to, without changing anything (GET). */
export async function confirmState(db: Database, keys: Keys, token: string, now: Date): Promise<ConfirmState> {
  const link = checkLink(keys.link, CONFIRM_PURPOSE, token, now);
  if (!link.ok && link.reason === 'invalid') return {status: 'invalid'};
  const id = link.ok ? link.id : token.split('.')[0]!;
  const rows = await db.query<{status: string; locale: string; confirmed: boolean}>('SELECT status, locale, confirmed_at IS NOT NULL AS confirmed FROM gateway_questions WHERE id = $1', [id]);
  const row = rows[0];
  // Signed by the gateway, so not altered: the question was not confirmed in time (and deleted since), erased, or withdrawn.
  if (!row) return {status: 'expired', locale: null};
  const locale = isLocale(row.locale) ? row.locale : 'en';
  if (row.confirmed) return {status: 'done', locale};
  if (!link.ok || row.status !== 'unconfirmed') return {status: 'expired', locale};
  return {status: 'pending', locale};
}

/** Confirms (POST): true state change once, then every later use of the link is `done`. */
export async function confirmQuestion(db: Database, keys: Keys, token: string, now: Date): Promise<ConfirmState> {
  const state = await confirmState(db, keys, token, now);
  if (state.status !== 'pending') return state;
  const id = token.split('.')[0]!;
  return db.transaction(async (tx): Promise<ConfirmState> => {
    // Only confirmed questions count toward an address's limit: it is held here, where a question becomes one.
    const [row] = await tx.query<{email_key: string}>('SELECT email_key FROM gateway_questions WHERE id = $1', [id]);
    if (!row) return {status: 'expired', locale: state.locale};
    await emailLock(tx, row.email_key);
    if (await emailAtLimit(tx, row.email_key)) return {status: 'limit', locale: state.locale};
    const rows = await tx.query(`UPDATE gateway_questions SET status = 'confirmed', confirmed_at = now() WHERE id = $1 AND status = 'unconfirmed' AND NOT over_email_limit RETURNING id`, [id]);
    // Pressed twice at once: the other press confirmed it (a question over its address's limit never had a link).
    if (rows.length === 0) return {status: 'done', locale: state.locale};
    await enqueue(tx, MODERATION_JOB, {question: id});
    return {status: 'confirmed', locale: state.locale};
  });
}
