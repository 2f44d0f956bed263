/**
 * GitHub's webhook deliveries: verified (HMAC-SHA256 of the raw body with the
 * App's webhook secret, `X-Hub-Signature-256`), recorded by delivery id so a
 * replay or a redelivery is acted on once, and reduced to what the gateway
 * acts on: a moderator's label on an issue of the moderation repository.
 * The decision is queued in the same transaction as the delivery's record.
 */
import {createHmac, timingSafeEqual} from 'node:crypto';
import {enqueue} from '../queue/queue';
import type {Database} from '../db/database';
import type {Repository} from './client';

export const DECISION_JOB = 'moderation-decision';
const DECISIONS = new Map([
  ['moderation:approved', 'approved'],
  ['moderation:rejected', 'rejected'],
] as const);
export type Decision = {issue: number; decision: 'approved' | 'rejected'};

export function validSignature(secret: string, rawBody: string, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** GitHub's delivery ids are GUIDs; anything else is not from GitHub. */
export const isDeliveryId = (value: string | undefined): value is string => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value ?? '');

type LabeledPayload = {action?: unknown; label?: {name?: unknown}; issue?: {number?: unknown; pull_request?: unknown}; repository?: {full_name?: unknown}};

/** The moderator's decision this event carries, or null for every other event. */
export function moderationDecision(event: string | undefined, payload: unknown, moderation: Repository): Decision | null {
  if (event !== 'issues' || !payload || typeof payload !== 'object') return null;
  const {action, label, issue, repository} = payload as LabeledPayload;
  if (action !== 'labeled' || repository?.full_name !== `${moderation.owner}/${moderation.name}` || issue?.pull_request) return null;
  // A Map, not an object: a label named `toString` must not find a prototype's method.
  const decision = typeof label?.name === 'string' ? DECISIONS.get(label.name as 'moderation:approved') : undefined;
  return decision && typeof issue?.number === 'number' && Number.isSafeInteger(issue.number) ? {issue: issue.number, decision} : null;
}

/** False when this delivery was already received. */
export async function recordDelivery(db: Database, delivery: string, decision: Decision | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query('INSERT INTO gateway_deliveries (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id', [delivery.toLowerCase()]);
    if (rows.length === 0) return false;
    if (decision) await enqueue(tx, DECISION_JOB, decision);
    return true;
  });
}
