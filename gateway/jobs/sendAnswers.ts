/**
 * The job that emails the replies waiting for a question, all in one email.
 * Just before writing it, it reads the comments from GitHub as they are now
 * (`readAnswerComments`): a comment deleted or hidden since is dropped, an
 * edited one is sent as it reads now, and whether its author is trusted is
 * GitHub's answer of now (`repliesToMail`). Without the App, or when GitHub
 * fails, the job is retried with backoff. The comments are marked done with
 * the job's completion; one that came while the email was written gets a job
 * of its own. For an address that unsubscribed, they are marked without an
 * email, and nothing is read.
 */
import {unseal} from '../crypto';
import {whenGitHubSaysWait} from '../github/client';
import {isLocale} from '../../locales';
import {answersEmail} from '../mail/answersEmail';
import {threadPageUrl} from '../pages';
import {repliesToMail} from '../questions/answerTrust';
import {queueAnswersEmail} from '../questions/answers';
import {emailFooter} from './emailFooter';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {AnswerComment} from '../github/answerComments';
import type {Mailer} from '../mail/mailer';
import type {Waiting} from '../questions/answerTrust';
import type {Handler} from '../queue/worker';

type Row = {id: string; locale: string; title: string; display_name: string; email_encrypted: string; discussion_number: number; discussion_url: string; unsubscribed: boolean};

export type AnswersDeps = {
  db: Database;
  keys: Keys;
  mailer: Mailer;
  gatewayUrl: string;
  hubUrl: string;
  /** `ANSWERS_DELAY_MINUTES`: how long a job queued for a comment that came while this one ran waits. */
  delayMinutes: number;
  experts: ReadonlySet<string>;
  /** The comments as GitHub has them now (throws without the App, or when GitHub fails). */
  readComments: (ids: readonly string[]) => Promise<ReadonlyMap<string, AnswerComment | null>>;
};

export function sendAnswers({db, keys, mailer, gatewayUrl, hubUrl, delayMinutes, experts, readComments}: AnswersDeps): Handler {
  return async (job) => {
    const [row] = await db.query<Row>(
      `SELECT id, locale, title, display_name, email_encrypted, discussion_number, discussion_url, unsubscribed_at IS NOT NULL AS unsubscribed
       FROM gateway_questions WHERE id = $1 AND status = 'published'`,
      [job.payload.question],
    );
    if (!row) return;
    const waiting = await db.query<Waiting>('SELECT comment_id, kind FROM gateway_answers WHERE question_id = $1 AND mailed_at IS NULL ORDER BY received_at, comment_id', [row.id]);
    if (waiting.length === 0) return;
    let mailed = false;
    if (!row.unsubscribed) {
      const now = await readComments([...new Set(waiting.map((answer) => answer.comment_id))]).catch((error: unknown) => {
        throw whenGitHubSaysWait(error);
      });
      const replies = repliesToMail(waiting, now, experts);
      if (replies.quoted.length + replies.others > 0) {
        const locale = isLocale(row.locale) ? row.locale : 'en';
        const footer = emailFooter(keys, gatewayUrl, row.id, new Date(), {followUp: true});
        const links = {site: threadPageUrl(hubUrl, locale, row.discussion_number), github: row.discussion_url};
        await mailer.send({name: row.display_name, address: unseal(keys.email, row.email_encrypted)}, answersEmail(locale, row.title, replies, links, footer));
        mailed = true;
      }
    }
    return async (tx) => {
      // Taken first, as `recordAnswer` does: a comment recorded meanwhile is either in `left` or sees this job done.
      await tx.query('SELECT id FROM gateway_questions WHERE id = $1 FOR UPDATE', [row.id]);
      await tx.query(
        'UPDATE gateway_answers SET mailed_at = now() WHERE question_id = $1 AND mailed_at IS NULL AND (comment_id, kind) IN (SELECT * FROM unnest($2::text[], $3::text[]))',
        [row.id, waiting.map((answer) => answer.comment_id), waiting.map((answer) => answer.kind)],
      );
      if (mailed) await tx.query('UPDATE gateway_questions SET answers_mailed_at = now() WHERE id = $1', [row.id]);
      const left = await tx.query('SELECT 1 FROM gateway_answers WHERE question_id = $1 AND mailed_at IS NULL LIMIT 1', [row.id]);
      if (left.length > 0) await queueAnswersEmail(tx, row.id, delayMinutes, job.id);
    };
  };
}
