import {expect, it} from 'vitest';
import {formatMegabytes} from '../../../src/lib/offlineSize';

it.each([
  [4_230_000, 'en', '4.2 MB'],
  [4_230_000, 'fr', '4,2\u202fMo'],
  [4_230_000, 'ar', '4.2 م.ب'],
  [12_600_000, 'en', '13 MB'],
  [20_000, 'en', '0.1 MB'],
])('%d bytes in %s: %s, in Latin digits', (bytes, lang, text) => {
  expect(formatMegabytes(bytes, lang)).toBe(text);
});
