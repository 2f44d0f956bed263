import {describe, expect, test} from 'vitest';
import {deriveKeys} from '../../../gateway/crypto';
import {checkStamp, signStamp, STAMP} from '../../../gateway/questions/stamp';

const {stamp: key} = deriveKeys('s'.repeat(43));
const BLOCK = '203.0.113.0/24';
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe('the timestamp of the gateway\'s page without JavaScript', () => {
  test('is good from a few seconds after it was served until a day after, from the network it was served to', () => {
    const stamp = signStamp(key, BLOCK, at(0));
    expect(checkStamp(key, BLOCK, stamp, at(0))).toEqual({ok: false, reason: 'early'});
    expect(checkStamp(key, BLOCK, stamp, at(STAMP.minSeconds - 1))).toEqual({ok: false, reason: 'early'});
    expect(checkStamp(key, BLOCK, stamp, at(STAMP.minSeconds))).toEqual({ok: true});
    expect(checkStamp(key, BLOCK, stamp, at(24 * 3600))).toEqual({ok: true});
    expect(checkStamp(key, BLOCK, stamp, at(24 * 3600 + 1))).toEqual({ok: false, reason: 'stale'});
    expect(checkStamp(key, BLOCK, stamp, at(1), 1)).toEqual({ok: true});
  });

  test('a stamp farmed on one network, altered, back-dated or signed with another key is worth nothing', () => {
    const stamp = signStamp(key, BLOCK, at(0));
    const [seconds, mac] = stamp.split('.') as [string, string];
    expect(checkStamp(key, '198.51.100.0/24', stamp, at(60))).toEqual({ok: false, reason: 'invalid'});
    expect(checkStamp(key, BLOCK, `${Number(seconds) - 60}.${mac}`, at(60))).toEqual({ok: false, reason: 'invalid'});
    expect(checkStamp(deriveKeys('t'.repeat(43)).stamp, BLOCK, stamp, at(60))).toEqual({ok: false, reason: 'invalid'});
    for (const junk of ['', '1.2', `${seconds}.${mac}x`, `-1.${mac}`, `${seconds}.${mac.replace(/./, '!')}`]) expect(checkStamp(key, BLOCK, junk, at(60)), junk).toEqual({ok: false, reason: 'invalid'});
  });
});
