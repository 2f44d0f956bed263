import {describe, expect, it} from 'vitest';
import {countBy, daysBetween, percent, spread} from '../../../plugins/indicators/compute/stats';

describe('spread', () => {
  it('has no median or percentile for no values', () => {
    expect(spread([])).toEqual({count: 0, median: null, p90: null});
  });

  it('is the value itself for one value', () => {
    expect(spread([4.2])).toEqual({count: 1, median: 4.2, p90: 4.2});
  });

  it('interpolates between the closest ranks, in any input order', () => {
    expect(spread([4, 1, 3, 2])).toEqual({count: 4, median: 2.5, p90: 3.7});
    expect(spread([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({count: 10, median: 5.5, p90: 9.1});
  });

  it('is not pulled by one long wait, where a mean would be', () => {
    expect(spread([1, 1, 2, 2, 100])).toMatchObject({median: 2, p90: 60.8});
  });

  it('rounds to one decimal', () => {
    expect(spread([0.31, 0.62, 1.17])).toEqual({count: 3, median: 0.6, p90: 1.1});
  });
});

describe('percent', () => {
  it('is one decimal of the share, and 0 of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('daysBetween', () => {
  it('counts days and fractions of days', () => {
    expect(daysBetween('2026-03-01T00:00:00Z', '2026-03-02T12:00:00Z')).toBe(1.5);
  });
});

describe('countBy', () => {
  it('counts in the order of the keys, with zeros, and adds unexpected values last', () => {
    expect([...countBy(['a', 'b', 'c'], ['c', 'a', 'c', 'd'])]).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 2],
      ['d', 1],
    ]);
  });
});
