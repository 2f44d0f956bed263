/**
 * The job that tells the member what the moderator decided, on their
 * question or on a follow-up: the thread's address on the site in their
 * language, or the moderator's reason. Nothing is sent to an address that
 * unsubscribed or was erased.
 */
import {unseal} from '../crypto';
import {isLocale} from '../messages';
import {approvedEmail, rejectedEmail} from '../mail/decisionEmail';
import {threadPageUrl} from '../pages';
import {emailFooter} from './emailFooter';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {Decided} from '../mail/decisionEmail';
import type {Mailer} from '../mail/mailer';
import type {Handler} from '../queue/worker';

type Row = {id: string; status: string; locale: string; title: string; display_name: string; email_encrypted: string; discussion_number: number | null; rejection_reason: string | null; unsubscribed: boolean};
type Decision = {status: string; rejection_reason: string | null};

export function sendDecision({db, keys, mailer, gatewayUrl, hubUrl}: {db: Database; keys: Keys; mailer: Mailer; gatewayUrl: string; hubUrl: string}): Handler {
  return async (job) => {
    const [row] = await db.query<Row>(
      `SELECT id, status, locale, title, display_name, email_encrypted, discussion_number, rejection_reason, unsubscribed_at IS NOT NULL AS unsubscribed
       FROM gateway_questions WHERE id = $1`,
      [job.payload.question],
    );
    if (!row || row.unsubscribed) return;
    const [followUp] = job.payload.followUp
      ? await db.query<Decision>('SELECT status, rejection_reason FROM gateway_follow_ups WHERE id = $1 AND question_id = $2', [job.payload.followUp, row.id])
      : [];
    if (job.payload.followUp && !followUp) return;
    const decision: Decision = followUp ?? row;
    const what: Decided = followUp ? 'followUp' : 'question';
    const locale = isLocale(row.locale) ? row.locale : 'en';
    const thread = row.status === 'published' && row.discussion_number !== null ? threadPageUrl(hubUrl, locale, row.discussion_number) : null;
    const footer = emailFooter(keys, gatewayUrl, row.id, new Date(), {followUp: thread !== null});
    const email =
      decision.status === 'published' && thread
        ? approvedEmail(locale, row.title, thread, footer, what)
        : decision.status === 'rejected'
          ? rejectedEmail(locale, row.title, decision.rejection_reason, footer, what)
          : null;
    if (email) await mailer.send({name: row.display_name, address: unseal(keys.email, row.email_encrypted)}, email);
  };
}
