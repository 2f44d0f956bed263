/**
 * Keeping GitHub posts under GitHub's limits for content-creating requests
 * (about 80 a minute and 500 an hour): jobs of paced kinds are not claimed
 * while the jobs of those kinds completed in the last minute or hour reach
 * the pace, which stays a little under GitHub's figures since instances
 * counting at the same moment may each take one more.
 */
import type {Database} from '../db/database';

export type Pace = {kinds: readonly string[]; perMinute: number; perHour: number};
export type Counts = {minute: number; hour: number};

export const isPaused = (counts: Counts, pace: Pace) => counts.minute >= pace.perMinute || counts.hour >= pace.perHour;

/** The kinds that must wait now. */
export async function pausedKinds(db: Database, paces: readonly Pace[]): Promise<Set<string>> {
  const paused = new Set<string>();
  for (const pace of paces) {
    const [counts] = await db.query<Counts>(
      `SELECT count(*) FILTER (WHERE done_at > now() - interval '1 minute')::int AS minute, count(*)::int AS hour
       FROM gateway_jobs WHERE kind = ANY($1::text[]) AND done_at > now() - interval '1 hour'`,
      [[...pace.kinds]],
    );
    if (counts && isPaused(counts, pace)) pace.kinds.forEach((kind) => paused.add(kind));
  }
  return paused;
}
