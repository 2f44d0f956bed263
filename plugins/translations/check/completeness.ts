import type {Locale} from '../../../locales';
import type {Outline, Section} from './outline';

type Found = {line: number; rule: 'length' | 'block-count'; message: string};

/**
 * Characters of prose (spaces left out) a careful translation has per English
 * character, measured on ITU texts: French and Spanish run longer, Arabic
 * about the same, Chinese writes a word in one or two characters.
 */
export const EXPECTED_LENGTH: Readonly<Record<Locale, number>> = {en: 1, ar: 0.95, es: 1.15, fr: 1.15, ru: 1.1, zh: 0.32};

/** Below this share of the expected length, a section has lost sentences (half of what is expected). */
export const SHORTEST = 0.5;
/** Sections shorter than this in English are too short to measure. */
const MEASURED = 120;

const name = (section: Section) => (section.title === '' ? 'the introduction' : `section "${section.title}"`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A translation keeps every sentence, paragraph, list item and table row of
 * its English page: per section (the introduction, then each heading), its
 * prose is not much shorter than the locale's expected length, and it has as
 * many paragraphs, list items and table rows. Sections are compared in order;
 * when the headings differ in number the structure rule says so, and this
 * rule compares nothing.
 */
export function completenessProblems(source: Outline, translated: Outline, locale: Locale): Found[] {
  if (source.sections.length !== translated.sections.length) return [];
  const found: Found[] = [];
  source.sections.forEach((english, index) => {
    const mine = translated.sections[index];
    if (!mine) return;
    const expected = english.chars * EXPECTED_LENGTH[locale];
    if (english.chars >= MEASURED && mine.chars < expected * SHORTEST) {
      found.push({
        line: mine.line,
        rule: 'length',
        message: `${name(mine)} has ${mine.chars} characters of prose where about ${Math.round(expected)} are expected (the English has ${english.chars}, its line ${english.line}): translate every sentence`,
      });
    }
    const counts: [keyof Section & ('paragraphs' | 'items' | 'rows'), string][] = [
      ['paragraphs', 'paragraph'],
      ['items', 'list item'],
      ['rows', 'table row'],
    ];
    for (const [key, word] of counts) {
      if (english[key] !== mine[key]) {
        found.push({
          line: mine.line,
          rule: 'block-count',
          message: `${name(mine)} has ${plural(mine[key], word)}, the English ${english[key]} (its line ${english.line}): keep the same ${word}s in the same order`,
        });
      }
    }
  });
  return found;
}
