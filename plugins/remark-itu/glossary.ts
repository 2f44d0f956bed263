import type {Locale} from '../../locales';
import type {GlossaryEntry} from '../catalogue/types';

/** Word edges in alphabetic scripts only: Chinese runs abbreviations into words ("向TSB提交"). */
const WORD = String.raw`A-Za-z0-9\u0400-\u04FF&-`;
const EDGE_BEFORE = `(?<![${WORD}])`;
const EDGE_AFTER = `(?![${WORD}])`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For each locale, one pattern matching any of its glossary abbreviations as
 * a whole word (longest first, so "ITU-T" wins over "ITU"), and their expansions.
 */
export function abbreviationMatcher(glossary: Partial<Record<Locale, GlossaryEntry[]>>) {
  return (locale: Locale): {pattern: RegExp; expansions: Map<string, string>} | undefined => {
    // Terms without an abbreviation get no tooltip.
    const entries = (glossary[locale] ?? []).flatMap(({abbr, expansion}) => (abbr !== undefined && expansion !== undefined ? [[abbr, expansion] as const] : []));
    if (entries.length === 0) return undefined;
    const expansions = new Map(entries);
    const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length).map(escape);
    return {
      pattern: new RegExp(`${EDGE_BEFORE}(?:${alternatives.join('|')})${EDGE_AFTER}`, 'gu'),
      expansions,
    };
  };
}
