import {describe, expect, it} from 'vitest';
import {toIsoDay} from '../../../src/lib/dates';

describe('toIsoDay', () => {
  it.each([
    [new Date('2026-11-29T00:00:00Z'), '2026-11-29'],
    ['2026-11-29T00:00:00.000Z', '2026-11-29'],
    ['2026-11-29', '2026-11-29'],
    ['Sun Nov 29 2026', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(toIsoDay(value)).toBe(expected);
  });
});
