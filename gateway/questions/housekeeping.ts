/**
 * What the gateway stops keeping: questions whose address was never
 * confirmed, once their link has expired (with them go the only copies of
 * those addresses), finished jobs once no pace counts them, and webhook
 * deliveries once GitHub will not redeliver them. And a hard limit, whatever
 * the state (waiting for the App, for a moderator, decided, withdrawn but not
 * yet told): no question keeps its address, and no follow-up or answer its
 * text, longer than the retention period (`RETENTION_DAYS`) after its latest
 * activity; jobs still waiting for what goes are dropped with it.
 */
import {CONFIRM_HOURS} from './confirm';
import type {Database} from '../db/database';

export const FINISHED_JOBS_KEPT = '7 days';
export const DEFAULT_RETENTION_DAYS = 180;

/** A question's latest activity: asked, confirmed, decided, or its thread's latest answer or follow-up (PostgreSQL's `greatest` skips NULLs). */
const QUESTION_ACTIVITY = 'greatest(created_at, confirmed_at, decided_at, last_activity_at)';

export async function housekeeping(db: Database, retentionDays = DEFAULT_RETENTION_DAYS): Promise<{questions: number; retired: number; followUps: number; answers: number; jobs: number}> {
  return db.transaction(async (tx) => {
    const questions = await tx.query(`DELETE FROM gateway_questions WHERE status = 'unconfirmed' AND created_at < now() - make_interval(hours => $1) RETURNING id`, [CONFIRM_HOURS]);
    const retired = await tx.query<{id: string}>(`DELETE FROM gateway_questions WHERE ${QUESTION_ACTIVITY} < now() - make_interval(days => $1) RETURNING id`, [retentionDays]);
    // Those of a thread still active: a follow-up's text never decided (a decided one has none, and its row keeps its link spent), an answer kept after its email.
    const followUps = await tx.query<{id: string}>(`DELETE FROM gateway_follow_ups WHERE text <> '' AND greatest(created_at, decided_at) < now() - make_interval(days => $1) RETURNING id`, [retentionDays]);
    const answers = await tx.query(`DELETE FROM gateway_answers WHERE received_at < now() - make_interval(days => $1) RETURNING comment_id`, [retentionDays]);
    await tx.query(`DELETE FROM gateway_jobs WHERE done_at IS NULL AND (payload->>'question' = ANY($1::text[]) OR payload->>'followUp' = ANY($2::text[]))`, [
      retired.map((row) => row.id),
      followUps.map((row) => row.id),
    ]);
    const jobs = await tx.query(`DELETE FROM gateway_jobs WHERE done_at < now() - $1::interval RETURNING id`, [FINISHED_JOBS_KEPT]);
    // GitHub redelivers on request for a few days: a month covers any redelivery.
    await tx.query(`DELETE FROM gateway_deliveries WHERE received_at < now() - interval '30 days'`);
    return {questions: questions.length, retired: retired.length, followUps: followUps.length, answers: answers.length, jobs: jobs.length};
  });
}
