/**
 * Asking a question: the checks in order of cost (fields, the proof of work,
 * then the limits, which need the database) and, in one transaction, the
 * challenge marked used, the question stored with its address sealed, and the
 * confirmation email queued.
 */
import {randomUUID} from 'node:crypto';
import {keyedHash, seal} from '../crypto';
import {enqueue} from '../queue/queue';
import {checkChallenge, claimChallenge} from './challenge';
import {readSubmission} from './fields';
import {addressBlock, overLimit, unprovenOver} from './limits';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {Locale} from '../../plugins/catalogue/types';
import type {ChallengeOptions} from './challenge';
import type {FieldProblem} from './fields';

export type SubmitOutcome =
  | {status: 'accepted'; locale: Locale; id: string}
  /** The honeypot was filled: answered like an accepted question, nothing kept. */
  | {status: 'ignored'; locale: Locale}
  | {status: 'refused'; locale: Locale; httpStatus: 400 | 409 | 429; problems: FieldProblem[]};

export type SubmitContext = {db: Database; keys: Keys; challenge: ChallengeOptions};

export const CONFIRMATION_JOB = 'confirmation-email';

/** The address is compared without case: one mailbox, one limit. */
export const emailKey = (keys: Keys, email: string) => keyedHash(keys.lookup, `email:${email.toLowerCase()}`);

/**
 * `client.form`: the question came as a form (a browser), not as JSON. A form
 * without the challenge's field comes from a browser without JavaScript,
 * where the widget never ran: it goes through the narrow lane of questions
 * without proof of work (see `RATE_LIMITS`); the confirmation email still
 * gates it. A field left empty, or a program, gets no such lane.
 */
export async function submitQuestion(context: SubmitContext, fields: Record<string, unknown>, client: {address: string; locale: Locale; form: boolean}): Promise<SubmitOutcome> {
  const read = readSubmission(fields, client.locale);
  const {locale} = read;
  if (read.honeypot) return {status: 'ignored', locale};
  if (!read.submission) return {status: 'refused', locale, httpStatus: 400, problems: read.problems};
  const submission = read.submission;

  const proven = !(submission.challenge === null && client.form);
  const challenge = proven ? await checkChallenge(context.challenge, submission.challenge ?? '') : null;
  if (challenge && !challenge.ok) {
    return {status: 'refused', locale, httpStatus: 400, problems: [{field: 'altcha', message: {key: challenge.reason === 'missing' ? 'challengeMissing' : 'challengeFailed'}}]};
  }

  const keys = {block: keyedHash(context.keys.lookup, `block:${addressBlock(client.address)}`), email: emailKey(context.keys, submission.email)};
  const full = proven ? null : await unprovenOver(context.db, keys.block);
  if (full) return {status: 'refused', locale, httpStatus: 429, problems: [{field: 'address', message: full}]};
  return context.db.transaction(async (tx): Promise<SubmitOutcome> => {
    const limit = await overLimit(tx, keys, proven);
    if (limit) return {status: 'refused', locale, httpStatus: 429, problems: [{field: limit.key === 'limitEmail' ? 'email' : 'address', message: limit}]};
    if (challenge?.ok && !(await claimChallenge(tx, challenge.signature, challenge.expiresAt))) {
      return {status: 'refused', locale, httpStatus: 409, problems: [{field: 'altcha', message: {key: 'challengeReused'}}]};
    }
    const id = randomUUID();
    const {question} = submission;
    await tx.query(
      `INSERT INTO gateway_questions (id, status, locale, title, question, recommendations, study_group, country, language, display_name, email_encrypted, email_key, block_key, proven)
       VALUES ($1, 'unconfirmed', $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [id, locale, question.title, question.question, JSON.stringify(question.recommendations), question.studyGroup, question.country, question.language, submission.name, seal(context.keys.email, submission.email), keys.email, keys.block, proven],
    );
    await enqueue(tx, CONFIRMATION_JOB, {question: id});
    return {status: 'accepted', locale, id};
  });
}
