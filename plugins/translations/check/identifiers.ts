import {correspondingLine} from './outline';
import type {Outline} from './outline';

type Found = {line: number; rule: 'identifier' | 'lookalike'; message: string};

export type IdentifierKind = 'URL' | 'e-mail address' | 'date' | 'document' | 'regional group' | 'Question' | 'working party' | 'Recommendation' | 'percentage' | 'number';

/** An identifier as compared: `key` is its normalized form ("E.164 (11/2010)", "1500" for "1,500"). */
export type Identifier = {kind: IdentifierKind; key: string; text: string; index: number};

/** Not preceded or followed by a Latin letter or digit: "E.164" is not in "XE.1645". */
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';

/**
 * What is never translated, most specific first: a later pattern does not
 * look inside an earlier one's match (the 13 of "WP1/13" is not a number of
 * its own, nor the 2010 of "E.164 (11/2010)").
 */
const PATTERNS: {kind: IdentifierKind; pattern: RegExp; key?: (match: RegExpMatchArray) => string}[] = [
  // ASCII only: Chinese and Arabic text runs on after a URL without a space ("…T-REC-H.870。在链接中").
  {kind: 'URL', pattern: /https?:\/\/[^\s<>()（）"«»\u0080-\uffff]+[^\s<>()（）"«».,;:!?'’\u0080-\uffff]/g},
  // Starts where a run of address characters starts: a long run without @ is read once, not once per character.
  {kind: 'e-mail address', pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g},
  {kind: 'date', pattern: /(?<![0-9])\d{4}-\d{2}-\d{2}(?![0-9])/g},
  {kind: 'document', pattern: new RegExp(`${B}(?:SG\\d+(?:RG-[A-Z]{2,})?|TSAG)-[A-Z]+\\d+(?:/[A-Z]+)?${E}`, 'g')},
  {kind: 'regional group', pattern: new RegExp(`${B}SG\\d+RG-[A-Z]{2,}(?![A-Za-z0-9-])`, 'g')},
  {kind: 'Question', pattern: new RegExp(`${B}Q\\d+/\\d+(?![0-9])`, 'g')},
  {kind: 'working party', pattern: new RegExp(`${B}WP\\d+/\\d+(?![0-9])`, 'g')},
  {
    kind: 'Recommendation',
    // E.164, G.709/Y.1331, with the edition if given: "E.164 (11/2010)", "E.164（11/2010）" (read as the same).
    pattern: /(?<![A-Za-z0-9.])([A-Z]{1,2}\.\d+(?:\.\d+)*(?:\/[A-Z]{1,2}\.\d+(?:\.\d+)*)?)(?: ?\((\d{2}\/\d{4})\))?(?![0-9])/g,
    key: (match) => (match[2] ? `${match[1] ?? ''} (${match[2]})` : (match[1] ?? '')),
  },
  {kind: 'percentage', pattern: /(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)? ?%/g, key: (match) => `${match[0].replace(/\D/g, '')}%`},
  // Thousands may be grouped with a comma, a point or a (no-break) space, decimals set with either: the digits are compared.
  {kind: 'number', pattern: /(?<![A-Za-z0-9\u0370-\u04FF.,])\d{1,3}(?:[, .]\d{3})+(?:[.,]\d+)?(?![0-9])|(?<![A-Za-z0-9\u0370-\u04FF.,])\d+(?:[.,]\d+)?(?![0-9])/g, key: (match) => match[0].replace(/\D/g, '')},
];

/**
 * The text as identifiers are compared: full-width brackets, slash, colon and
 * percent and the no-break spaces read as their ASCII forms, Arabic ٪ as %.
 * Every replacement is one character for one, so indexes stay valid.
 */
export const normalize = (text: string) =>
  text
    .replace(/[\u00a0\u202f\u2009\u3000]/g, ' ')
    .replace(/[（）／：％٪]/g, (c) => ({'（': '(', '）': ')', '／': '/', '：': ':', '％': '%', '٪': '%'})[c] ?? c);

/** Every identifier of a text, each once per occurrence. */
export function identifiersOf(text: string): Identifier[] {
  let rest = normalize(text);
  const found: Identifier[] = [];
  for (const {kind, pattern, key} of PATTERNS) {
    for (const match of rest.matchAll(pattern)) {
      found.push({kind, key: key ? key(match) : match[0], text: match[0], index: match.index});
    }
    // Blank what was found (same length), so the next patterns do not look inside it.
    rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Cyrillic and Greek letters that look like Latin ones, with their Unicode names. */
const LOOKALIKES: Record<string, [latin: string, name: string]> = {
  А: ['A', 'CYRILLIC CAPITAL LETTER A'],
  В: ['B', 'CYRILLIC CAPITAL LETTER VE'],
  Е: ['E', 'CYRILLIC CAPITAL LETTER IE'],
  К: ['K', 'CYRILLIC CAPITAL LETTER KA'],
  М: ['M', 'CYRILLIC CAPITAL LETTER EM'],
  Н: ['H', 'CYRILLIC CAPITAL LETTER EN'],
  О: ['O', 'CYRILLIC CAPITAL LETTER O'],
  Р: ['P', 'CYRILLIC CAPITAL LETTER ER'],
  С: ['C', 'CYRILLIC CAPITAL LETTER ES'],
  Т: ['T', 'CYRILLIC CAPITAL LETTER TE'],
  Х: ['X', 'CYRILLIC CAPITAL LETTER HA'],
  У: ['Y', 'CYRILLIC CAPITAL LETTER U'],
  Ѕ: ['S', 'CYRILLIC CAPITAL LETTER DZE'],
  І: ['I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  Ј: ['J', 'CYRILLIC CAPITAL LETTER JE'],
  Ԛ: ['Q', 'CYRILLIC CAPITAL LETTER QA'],
  Ԝ: ['W', 'CYRILLIC CAPITAL LETTER WE'],
  Α: ['A', 'GREEK CAPITAL LETTER ALPHA'],
  Β: ['B', 'GREEK CAPITAL LETTER BETA'],
  Ε: ['E', 'GREEK CAPITAL LETTER EPSILON'],
  Ζ: ['Z', 'GREEK CAPITAL LETTER ZETA'],
  Η: ['H', 'GREEK CAPITAL LETTER ETA'],
  Ι: ['I', 'GREEK CAPITAL LETTER IOTA'],
  Κ: ['K', 'GREEK CAPITAL LETTER KAPPA'],
  Μ: ['M', 'GREEK CAPITAL LETTER MU'],
  Ν: ['N', 'GREEK CAPITAL LETTER NU'],
  Ο: ['O', 'GREEK CAPITAL LETTER OMICRON'],
  Ρ: ['P', 'GREEK CAPITAL LETTER RHO'],
  Τ: ['T', 'GREEK CAPITAL LETTER TAU'],
  Υ: ['Y', 'GREEK CAPITAL LETTER UPSILON'],
  Χ: ['X', 'GREEK CAPITAL LETTER CHI'],
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Identifiers written with a Cyrillic or Greek letter that looks Latin
 * ("Е.164" with U+0415): read as Latin they are identifiers; as written,
 * no reader's search nor link finds them.
 */
export function lookalikes(text: string): {identifier: Identifier; letters: string[]}[] {
  const latin = text.replace(LOOKALIKE, (c) => LOOKALIKES[c]?.[0] ?? c);
  if (latin === text) return [];
  return identifiersOf(latin)
    .filter((identifier) => identifier.kind !== 'number' && identifier.kind !== 'percentage')
    .flatMap((identifier) => {
      const written = text.slice(identifier.index, identifier.index + identifier.text.length);
      const letters = [...new Set(written.match(LOOKALIKE) ?? [])];
      return letters.length === 0 ? [] : [{identifier: {...identifier, text: written}, letters}];
    });
}

const lineIn = (passage: {value: string; line: number}, index: number) => passage.line + (passage.value.slice(0, index).match(/\n/g)?.length ?? 0);

/**
 * Every identifier of the English page reappears unchanged in the translation.
 * Compared as a set: each identifier at least once, wherever the translation
 * puts it (a sentence may be recast, a repetition become a pronoun). Numbers
 * are compared by their digits ("1,500" = "1 500"); numbers spelled in words
 * are words, not identifiers; a number inside an identifier is part of it.
 */
export function identifierProblems(source: Outline, translated: Outline): Found[] {
  const found: Found[] = [];
  const present = new Set<string>();
  const mistyped = new Set<string>();
  for (const passage of translated.passages) {
    for (const identifier of identifiersOf(passage.value)) present.add(`${identifier.kind} ${identifier.key}`);
    for (const {identifier, letters} of lookalikes(passage.value)) {
      mistyped.add(`${identifier.kind} ${identifier.key}`);
      const names = letters.map((c) => `${codePoint(c)} ${LOOKALIKES[c]?.[1] ?? ''} ("${c}", not the Latin "${LOOKALIKES[c]?.[0] ?? ''}")`).join(', ');
      found.push({
        line: lineIn(passage, identifier.index),
        rule: 'lookalike',
        message: `"${identifier.text}" has ${names}: write the ${identifier.kind} "${identifier.key}" in ASCII Latin letters`,
      });
    }
  }
  const reported = new Set<string>();
  for (const passage of source.passages) {
    for (const identifier of identifiersOf(passage.value)) {
      const id = `${identifier.kind} ${identifier.key}`;
      if (present.has(id) || mistyped.has(id) || reported.has(id)) continue;
      reported.add(id);
      const line = lineIn(passage, identifier.index);
      found.push({
        line: correspondingLine(source, translated, line),
        rule: 'identifier',
        message: `the ${identifier.kind} "${identifier.text}" of the English page (its line ${line}) is not here: identifiers are never translated`,
      });
    }
  }
  return found;
}
