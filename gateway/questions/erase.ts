/**
 * "Delete everything the gateway holds about me": a signed link in every
 * email, for one question, erases every question sent with the same address
 * (the address goes with them) and the jobs waiting for them. What is already
 * on GitHub stays, and never had the address.
 */
import type {Locale} from '../../locales';
import {checkLink, signLink} from '../crypto';
import {isLocale} from '../../locales';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';

export const ERASE_PURPOSE = 'erase';
/** Long enough to outlive any thread the member follows. */
export const ERASE_DAYS = 400;

export const eraseToken = (keys: Keys, id: string, now: Date) => signLink(keys.link, ERASE_PURPOSE, id, new Date(now.getTime() + ERASE_DAYS * 86_400_000));

export type EraseState = {status: 'invalid' | 'expired'} | {status: 'pending' | 'erased'; locale: Locale | null};

/** What the link leads to (GET: nothing changes). An address already erased reads as erased. */
export async function eraseState(db: Database, keys: Keys, token: string, now: Date): Promise<EraseState> {
  const link = checkLink(keys.link, ERASE_PURPOSE, token, now);
  if (!link.ok) return {status: link.reason};
  const rows = await db.query<{locale: string}>('SELECT locale FROM gateway_questions WHERE id = $1', [link.id]);
  const locale = rows[0] && isLocale(rows[0].locale) ? rows[0].locale : null;
  return {status: rows[0] ? 'pending' : 'erased', locale};
}

export async function erase(db: Database, keys: Keys, token: string, now: Date): Promise<EraseState> {
  const state = await eraseState(db, keys, token, now);
  if (state.status !== 'pending') return state;
  const id = token.split('.')[0]!;
  await db.transaction(async (tx) => {
    const erased = await tx.query<{id: string}>(
      'DELETE FROM gateway_questions WHERE email_key = (SELECT email_key FROM gateway_questions WHERE id = $1) RETURNING id',
      [id],
    );
    await tx.query(`DELETE FROM gateway_jobs WHERE done_at IS NULL AND payload->>'question' = ANY($1::text[])`, [erased.map((row) => row.id)]);
  });
  return {status: 'erased', locale: state.locale};
}
