/**
 * Asking a question: the checks in order of cost (fields, the proof of work
 * or the form's timestamp, then the limits, which need the database) and, in
 * one transaction, the challenge marked used, the question stored with its
 * address sealed, and the confirmation email queued.
 */
import type {Locale} from '../../locales';
import {randomUUID} from 'node:crypto';
import {keyedHash, seal} from '../crypto';
import {enqueue} from '../queue/queue';
import {checkChallenge, claimChallenge} from './challenge';
import {readSubmission, sentFields} from './fields';
import {addressBlock, emailAtLimit, overLimit} from './limits';
import {checkStamp, signStamp} from './stamp';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {ChallengeOptions} from './challenge';
import type {FieldProblem, SentFields} from './fields';
import type {Refusal} from './limits';

export type SubmitOutcome =
  /**
   * Answered alike, whatever happened: stored and its link emailed
   * (`accepted`); stored without its text, its address already at its daily
   * limit, which its email says (`limited`); the honeypot filled, nothing
   * kept (`ignored`). `sent`: the question as sent, for "wrong address?".
   */
  | {status: 'accepted' | 'limited' | 'ignored'; locale: Locale; sent: SentFields}
  /**
   * The question back to the member, as sent, with a fresh `stamp` for the
   * gateway's own page: the first step without JavaScript (no `problems`),
   * or a refusal, which never loses the member's text (a form gets the page,
   * JSON the problems); `retryAfterSeconds` when a limit is reached.
   */
  | {status: 'resend'; locale: Locale; httpStatus: 200 | 400 | 409 | 429; problems: FieldProblem[]; sent: SentFields; stamp: string; retryAfterSeconds?: number};

export type SubmitContext = {
  db: Database;
  keys: Keys;
  challenge: ChallengeOptions;
  now: () => Date;
  /** Seconds before the gateway's page may be sent back (`STAMP.minSeconds`; tests may shorten it). */
  stampMinSeconds: number;
  config: {confirmationsPerHour: number};
};

export const CONFIRMATION_JOB = 'confirmation-email';

/** A question over its address's limit is stored without what the member wrote: it will never be confirmed. */
const NOTHING_KEPT = {title: '', question: '', recommendations: [], studyGroup: '', country: ''};

/** The address is compared without case: one mailbox, one limit. */
export const emailKey = (keys: Keys, email: string) => keyedHash(keys.lookup, `email:${email.toLowerCase()}`);

/**
 * `client.form`: the question came as a form (a browser), not as JSON. A form
 * without the challenge's field comes from a browser without JavaScript,
 * where the widget never ran: it is answered with the gateway's page (the
 * question filled in, a timestamp signed for the sender's network), and that
 * page, sent back in time, goes through the narrow lane of questions without
 * proof of work (see `RATE_LIMITS`, `stamp.ts`); the confirmation email still
 * gates it. A field left empty, or a program, gets no such lane.
 */
export async function submitQuestion(context: SubmitContext, fields: Record<string, unknown>, client: {address: string; locale: Locale; form: boolean}): Promise<SubmitOutcome> {
  const read = readSubmission(fields, client.locale);
  const {locale} = read;
  if (read.honeypot) return {status: 'ignored', locale, sent: sentFields(fields)};
  const block = addressBlock(client.address);
  const lane = client.form && fields.altcha === undefined;
  const resend = (httpStatus: 200 | 400 | 409 | 429, problems: FieldProblem[], retryAfterSeconds?: number): SubmitOutcome => ({
    status: 'resend',
    locale,
    httpStatus,
    problems,
    sent: sentFields(fields),
    stamp: signStamp(context.keys.stamp, block, context.now()),
    ...(retryAfterSeconds ? {retryAfterSeconds} : {}),
  });
  if (!read.submission) return resend(400, read.problems);
  const submission = read.submission;

  if (lane) {
    if (submission.stamp === null) return resend(200, []);
    const stamp = checkStamp(context.keys.stamp, block, submission.stamp, context.now(), context.stampMinSeconds);
    if (!stamp.ok) return resend(200, [{field: 'stamp', message: {key: stamp.reason === 'early' ? 'stampEarly' : 'stampStale'}}]);
  }
  const challenge = lane ? null : await checkChallenge(context.challenge, submission.challenge ?? '');
  if (challenge && !challenge.ok) {
    return resend(400, [{field: 'altcha', message: {key: challenge.reason === 'missing' ? 'challengeMissing' : 'challengeFailed'}}]);
  }

  const refuse = (refusal: Refusal) => resend(429, [{field: 'address', message: refusal.message}], refusal.retryAfterSeconds);
  const keys = {block: keyedHash(context.keys.lookup, `block:${block}`), email: emailKey(context.keys, submission.email)};
  const limits = {proven: !lane, confirmationsPerHour: context.config.confirmationsPerHour};
  // Asked first without locks: a flood is turned away by indexed counts, never queued behind a lock.
  const early = await overLimit(context.db, keys.block, limits);
  if (early) return refuse(early);
  return context.db.transaction(async (tx): Promise<SubmitOutcome> => {
    const limit = await overLimit(tx, keys.block, limits, {lock: true});
    if (limit) return refuse(limit);
    if (challenge?.ok && !(await claimChallenge(tx, challenge.signature, challenge.expiresAt))) {
      return resend(409, [{field: 'altcha', message: {key: 'challengeReused'}}]);
    }
    // Over its address's limit, a question is answered and counted like any other; only its email differs.
    const limited = await emailAtLimit(tx, keys.email);
    const question = limited ? {...NOTHING_KEPT, language: submission.question.language} : submission.question;
    const id = randomUUID();
    await tx.query(
      `INSERT INTO gateway_questions (id, status, locale, title, question, recommendations, study_group, country, language, display_name, email_encrypted, email_key, block_key, proven, over_email_limit)
       VALUES ($1, 'unconfirmed', $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [id, locale, question.title, question.question, JSON.stringify(question.recommendations), question.studyGroup, question.country, question.language, limited ? '' : submission.name, seal(context.keys.email, submission.email), keys.email, keys.block, !lane, limited],
    );
    await enqueue(tx, CONFIRMATION_JOB, {question: id});
    return {status: limited ? 'limited' : 'accepted', locale, sent: sentFields(fields)};
  });
}
