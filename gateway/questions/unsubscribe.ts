/**
 * "No more emails": a signed link in every email that follows a question
 * (and its RFC 8058 one-click POST, which mail providers send without a
 * page) stops every email to the address the question was sent with. The
 * questions and the address stay until erased or retained no longer.
 */
import type {Locale} from '../../locales';
import {checkLink, signLink} from '../crypto';
import {ERASE_DAYS} from './erase';
import {isLocale} from '../../locales';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';

export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';

export const unsubscribeToken = (keys: Keys, id: string, now: Date) => signLink(keys.link, UNSUBSCRIBE_PURPOSE, id, new Date(now.getTime() + ERASE_DAYS * 86_400_000));

export type UnsubscribeState = {status: 'invalid' | 'expired'} | {status: 'pending' | 'unsubscribed'; locale: Locale | null};

/** What the link leads to (GET: nothing changes). An erased address reads as unsubscribed: nothing is sent to it. */
export async function unsubscribeState(db: Database, keys: Keys, token: string, now: Date): Promise<UnsubscribeState> {
  const link = checkLink(keys.link, UNSUBSCRIBE_PURPOSE, token, now);
  if (!link.ok) return {status: link.reason};
  const [row] = await db.query<{locale: string; unsubscribed: boolean}>('SELECT locale, unsubscribed_at IS NOT NULL AS unsubscribed FROM gateway_questions WHERE id = $1', [link.id]);
  return {status: row && !row.unsubscribed ? 'pending' : 'unsubscribed', locale: row && isLocale(row.locale) ? row.locale : null};
}

export async function unsubscribe(db: Database, keys: Keys, token: string, now: Date): Promise<UnsubscribeState> {
  const state = await unsubscribeState(db, keys, token, now);
  if (state.status !== 'pending') return state;
  await db.query(
    'UPDATE gateway_questions SET unsubscribed_at = now() WHERE unsubscribed_at IS NULL AND email_key = (SELECT email_key FROM gateway_questions WHERE id = $1)',
    [token.split('.')[0]],
  );
  return {status: 'unsubscribed', locale: state.locale};
}
