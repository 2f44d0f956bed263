/**
 * The gateway's secrets, all derived from GATEWAY_SECRET (HKDF, one key per
 * purpose, so a key leaked from one use opens nothing else): email addresses
 * sealed with AES-256-GCM, keyed hashes for the limits, signed links and
 * form timestamps.
 */
import {createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual} from 'node:crypto';

export type Keys = {
  /** AES-256-GCM key for email addresses at rest. */
  email: Buffer;
  /** HMAC key for lookups that must not reveal their input (email address, address block). */
  lookup: Buffer;
  /** HMAC key for the links sent by email. */
  link: Buffer;
  /** HMAC secret of the ALTCHA challenges. */
  challenge: string;
  /** HMAC key of the timestamps in the gateway's own question form (the lane without JavaScript). */
  stamp: Buffer;
};

const derive = (secret: string, purpose: string) => Buffer.from(hkdfSync('sha256', secret, 'bsg-hub-gateway', purpose, 32));

export function deriveKeys(secret: string): Keys {
  return {
    email: derive(secret, 'email-encryption'),
    lookup: derive(secret, 'lookup-hash'),
    link: derive(secret, 'signed-links'),
    challenge: derive(secret, 'altcha').toString('base64url'),
    stamp: derive(secret, 'form-stamp'),
  };
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url: a fresh 96-bit IV each time. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** Throws when the value was not sealed with this key or was altered. */
export function unseal(key: Buffer, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

export const keyedHash = (key: Buffer, value: string) => createHmac('sha256', key).update(value).digest('base64url');

export type LinkCheck = {ok: true; id: string} | {ok: false; reason: 'invalid' | 'expired'};

/**
 * A link token `<id>.<expiry in seconds>[.<nonce>].<mac>`; the purpose is
 * signed too, so a token of one kind opens no other. A nonce (16 base64url
 * characters) makes each link distinct, for links that are good once.
 */
export function signLink(key: Buffer, purpose: string, id: string, expiresAt: Date, nonce?: string): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000);
  return [id, expiry, ...(nonce ? [nonce] : []), keyedHash(key, [purpose, id, expiry, ...(nonce ? [nonce] : [])].join(':'))].join('.');
}

/** A fresh nonce for `signLink`. */
export const linkNonce = () => randomBytes(12).toString('base64url');

export function checkLink(key: Buffer, purpose: string, token: string, now: Date): LinkCheck {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})(?:\.([A-Za-z0-9_-]{16}))?\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return {ok: false, reason: 'invalid'};
  const [, id, expiry, nonce, mac] = match as unknown as [string, string, string, string | undefined, string];
  const expected = Buffer.from(keyedHash(key, [purpose, id, expiry, ...(nonce ? [nonce] : [])].join(':')));
  if (!timingSafeEqual(expected, Buffer.from(mac))) return {ok: false, reason: 'invalid'};
  if (Number(expiry) * 1000 < now.getTime()) return {ok: false, reason: 'expired'};
  return {ok: true, id};
}
