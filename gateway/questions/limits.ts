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
 * The first limit these keys are over, counting the questions already stored.
 * Runs in the transaction that stores the new one, holding a lock per key so
 * that two instances cannot both let the last one through.
 */
export async function overLimit(tx: Sql, keys: {block: string; email: string}): Promise<Message | null> {
  for (const key of [keys.block, keys.email].sort()) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  const count = async (column: 'block_key' | 'email_key', key: string, window: string) => {
    const rows = await tx.query<{n: number}>(`SELECT count(*)::int AS n FROM gateway_questions WHERE ${column} = $1 AND created_at > now() - $2::interval`, [key, window]);
    return rows[0]?.n ?? 0;
  };
  if ((await count('block_key', keys.block, RATE_LIMITS.block.window)) >= RATE_LIMITS.block.max) return {key: 'limitBlock'};
  if ((await count('email_key', keys.email, RATE_LIMITS.email.window)) >= RATE_LIMITS.email.max) return {key: 'limitEmail'};
  return null;
}
