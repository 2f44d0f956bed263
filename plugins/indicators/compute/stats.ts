import {quantileSorted} from 'd3-array';

/** One decimal: days and percentages are shown and downloaded that way. */
const round = (value: number) => Math.round(value * 10) / 10;

/** Median and 90th percentile of a sample, or `null` for an empty one. */
export type Spread = {count: number; median: number | null; p90: number | null};

/**
 * Median and 90th percentile with linear interpolation between the closest
 * ranks (the R-7 / spreadsheet PERCENTILE.INC rule, d3-array's `quantile`):
 * of [1, 2, 3, 4] the median is 2.5 and the 90th percentile 3.7. Rounded
 * to one decimal.
 */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const value = quantileSorted(sorted, p);
    return value === undefined ? null : round(value);
  };
  return {count: sorted.length, median: at(0.5), p90: at(0.9)};
}


/** Share of `part` in `total` in percent, one decimal; 0 when there is nothing to share. */
export const percent = (part: number, total: number): number => (total === 0 ? 0 : round((part / total) * 100));

const DAY = 24 * 60 * 60 * 1000;

/** Days from one ISO time to another, one decimal. */
export const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY;

/** Counts of each key, in the order the keys are given. */
export function countBy<K>(keys: readonly K[], values: readonly K[]): Map<K, number> {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
