/**
 * How many questions one network and one email address may send. A network is
 * an address block (IPv4 /24, IPv6 /48): one person holds many addresses of
 * their block, rarely of another. Blocks and addresses are compared by keyed
 * hash, so the database holds neither.
 */
import net from 'node:net';
import type {Sql} from '../db/database';
import type {Message} from '../messages';

export const RATE_LIMITS = {
  block: {max: 5, window: '1 hour'},
  email: {max: 3, window: '24 hours'},
  /**
   * Questions without a proof of work (a browser without JavaScript): fewer
   * per network, and few at all, so that a robot skipping the proof gets
   * little, and never more than these confirmation emails an hour.
   */
  unprovenBlock: {max: 2, window: '1 hour'},
  unproven: {max: 20, window: '1 hour'},
} as const;

/** `a.b.c.0/24` for IPv4 (also when mapped into IPv6), the first three groups `/48` for IPv6. */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  if (net.isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  if (net.isIPv6(ip)) return `${expandIPv6(ip).slice(0, 3).join(':')}::/48`;
  return 'unknown';
}

function expandIPv6(ip: string): string[] {
  const withoutZone = ip.split('%')[0]!;
  const [head = '', tail] = withoutZone.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const missing = tail === undefined ? 0 : 8 - groups(head).length - groups(tail).length;
  return [...groups(head), ...Array<string>(missing).fill('0'), ...groups(tail ?? '')].map((g) => parseInt(g, 16).toString(16));
}

/**
 * The first limit these keys are over, counting the questions already stored
 * (`proven: false` also counts the lane without proof of work). Runs in the
 * transaction that stores the new one, holding a lock per key so that two
 * instances cannot both let the last one through.
 */
export async function overLimit(tx: Sql, keys: {block: string; email: string}, proven = true): Promise<Message | null> {
  const locks = [keys.block, keys.email, ...(proven ? [] : [UNPROVEN_LOCK])].sort();
  for (const key of locks) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  if ((await count(tx, 'block_key = $1', [keys.block], RATE_LIMITS.block.window)) >= RATE_LIMITS.block.max) return {key: 'limitBlock'};
  if ((await count(tx, 'email_key = $1', [keys.email], RATE_LIMITS.email.window)) >= RATE_LIMITS.email.max) return {key: 'limitEmail'};
  return proven ? null : unprovenOver(tx, keys.block);
}

/**
 * The lane without proof of work full, for this block or in all. Also asked
 * without locks before the transaction, so that a flood skipping the proof is
 * turned away by one indexed count, never queued behind the lock.
 */
export async function unprovenOver(sql: Sql, block: string): Promise<Message | null> {
  if ((await count(sql, 'block_key = $1 AND NOT proven', [block], RATE_LIMITS.unprovenBlock.window)) >= RATE_LIMITS.unprovenBlock.max) return {key: 'limitUnproven'};
  if ((await count(sql, 'NOT proven', [], RATE_LIMITS.unproven.window)) >= RATE_LIMITS.unproven.max) return {key: 'limitUnproven'};
  return null;
}

/** Questions stored within `window` that match `where` (a constant condition; values are parameters). */
async function count(sql: Sql, where: string, params: unknown[], window: string): Promise<number> {
  const rows = await sql.query<{n: number}>(`SELECT count(*)::int AS n FROM gateway_questions WHERE ${where} AND created_at > now() - $${params.length + 1}::interval`, [...params, window]);
  return rows[0]?.n ?? 0;
}

/** The lock of the count of questions without proof, across instances. */
const UNPROVEN_LOCK = 'unproven-questions';
