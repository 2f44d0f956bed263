/**
 * The durable work queue, a table in the gateway's database: whatever must
 * reach the outside (an email, a GitHub issue) is a job, written in the same
 * transaction as the change that calls for it, so nothing is lost when the
 * process stops. Several instances share it: a job is claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, retried with backoff when it fails.
 */
import type {Database, Sql} from '../db/database';

export type Job = {id: number; kind: string; payload: Record<string, unknown>; attempts: number};

/** A failure that says when to try again (GitHub's `Retry-After`, a rate limit's reset). */
export class RetryLater extends Error {
  constructor(message: string, readonly afterMs: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RetryLater';
  }
}

export const BACKOFF = {firstMs: 30_000, maxMs: 6 * 3_600_000};

/** 30 s, 1 min, 2 min… up to 6 hours: a job is never dropped, a member's question is never lost. */
export function backoffMs(attempts: number, backoff = BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

/** Queues a job, due now or at `runAfter`. */
export async function enqueue(tx: Sql, kind: string, payload: Record<string, unknown>, runAfter?: Date): Promise<void> {
  await tx.query('INSERT INTO gateway_jobs (kind, payload, run_after) VALUES ($1, $2::jsonb, COALESCE($3::timestamptz, now()))', [kind, JSON.stringify(payload), runAfter ?? null]);
}

/**
 * The next due job of these kinds, leased for `leaseSeconds` (a crashed
 * instance's job comes back after it). Kinds without a handler (GitHub jobs
 * before the App is configured) wait untouched.
 */
/** How long a claimed job is hidden from the other instances (see `GITHUB_TIMEOUT_MS`). */
export const LEASE_SECONDS = 300;

export async function claimJob(db: Database, kinds: readonly string[], leaseSeconds = LEASE_SECONDS): Promise<Job | null> {
  const rows = await db.query<Job>(
    `UPDATE gateway_jobs SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $1)
     WHERE id = (
       SELECT id FROM gateway_jobs
       WHERE done_at IS NULL AND run_after <= now() AND (locked_until IS NULL OR locked_until < now()) AND kind = ANY($2::text[])
       ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING id, kind, payload, attempts`,
    [leaseSeconds, [...kinds]],
  );
  return rows[0] ?? null;
}

export async function completeJob(tx: Sql, id: number): Promise<void> {
  await tx.query('UPDATE gateway_jobs SET done_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1', [id]);
}

/** Puts the job back for later; `reason` is a kind and code, never a message that could quote a member. */
export async function retryJob(db: Database, id: number, afterMs: number, reason: string): Promise<void> {
  await db.query('UPDATE gateway_jobs SET run_after = now() + make_interval(secs => $2), locked_until = NULL, last_error = $3 WHERE id = $1', [id, afterMs / 1000, reason]);
}
