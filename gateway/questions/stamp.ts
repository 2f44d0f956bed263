/**
 * The cost of a question sent without JavaScript, which needs no script and
 * no shared counter: the gateway answers such a form with its own page, the
 * question filled in, carrying a timestamp signed for the sender's address
 * block; the question goes through only when that page is sent back at
 * least `STAMP.minSeconds` later and within a day. A robot must wait and
 * come back for each question, from the network it asked from: a stamp
 * fetched from one network is worth nothing from another.
 */
import {timingSafeEqual} from 'node:crypto';
import {keyedHash} from '../crypto';

export const STAMP = {
  /**
   * Less than a person takes to read the page and find its button; a robot
   * that posts the page straight back gets it again.
   */
  minSeconds: 5,
  /** A page left open overnight still sends. */
  maxSeconds: 24 * 3600,
};

export type StampCheck = {ok: true} | {ok: false; reason: 'invalid' | 'early' | 'stale'};

/** `<seconds since 1970>.<mac>`, the MAC over the address block and the time. */
export function signStamp(key: Buffer, block: string, now: Date): string {
  const seconds = Math.floor(now.getTime() / 1000);
  return `${seconds}.${keyedHash(key, `${block}:${seconds}`)}`;
}

/** `invalid`: altered, or signed for another address block; `early` or `stale`: sent back too soon or too late. */
export function checkStamp(key: Buffer, block: string, stamp: string, now: Date, minSeconds = STAMP.minSeconds): StampCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match) return {ok: false, reason: 'invalid'};
  const [, seconds, mac] = match as unknown as [string, string, string];
  if (!timingSafeEqual(Buffer.from(keyedHash(key, `${block}:${seconds}`)), Buffer.from(mac))) return {ok: false, reason: 'invalid'};
  const age = now.getTime() / 1000 - Number(seconds);
  if (age < minSeconds) return {ok: false, reason: 'early'};
  return age > STAMP.maxSeconds ? {ok: false, reason: 'stale'} : {ok: true};
}
