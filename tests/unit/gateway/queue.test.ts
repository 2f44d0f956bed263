import {expect, test} from 'vitest';
import {backoffMs} from '../../../gateway/queue/queue';
import {isPaused} from '../../../gateway/queue/pacing';

test('backoff doubles from 30 seconds and stops at 6 hours, however many attempts', () => {
  expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
  expect(backoffMs(11)).toBe(6 * 3_600_000);
  expect(backoffMs(1_000)).toBe(6 * 3_600_000);
  expect(backoffMs(0)).toBe(30_000);
});

test('pacing: a kind waits once the last minute or the last hour reached its pace', () => {
  const pace = {kinds: ['moderation-issue'], perMinute: 75, perHour: 475};
  expect(isPaused({minute: 74, hour: 474}, pace)).toBe(false);
  expect(isPaused({minute: 75, hour: 75}, pace)).toBe(true);
  expect(isPaused({minute: 0, hour: 475}, pace)).toBe(true);
});
