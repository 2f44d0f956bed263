/**
 * Answers to a member's published question, on their way to the member:
 * each answer (and the accepted answer) is recorded once, and one email job
 * per question waits until 30 minutes after the last answers email, so a busy
 * thread sends at most one email every 30 minutes with everything that came
 * meanwhile. Each answer also moves the thread's last activity, from which
 * the retention period runs.
 */
import {enqueue} from '../queue/queue';
import type {Sql} from '../db/database';
import type {Answer} from '../github/webhook';

export const ANSWERS_JOB = 'answers-email';
export const ANSWERS_EVERY_MINUTES = 30;

export async function recordAnswer(tx: Sql, answer: Answer): Promise<void> {
  const [question] = await tx.query<{id: string; due: Date}>(
    `SELECT id, greatest(now(), answers_mailed_at + make_interval(mins => $2)) AS due FROM gateway_questions
     WHERE discussion_number = $1 AND status = 'published' FOR UPDATE`,
    [answer.discussion, ANSWERS_EVERY_MINUTES],
  );
  // Not a discussion the gateway created, or its member erased: nobody to tell.
  if (!question) return;
  const added = await tx.query(
    'INSERT INTO gateway_answers (comment_id, kind, question_id, body, url) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING comment_id',
    [answer.id, answer.kind, question.id, answer.body, answer.url],
  );
  if (added.length === 0) return;
  await tx.query('UPDATE gateway_questions SET last_activity_at = now() WHERE id = $1', [question.id]);
  const waiting = await tx.query(`SELECT id FROM gateway_jobs WHERE kind = $1 AND done_at IS NULL AND payload->>'question' = $2`, [ANSWERS_JOB, question.id]);
  if (waiting.length === 0) await enqueue(tx, ANSWERS_JOB, {question: question.id}, new Date(question.due));
}
