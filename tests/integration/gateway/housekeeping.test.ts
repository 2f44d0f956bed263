/**
 * Retention's hard limit: whatever state a question is in (never confirmed,
 * waiting for the GitHub App, waiting for a moderator, published, rejected,
 * withdrawn but its member not told yet), its address is gone once
 * `RETENTION_DAYS` have passed since its latest activity, and not before; so
 * is the text of a follow-up or an answer kept for a thread still active.
 * Rows written as the gateway writes them, then aged. On PGlite, and on a
 * real PostgreSQL server when installed (CI installs it).
 */
import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openDatabase} from '../../../gateway/db/database';
import {migrate} from '../../../gateway/db/migrate';
import {housekeeping} from '../../../gateway/questions/housekeeping';
import {databaseFor, testEngines} from './postgresServer';
import type {Database} from '../../../gateway/db/database';

const RETENTION = 30;
const STATES = ['unconfirmed', 'confirmed', 'posted', 'published', 'rejected', 'withdrawn'] as const;
type State = (typeof STATES)[number];

describe.each(testEngines())('housekeeping on %s', (engine) => {
  let db: Database;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const database = await databaseFor(engine);
    stop = database.stop;
    db = await openDatabase({databaseUrl: database.env.DATABASE_URL ?? null, dataDir: null});
    await migrate(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await stop?.();
  });

  /** A question in `state`, every time it holds set `days` ago (as the gateway sets them on the way to that state). */
  const question = async (state: State, days: number): Promise<string> => {
    const id = randomUUID();
    const confirmed = state !== 'unconfirmed';
    const decided = ['published', 'rejected', 'withdrawn'].includes(state);
    await db.query(
      `INSERT INTO gateway_questions (id, status, locale, title, question, recommendations, study_group, country, language, display_name, email_encrypted, email_key, block_key,
         created_at, confirmed_at, decided_at, last_activity_at, issue_number, discussion_number)
       VALUES ($1, $2, 'en', 'Title', 'Text', '[]', '', '', 'en', 'Name', 'sealed-address', 'email-key', 'block-key',
         now() - make_interval(days => $3), CASE WHEN $4 THEN now() - make_interval(days => $3) END, CASE WHEN $5 THEN now() - make_interval(days => $3) END,
         CASE WHEN $5 THEN now() - make_interval(days => $3) END, CASE WHEN $2 NOT IN ('unconfirmed', 'confirmed') THEN 1 END, CASE WHEN $2 = 'published' THEN 1 END)`,
      [id, state, days, confirmed, decided],
    );
    return id;
  };
  const followUp = async (questionId: string, status: string, text: string, days: number) => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO gateway_follow_ups (id, question_id, link_mac, status, text, created_at, decided_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6), CASE WHEN $4 IN ('published', 'rejected', 'withdrawn') THEN now() - make_interval(days => $6) END)`,
      [id, questionId, randomUUID(), status, text, days],
    );
    return id;
  };
  const answer = async (questionId: string, days: number) => {
    const id = randomUUID();
    await db.query(`INSERT INTO gateway_answers (comment_id, kind, question_id, url, received_at, mailed_at) VALUES ($1, 'answer', $2, 'https://github.com/o/r/discussions/1', now() - make_interval(days => $3), now())`, [id, questionId, days]);
    return id;
  };
  const waiting = (payload: Record<string, string>) => db.query(`INSERT INTO gateway_jobs (kind, payload) VALUES ('decision-email', $1::jsonb)`, [JSON.stringify(payload)]);
  const ids = async (table: string, column = 'id') => (await db.query<{id: string}>(`SELECT ${column} AS id FROM ${table}`)).map((r) => r.id).sort();

  test('no row keeps an address, nor a follow-up or an answer its text, past RETENTION_DAYS after its latest activity, whatever its state', async () => {
    const aged = Object.fromEntries(await Promise.all(STATES.map(async (state) => [state, await question(state, RETENTION + 1)] as const))) as Record<State, string>;
    // Not yet: a day within the limit (and under the 48 hours of a confirmation link for the unconfirmed one).
    const recent = await Promise.all(STATES.map((state) => question(state, state === 'unconfirmed' ? 1 : RETENTION - 1)));
    // Asked long ago, its thread active since: kept, with its new follow-up and answer; the old ones' texts go.
    const active = await question('published', 400);
    await db.query('UPDATE gateway_questions SET last_activity_at = now() - interval \'2 days\' WHERE id = $1', [active]);
    const oldFollowUp = await followUp(active, 'posted', 'A follow-up whose issue was lost', RETENTION + 1);
    const decidedFollowUp = await followUp(active, 'published', '', RETENTION + 1);
    const newFollowUp = await followUp(active, 'received', 'A new follow-up', 2);
    const oldAnswer = await answer(active, RETENTION + 1);
    const newAnswer = await answer(active, 2);
    // What goes with an aged question, and the jobs waiting for it.
    const cascaded = await followUp(aged.posted, 'received', 'Text', RETENTION + 1);
    await answer(aged.published, RETENTION + 1);
    await waiting({question: aged.withdrawn});
    await waiting({question: active, followUp: oldFollowUp});
    await waiting({question: active, followUp: newFollowUp});

    expect(await housekeeping(db, RETENTION)).toEqual({questions: 1, retired: 5, followUps: 1, answers: 1, jobs: 0});
    expect(await ids('gateway_questions')).toEqual([...recent, active].sort());
    expect(await ids('gateway_follow_ups')).toEqual([decidedFollowUp, newFollowUp].sort());
    expect(await ids('gateway_follow_ups')).not.toContain(cascaded);
    expect(await ids('gateway_answers', 'comment_id')).toEqual([newAnswer]);
    expect(await ids('gateway_answers', 'comment_id')).not.toContain(oldAnswer);
    expect(await db.query(`SELECT payload FROM gateway_jobs WHERE done_at IS NULL`)).toEqual([{payload: {question: active, followUp: newFollowUp}}]);

    // Run again: nothing more goes.
    expect(await housekeeping(db, RETENTION)).toEqual({questions: 0, retired: 0, followUps: 0, answers: 0, jobs: 0});
  });
});
