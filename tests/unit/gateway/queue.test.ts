import {expect, test} from 'vitest';
import {backoffMs} from '../../../gateway/queue/queue';

test('backoff doubles from 30 seconds and stops at 6 hours, however many attempts', () => {
  expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
  expect(backoffMs(11)).toBe(6 * 3_600_000);
  expect(backoffMs(1_000)).toBe(6 * 3_600_000);
  expect(backoffMs(0)).toBe(30_000);
});
