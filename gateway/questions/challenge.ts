/**
 * The ALTCHA proof of work: the gateway hands out signed challenges, the
 * widget in the page solves one, and the form carries the solution (base64
 * JSON `{challenge, solution}`). Verifying checks the signatures only; that a
 * solution is used once is the database's job (`claimChallenge`).
 */
import {createChallenge, randomInt, verifySolution} from 'altcha-lib';
import {deriveKey} from 'altcha-lib/algorithms/sha';
import type {Challenge, Solution} from 'altcha-lib';
import type {Sql} from '../db/database';

export type ChallengeOptions = {
  secret: string;
  /** The solver tries up to this many SHA-256 hashes, a random number of them between half and all. */
  maxCounter: number;
  ttlSeconds: number;
};

/** About a quarter of a second on a phone, nothing for a person, a cost for a flood. */
export const DEFAULT_CHALLENGE = {maxCounter: 100_000, ttlSeconds: 600};

export function newChallenge(options: ChallengeOptions, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(Math.floor(options.maxCounter / 2), options.maxCounter),
    deriveKey,
    expiresAt: Math.floor(now.getTime() / 1000) + options.ttlSeconds,
    hmacSignatureSecret: options.secret,
    hmacKeySignatureSecret: `${options.secret}:key`,
  });
}

export type ChallengeCheck = {ok: true; signature: string; expiresAt: Date} | {ok: false; reason: 'missing' | 'failed'};

export async function checkChallenge(options: ChallengeOptions, payload: string): Promise<ChallengeCheck> {
  if (!payload) return {ok: false, reason: 'missing'};
  let parsed: {challenge?: Challenge; solution?: Solution};
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as typeof parsed;
  } catch {
    return {ok: false, reason: 'failed'};
  }
  const {challenge, solution} = parsed ?? {};
  if (!challenge?.parameters || typeof challenge.signature !== 'string' || !solution || typeof solution !== 'object') return {ok: false, reason: 'failed'};
  try {
    const result = await verifySolution({challenge, solution, deriveKey, hmacSignatureSecret: options.secret, hmacKeySignatureSecret: `${options.secret}:key`});
    const expiresAt = new Date((challenge.parameters.expiresAt ?? 0) * 1000);
    return result.verified && challenge.parameters.expiresAt ? {ok: true, signature: challenge.signature, expiresAt} : {ok: false, reason: 'failed'};
  } catch {
    // Malformed parameters make the library throw: a forged payload, not our fault.
    return {ok: false, reason: 'failed'};
  }
}

/** True the first time a challenge is used; false for a replay. Old rows go once their challenge expired. */
export async function claimChallenge(tx: Sql, signature: string, expiresAt: Date): Promise<boolean> {
  await tx.query('DELETE FROM gateway_challenges WHERE expires_at < now()');
  const rows = await tx.query('INSERT INTO gateway_challenges (signature, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING signature', [signature, expiresAt.toISOString()]);
  return rows.length === 1;
}
