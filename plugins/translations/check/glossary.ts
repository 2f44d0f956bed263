import {correspondingLine} from './outline';
import type {GlossaryEntry} from '../../catalogue/types';
import type {Outline} from './outline';

type Found = {line: number; rule: 'glossary'; message: string};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An abbreviation as a whole word in alphabetic scripts ("ITU" is not in "ITU-T"); Chinese runs words together. */
const wordPattern = (abbr: string) => new RegExp(`(?<![\\p{L}\\p{N}&-])${escape(abbr)}(?![\\p{L}\\p{N}&-])`, 'u');

const firstLine = (outline: Outline, pattern: RegExp) => outline.text.find((node) => pattern.test(node.value))?.line;

/**
 * Glossary abbreviations whose approved form in this locale differs from the
 * English one (ITU → UIT, МСЭ; TSB → БСЭ): where the English page uses the
 * abbreviation, the translation must use the approved term, and must not keep
 * the English one alone. Abbreviations do not inflect, so this holds in every language.
 */
export function glossaryProblems(
  source: Outline,
  translated: Outline,
  glossary: {english: readonly GlossaryEntry[]; local: readonly GlossaryEntry[]},
): Found[] {
  const local = new Map(glossary.local.map((entry) => [entry.id, entry]));
  const found: Found[] = [];
  for (const english of glossary.english) {
    const approved = local.get(english.id);
    if (!approved || english.abbr === undefined || approved.abbr === undefined || approved.abbr === english.abbr) continue;
    const sourceLine = firstLine(source, wordPattern(english.abbr));
    if (sourceLine === undefined) continue;
    const [englishWord, approvedWord] = [wordPattern(english.abbr), wordPattern(approved.abbr)];
    // "AMNT (WTSA)": the English abbreviation may gloss the approved one in the same passage.
    const kept = translated.text.find((node) => englishWord.test(node.value) && !approvedWord.test(node.value))?.line;
    if (kept !== undefined) {
      found.push({line: kept, rule: 'glossary', message: `"${english.abbr}" is the English abbreviation: the approved term here is "${approved.abbr}" (${approved.expansion ?? ''}, data/glossary/)`});
    } else if (firstLine(translated, approvedWord) === undefined) {
      found.push({
        line: correspondingLine(source, translated, sourceLine),
        rule: 'glossary',
        message: `the English page uses "${english.abbr}" (its line ${sourceLine}); the approved term "${approved.abbr}" (${approved.expansion ?? ''}) is not used here`,
      });
    }
  }
  return found;
}
