import {identifiersOf} from './identifiers';
import type {TypographyRule} from '../../../locales';

/** Something a typography rule finds in a text: where, and what to write instead. */
export type TypographyFinding = {index: number; message: string};

const NNBSP = '\u202f';
/** Spaces a French mark may wrongly have before it: a plain, a no-break or a thin space (or a line break). */
const SPACES = /[ \t\n\u00a0\u2009]/u;
/** Chinese characters and the CJK and full-width punctuation that sits beside them (。、「」…). */
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * The parts of a text no typography rule touches: identifiers (URLs, e-mail
 * addresses, documents, WP1/13, E.164 (11/2010)…), times and ratios (10:30),
 * and, in UI strings, `{placeholders}` and `<tags>`.
 */
export function protectedRanges(text: string, ui = false): [number, number][] {
  const ranges: [number, number][] = identifiersOf(text)
    .filter((identifier) => identifier.kind !== 'number' && identifier.kind !== 'percentage')
    .map((identifier) => [identifier.index, identifier.index + identifier.text.length]);
  for (const match of text.matchAll(/(?<!\d)\d+:\d+/g)) ranges.push([match.index, match.index + match[0].length]);
  if (ui) for (const match of text.matchAll(/\{[^{}]*\}|<[^<>]*>/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

const inside = (ranges: readonly [number, number][], index: number) => ranges.some(([start, end]) => index >= start && index < end);

const excerpt = (text: string, index: number) => {
  const start = Math.max(0, index - 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, index + 2)}${index + 2 < text.length ? '…' : ''}`.replace(/\n/g, ' ');
};

/** The nearest character on one side of `index`, spaces skipped ('' at the edge of the text). */
function neighbour(text: string, index: number, step: -1 | 1): string {
  for (let i = index + step; i >= 0 && i < text.length; i += step) {
    const c = text[i] ?? '';
    if (!/\s/u.test(c)) return c;
  }
  return '';
}

const FRENCH_MARKS = new Set(['?', '!', ';', ':']);

function frenchFindings(text: string, ranges: readonly [number, number][]): TypographyFinding[] {
  const found: TypographyFinding[] = [];
  text.split('').forEach((c, index) => {
    if (inside(ranges, index)) return;
    const before = text[index - 1] ?? '';
    if (FRENCH_MARKS.has(c) && before !== NNBSP && !FRENCH_MARKS.has(before)) {
      found.push({index, message: `"${excerpt(text, index)}": a narrow no-break space (U+202F) goes before "${c}"${SPACES.test(before) ? ', not this space' : ''}`});
    } else if (c === '«' && text[index + 1] !== NNBSP) {
      found.push({index, message: `"${excerpt(text, index)}": a narrow no-break space (U+202F) goes after "«"`});
    } else if (c === '»' && before !== NNBSP) {
      found.push({index, message: `"${excerpt(text, index)}": a narrow no-break space (U+202F) goes before "»"`});
    } else if (c === '"' || c === '“' || c === '”') {
      found.push({index, message: `"${excerpt(text, index)}": quote with guillemets « … », not ${c}`});
    } else if (c === '’') {
      found.push({index, message: `"${excerpt(text, index)}": one apostrophe, the ASCII ' (not ’)`});
    }
  });
  return found;
}

const FULL_WIDTH: Record<string, string> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'};
const ARABIC_MARKS: Record<string, string> = {',': '،', ';': '؛', '?': '؟'};

/** ASCII marks with a letter of `script` on either side (spaces skipped). */
function besideFindings(text: string, ranges: readonly [number, number][], marks: Record<string, string>, script: RegExp, language: string): TypographyFinding[] {
  const found: TypographyFinding[] = [];
  text.split('').forEach((c, index) => {
    const wanted = marks[c];
    if (wanted === undefined || inside(ranges, index)) return;
    if (!script.test(neighbour(text, index, -1)) && !script.test(neighbour(text, index, 1))) return;
    found.push({index, message: `"${excerpt(text, index)}": write ${language} "${wanted}", not the ASCII "${c}"`});
  });
  return found;
}

/** What breaks a locale's typography rule in a text of prose (a Markdown text node, a UI string). */
export function typographyFindings(rule: TypographyRule, text: string, options: {ui?: boolean} = {}): TypographyFinding[] {
  const ranges = protectedRanges(text, options.ui);
  switch (rule) {
    case 'french-spacing':
      return frenchFindings(text, ranges);
    case 'full-width-punctuation':
      return besideFindings(text, ranges, FULL_WIDTH, HAN, 'the full-width');
    case 'arabic-punctuation':
      return besideFindings(text, ranges, ARABIC_MARKS, ARABIC, 'the Arabic');
  }
}

/**
 * Replaces, outside `ranges`, each match of `pattern` by what `replace` returns
 * (`null` leaves it). Matches that touch a protected range are left alone.
 */
function replaceOutside(text: string, ranges: readonly [number, number][], pattern: RegExp, replace: (match: RegExpExecArray) => string | null): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (ranges.some(([a, b]) => start < b && end > a)) continue;
    const replacement = replace(match as RegExpExecArray);
    if (replacement === null) continue;
    out += text.slice(last, start) + replacement;
    last = end;
  }
  return out + text.slice(last);
}

function fixFrench(text: string, ui: boolean): string {
  let fixed = text;
  const step = (pattern: RegExp, replace: (match: RegExpExecArray) => string | null) => {
    fixed = replaceOutside(fixed, protectedRanges(fixed, ui), pattern, replace);
  };
  step(/’/gu, () => "'");
  // Paired ASCII or English quotes in one text become guillemets; a lone one is left for a person.
  step(/"([^"\n]+)"|“([^“”\n]+)”/gu, (m) => `«${NNBSP}${(m[1] ?? m[2] ?? '').trim()}${NNBSP}»`);
  step(/«[ \u00a0\u2009\u202f]*/gu, () => `«${NNBSP}`);
  // Each pattern starts where a run of spaces starts: hostile runs are read once (tests/unit/translations/gates.test.ts).
  step(/(?<![ \u00a0\u2009\u202f])[ \u00a0\u2009\u202f]*»/gu, () => `${NNBSP}»`);
  // A mark after a word or a closing sign, or at the start of the text (after **bold**); not after another mark ("?!").
  step(/(?<=[^\s?!;:])[ \t\n\u00a0\u2009]*([?!;:])|^[ \t\n\u00a0\u2009]*([?!;:])/gu, (m) => `${NNBSP}${m[1] ?? m[2] ?? ''}`);
  return fixed;
}

function fixBeside(text: string, ui: boolean, marks: Record<string, string>, script: RegExp): string {
  const ranges = protectedRanges(text, ui);
  const chars = text.split('');
  const wanted = new Set(
    text.split('').flatMap((c, index) =>
      marks[c] !== undefined && !inside(ranges, index) && (script.test(neighbour(text, index, -1)) || script.test(neighbour(text, index, 1))) ? [index] : [],
    ),
  );
  // A bracket pair changes together: "研究组(WP1/13)的" → "研究组（WP1/13）的".
  const open: number[] = [];
  chars.forEach((c, index) => {
    if (c === '(' && !inside(ranges, index)) open.push(index);
    else if (c === ')' && !inside(ranges, index)) {
      const start = open.pop();
      if (start !== undefined && (wanted.has(start) || wanted.has(index))) {
        wanted.add(start);
        wanted.add(index);
      }
    }
  });
  let out = '';
  chars.forEach((c, index) => {
    if (!wanted.has(index)) {
      // Spaces between a full-width mark and its neighbours go: the mark carries its own space.
      const next = chars[index + 1];
      const previous = chars[index - 1];
      if (/[ \u00a0]/u.test(c) && ((next !== undefined && wanted.has(index + 1) && script === HAN) || (previous !== undefined && wanted.has(index - 1) && script === HAN))) return;
      out += c;
      return;
    }
    out += marks[c] ?? c;
  });
  return out;
}

/**
 * Rewrites a text of prose to follow a locale's rule, leaving identifiers,
 * times and (in UI strings) placeholders and tags alone. Idempotent: a fixed
 * text is returned unchanged.
 */
export function fixTypography(rule: TypographyRule, text: string, options: {ui?: boolean} = {}): string {
  const ui = options.ui ?? false;
  switch (rule) {
    case 'french-spacing':
      return fixFrench(text, ui);
    case 'full-width-punctuation':
      return fixBeside(text, ui, FULL_WIDTH, HAN);
    case 'arabic-punctuation':
      return fixBeside(text, ui, ARABIC_MARKS, ARABIC);
  }
}
