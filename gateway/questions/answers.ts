/**
 * Replies to a member's published question, on their way to the member:
 * each comment (and the accepted answer) is recorded once, by its GitHub id,
 * kind and address, never its text: the email job reads the comments from
 * GitHub when it writes the email. One email job per question waits at least
 * `ANSWERS_DELAY_MINUTES` (30 by default) after the comment that queued it,
 * so a comment deleted or hidden meanwhile is never sent, and at least 30
 * minutes after the previous answers email, so a busy thread sends at most
 * one email every 30 minutes with everything that came meanwhile. Each
 * comment also moves the thread's last activity, from which the retention
 * period runs.
 */
import {enqueue} from '../queue/queue';
import type {Sql} from '../db/database';
import type {Answer} from '../github/webhook';

export const ANSWERS_JOB = 'answers-email';
export const ANSWERS_EVERY_MINUTES = 30;
export const DEFAULT_ANSWERS_DELAY_MINUTES = 30;

export async function recordAnswer(tx: Sql, answer: Answer, delayMinutes: number): Promise<void> {
  const [question] = await tx.query<{id: string}>(`SELECT id FROM gateway_questions WHERE discussion_number = $1 AND status = 'published' FOR UPDATE`, [answer.discussion]);
  // Not a discussion the gateway created, or its member erased: nobody to tell.
  if (!question) return;
  const added = await tx.query(
    'INSERT INTO gateway_answers (comment_id, kind, question_id, url) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING comment_id',
    [answer.id, answer.kind, question.id, answer.url],
  );
  if (added.length === 0) return;
  await tx.query('UPDATE gateway_questions SET last_activity_at = now() WHERE id = $1', [question.id]);
  await queueAnswersEmail(tx, question.id, delayMinutes);
}

/**
 * Queues the question's answers email unless one waits already (`running`,
 * the job that calls this as it completes, does not count). The caller holds
 * the question's row (`FOR UPDATE`), so a comment recorded meanwhile either
 * sees the job waiting or is seen by the job that completes.
 */
export async function queueAnswersEmail(tx: Sql, questionId: string, delayMinutes: number, running?: number): Promise<void> {
  const waiting = await tx.query(`SELECT id FROM gateway_jobs WHERE kind = $1 AND done_at IS NULL AND payload->>'question' = $2 AND id <> $3`, [ANSWERS_JOB, questionId, running ?? -1]);
  if (waiting.length > 0) return;
  // greatest() passes over NULL: before the first answers email, the delay alone counts.
  const [row] = await tx.query<{due: Date}>(
    'SELECT greatest(now() + make_interval(secs => $2), answers_mailed_at + make_interval(mins => $3)) AS due FROM gateway_questions WHERE id = $1',
    [questionId, delayMinutes * 60, ANSWERS_EVERY_MINUTES],
  );
  if (row) await enqueue(tx, ANSWERS_JOB, {question: questionId}, new Date(row.due));
}
