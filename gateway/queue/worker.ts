/**
 * Runs the queue's jobs: claims one, calls its handler, and either completes
 * it (with the handler's own database changes, in one transaction) or puts it
 * back with backoff. `drain` runs until nothing is due (tests, one-off runs);
 * `start` polls until `stop`, which waits for the job in hand.
 */
import {errorFields} from '../log';
import {backoffMs, claimJob, completeJob, retryJob, RetryLater} from './queue';
import {pausedKinds} from './pacing';
import type {Database, Sql} from '../db/database';
import type {Logger} from '../log';
import type {Job} from './queue';
import type {Pace} from './pacing';

/** Does the outside work; returns the database changes to commit with the job's completion. */
export type Handler = (job: Job) => Promise<((tx: Sql) => Promise<void>) | void>;

export type Worker = {drain: () => Promise<number>; start: () => void; stop: () => Promise<void>};

export function createWorker({db, handlers, log, paces = [], pollMs = 2_000}: {db: Database; handlers: Record<string, Handler>; log: Logger; paces?: readonly Pace[]; pollMs?: number}): Worker {
  let running = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  async function runOne(): Promise<boolean> {
    const paused = await pausedKinds(db, paces);
    const job = await claimJob(db, Object.keys(handlers).filter((kind) => !paused.has(kind)));
    if (!job) return false;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for jobs of kind ${job.kind}`);
      const apply = await handler(job);
      await db.transaction(async (tx) => {
        if (apply) await apply(tx);
        await completeJob(tx, job.id);
      });
      log.info('job-done', {job: job.id, kind: job.kind, attempts: job.attempts});
    } catch (error) {
      const afterMs = error instanceof RetryLater ? error.afterMs : backoffMs(job.attempts);
      const fields = errorFields(error instanceof RetryLater && error.cause ? error.cause : error);
      log.warn('job-retry', {job: job.id, kind: job.kind, attempts: job.attempts, afterMs, ...fields});
      await retryJob(db, job.id, afterMs, Object.values(fields).join(' '));
    }
    return true;
  }

  async function drain(): Promise<number> {
    let done = 0;
    while (!stopping && (await runOne())) done += 1;
    return done;
  }

  function tick() {
    current = drain()
      .catch((error: unknown) => log.error('queue-failed', errorFields(error)))
      .finally(() => {
        if (running) timer = setTimeout(tick, pollMs);
      });
  }

  return {
    drain,
    start: () => {
      running = true;
      tick();
    },
    stop: async () => {
      running = false;
      stopping = true;
      clearTimeout(timer);
      await current;
    },
  };
}
