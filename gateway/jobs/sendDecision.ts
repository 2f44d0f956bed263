/**
 * The job that tells the member what the moderator decided: the thread's
 * address on the site in their language, or the moderator's reason. Nothing
 * is sent to an address that unsubscribed or was erased.
 */
import {unseal} from '../crypto';
import {isLocale} from '../messages';
import {approvedEmail, rejectedEmail} from '../mail/decisionEmail';
import {threadPageUrl} from '../pages';
import {eraseToken} from '../questions/erase';
import {unsubscribeToken} from '../questions/unsubscribe';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {Mailer} from '../mail/mailer';
import type {Handler} from '../queue/worker';

type Row = {id: string; status: string; locale: string; title: string; display_name: string; email_encrypted: string; discussion_number: number | null; rejection_reason: string | null; unsubscribed: boolean};

export function sendDecision({db, keys, mailer, gatewayUrl, hubUrl}: {db: Database; keys: Keys; mailer: Mailer; gatewayUrl: string; hubUrl: string}): Handler {
  return async (job) => {
    const [row] = await db.query<Row>(
      `SELECT id, status, locale, title, display_name, email_encrypted, discussion_number, rejection_reason, unsubscribed_at IS NOT NULL AS unsubscribed
       FROM gateway_questions WHERE id = $1`,
      [job.payload.question],
    );
    if (!row || row.unsubscribed) return;
    const locale = isLocale(row.locale) ? row.locale : 'en';
    const now = new Date();
    const footer = {eraseLink: `${gatewayUrl}/erase/${eraseToken(keys, row.id, now)}`, unsubscribeLink: `${gatewayUrl}/unsubscribe/${unsubscribeToken(keys, row.id, now)}`};
    const email =
      row.status === 'published' && row.discussion_number !== null
        ? approvedEmail(locale, row.title, threadPageUrl(hubUrl, locale, row.discussion_number), footer)
        : row.status === 'rejected'
          ? rejectedEmail(locale, row.title, row.rejection_reason, footer)
          : null;
    if (email) await mailer.send({name: row.display_name, address: unseal(keys.email, row.email_encrypted)}, email);
  };
}
