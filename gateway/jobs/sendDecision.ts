/**
 * The job that tells the member what became of their question or follow-up:
 * published (the thread's address on the site in their language), not
 * published (a moderator's reason meant for them, or a general sentence), or
 * withdrawn from moderation (nothing but the gateway's own words). Nothing is
 * sent to an address that unsubscribed or was erased. A withdrawn question is
 * deleted, its address with it, in the transaction that completes the job.
 */
import {unseal} from '../crypto';
import {isLocale} from '../../locales';
import {approvedEmail, rejectedEmail, withdrawnEmail} from '../mail/decisionEmail';
import {threadPageUrl} from '../pages';
import {emailFooter} from './emailFooter';
import type {Keys} from '../crypto';
import type {Database, Sql} from '../db/database';
import type {Decided} from '../mail/decisionEmail';
import type {Mailer} from '../mail/mailer';
import type {Handler} from '../queue/worker';

type Row = {
  id: string;
  status: string;
  locale: string;
  title: string;
  display_name: string;
  email_encrypted: string;
  discussion_number: number | null;
  rejection_reason: string | null;
  unsubscribed: boolean;
  /** Another question sent with the same address, whose links a withdrawn question's email carries (its own are gone with it). */
  sibling: string | null;
};
type Decision = {status: string; rejection_reason: string | null};

export function sendDecision({db, keys, mailer, gatewayUrl, hubUrl}: {db: Database; keys: Keys; mailer: Mailer; gatewayUrl: string; hubUrl: string}): Handler {
  return async (job) => {
    const [row] = await db.query<Row>(
      `SELECT id, status, locale, title, display_name, email_encrypted, discussion_number, rejection_reason, unsubscribed_at IS NOT NULL AS unsubscribed,
         (SELECT s.id FROM gateway_questions s WHERE s.email_key = q.email_key AND s.id <> q.id AND s.status <> 'withdrawn' ORDER BY s.created_at DESC LIMIT 1) AS sibling
       FROM gateway_questions q WHERE id = $1`,
      [job.payload.question],
    );
    if (!row) return;
    const [followUp] = job.payload.followUp
      ? await db.query<Decision>('SELECT status, rejection_reason FROM gateway_follow_ups WHERE id = $1 AND question_id = $2', [job.payload.followUp, row.id])
      : [];
    if (job.payload.followUp && !followUp) return;
    const forget = !followUp && row.status === 'withdrawn' ? (tx: Sql) => tx.query(`DELETE FROM gateway_questions WHERE id = $1 AND status = 'withdrawn'`, [row.id]).then(() => {}) : undefined;
    if (row.unsubscribed) return forget;
    const decision: Decision = followUp ?? row;
    const what: Decided = followUp ? 'followUp' : 'question';
    const locale = isLocale(row.locale) ? row.locale : 'en';
    const thread = row.status === 'published' && row.discussion_number !== null ? threadPageUrl(hubUrl, locale, row.discussion_number) : null;
    const footer = emailFooter(keys, gatewayUrl, forget ? (row.sibling ?? row.id) : row.id, new Date(), {followUp: thread !== null});
    const email =
      decision.status === 'published' && thread
        ? approvedEmail(locale, row.title, thread, footer, what)
        : decision.status === 'rejected'
          ? rejectedEmail(locale, row.title, decision.rejection_reason, footer, what)
          : decision.status === 'withdrawn'
            ? withdrawnEmail(locale, footer, what)
            : null;
    if (email) await mailer.send({name: row.display_name, address: unseal(keys.email, row.email_encrypted)}, email);
    return forget;
  };
}
