/**
 * The job that emails the answers waiting for a question, all in one email,
 * and marks them sent with the job's completion. For an address that
 * unsubscribed, they are marked without an email.
 */
import {unseal} from '../crypto';
import {isLocale} from '../messages';
import {answersEmail} from '../mail/answersEmail';
import {threadPageUrl} from '../pages';
import {emailFooter} from './emailFooter';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {Mailer} from '../mail/mailer';
import type {Handler} from '../queue/worker';

type Row = {id: string; locale: string; title: string; display_name: string; email_encrypted: string; discussion_number: number; discussion_url: string; unsubscribed: boolean};

export function sendAnswers({db, keys, mailer, gatewayUrl, hubUrl}: {db: Database; keys: Keys; mailer: Mailer; gatewayUrl: string; hubUrl: string}): Handler {
  return async (job) => {
    const [row] = await db.query<Row>(
      `SELECT id, locale, title, display_name, email_encrypted, discussion_number, discussion_url, unsubscribed_at IS NOT NULL AS unsubscribed
       FROM gateway_questions WHERE id = $1 AND status = 'published'`,
      [job.payload.question],
    );
    if (!row) return;
    const answers = await db.query<{comment_id: string; kind: 'answer' | 'accepted'; body: string}>(
      'SELECT comment_id, kind, body FROM gateway_answers WHERE question_id = $1 AND mailed_at IS NULL ORDER BY received_at, comment_id',
      [row.id],
    );
    if (answers.length === 0) return;
    if (!row.unsubscribed) {
      const locale = isLocale(row.locale) ? row.locale : 'en';
      const footer = emailFooter(keys, gatewayUrl, row.id, new Date(), {followUp: true});
      const links = {site: threadPageUrl(hubUrl, locale, row.discussion_number), github: row.discussion_url};
      await mailer.send({name: row.display_name, address: unseal(keys.email, row.email_encrypted)}, answersEmail(locale, row.title, answers, links, footer));
    }
    return async (tx) => {
      await tx.query('UPDATE gateway_answers SET mailed_at = now() WHERE question_id = $1 AND comment_id = ANY($2::text[]) AND mailed_at IS NULL', [row.id, answers.map((a) => a.comment_id)]);
      await tx.query('UPDATE gateway_questions SET answers_mailed_at = now() WHERE id = $1', [row.id]);
    };
  };
}
