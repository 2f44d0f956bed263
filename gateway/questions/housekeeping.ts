/**
 * What the gateway stops keeping: questions whose address was never
 * confirmed, once their link has expired (with them go the only copies of
 * those addresses), finished jobs once no pace counts them, and webhook
 * deliveries once GitHub will not redeliver them; and the addresses (with
 * their questions and answers) of threads decided, with no activity for the
 * retention period (`RETENTION_DAYS`).
 */
import {CONFIRM_HOURS} from './confirm';
import type {Database} from '../db/database';

export const FINISHED_JOBS_KEPT = '7 days';
export const DEFAULT_RETENTION_DAYS = 180;

export async function housekeeping(db: Database, retentionDays = DEFAULT_RETENTION_DAYS): Promise<{questions: number; retired: number; jobs: number}> {
  return db.transaction(async (tx) => {
    const questions = await tx.query(`DELETE FROM gateway_questions WHERE status = 'unconfirmed' AND created_at < now() - make_interval(hours => $1) RETURNING id`, [CONFIRM_HOURS]);
    const retired = await tx.query<{id: string}>(
      `DELETE FROM gateway_questions WHERE status IN ('published', 'rejected') AND coalesce(last_activity_at, decided_at) < now() - make_interval(days => $1) RETURNING id`,
      [retentionDays],
    );
    await tx.query(`DELETE FROM gateway_jobs WHERE done_at IS NULL AND payload->>'question' = ANY($1::text[])`, [retired.map((row) => row.id)]);
    const jobs = await tx.query(`DELETE FROM gateway_jobs WHERE done_at < now() - $1::interval RETURNING id`, [FINISHED_JOBS_KEPT]);
    // GitHub redelivers on request for a few days: a month covers any redelivery.
    await tx.query(`DELETE FROM gateway_deliveries WHERE received_at < now() - interval '30 days'`);
    return {questions: questions.length, retired: retired.length, jobs: jobs.length};
  });
}
