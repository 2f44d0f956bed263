import {describe, expect, test} from 'vitest';
import {checkLink, deriveKeys, linkNonce, seal, signLink, unseal} from '../../../gateway/crypto';

const keys = deriveKeys('s'.repeat(40));
const ID = '0b7c6a4e-3f0e-4b8a-9b52-1f0a2d3c4e5f';

describe('sealed addresses', () => {
  test('come back only with the same key, and differ each time', () => {
    const a = seal(keys.email, 'amina@example.sn');
    expect(a).not.toContain('amina');
    expect(seal(keys.email, 'amina@example.sn')).not.toBe(a);
    expect(unseal(keys.email, a)).toBe('amina@example.sn');
    expect(() => unseal(deriveKeys('t'.repeat(40)).email, a)).toThrow();
  });

  test('an altered value is refused, not decrypted to something else', () => {
    const [v, iv, tag, data] = seal(keys.email, 'amina@example.sn').split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => unseal(keys.email, [v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });
});

describe('signed links', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const later = new Date('2026-12-03T00:00:00Z');
  const token = signLink(keys.link, 'confirm', ID, later);

  test('open until they expire', () => {
    expect(checkLink(keys.link, 'confirm', token, now)).toEqual({ok: true, id: ID});
    expect(checkLink(keys.link, 'confirm', token, new Date('2026-12-04T00:00:00Z'))).toEqual({ok: false, reason: 'expired'});
  });

  test('a changed id or expiry, another purpose or another key opens nothing', () => {
    const [, expiry, mac] = token.split('.');
    expect(checkLink(keys.link, 'confirm', `${ID.replace('0b', '1b')}.${expiry}.${mac}`, now)).toEqual({ok: false, reason: 'invalid'});
    expect(checkLink(keys.link, 'confirm', `${ID}.${Number(expiry) + 999999}.${mac}`, now)).toEqual({ok: false, reason: 'invalid'});
    expect(checkLink(keys.link, 'unsubscribe', token, now)).toEqual({ok: false, reason: 'invalid'});
    expect(checkLink(keys.email, 'confirm', token, now)).toEqual({ok: false, reason: 'invalid'});
    expect(checkLink(keys.link, 'confirm', '../../etc/passwd', now)).toEqual({ok: false, reason: 'invalid'});
  });

  test('with a nonce each link differs, and the nonce is signed: changed, added or taken off, it opens nothing', () => {
    const [first, second] = [signLink(keys.link, 'follow-up', ID, later, linkNonce()), signLink(keys.link, 'follow-up', ID, later, linkNonce())];
    expect(first).not.toBe(second);
    expect(checkLink(keys.link, 'follow-up', first, now)).toEqual({ok: true, id: ID});
    const [, expiry, nonce, mac] = first.split('.');
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(checkLink(keys.link, 'follow-up', `${ID}.${expiry}.${second.split('.')[2]}.${mac}`, now)).toEqual({ok: false, reason: 'invalid'});
    expect(checkLink(keys.link, 'follow-up', `${ID}.${expiry}.${mac}`, now)).toEqual({ok: false, reason: 'invalid'});
    const [, plainExpiry, plainMac] = token.split('.');
    expect(checkLink(keys.link, 'confirm', `${ID}.${plainExpiry}.${nonce}.${plainMac}`, now)).toEqual({ok: false, reason: 'invalid'});
  });
});
