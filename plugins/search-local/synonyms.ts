import {compileForm} from '../catalogue/glossaryForms';
import type {Locale} from '../../locales';
import type {GlossaryEntry} from '../catalogue/types';

/** What a page's first use of a glossary term carries for the search index. */
export const SYNONYMS_ATTRIBUTE = 'data-synonyms';

/**
 * For each locale, the glossary terms that have `alternatives` (synonyms
 * readers search for: 贡献 for ITU's 文稿): one pattern per term and the
 * words to index with it. remark-itu marks the first use of each term on a
 * page with `data-pagefind-index-attrs="data-synonyms"`, so that Pagefind
 * indexes the synonyms with the page, where the term is, and a search for
 * 贡献 finds the pages that say 文稿. Nothing is shown to the reader.
 */
export function synonymMatcher(glossary: Partial<Record<Locale, GlossaryEntry[]>>) {
  return (locale: Locale): {id: string; pattern: RegExp; synonyms: string}[] =>
    (glossary[locale] ?? []).flatMap(({id, terms, alternatives}) =>
      terms && alternatives ? terms.map((term) => ({id, pattern: compileForm(term).pattern, synonyms: alternatives.join(' ')})) : [],
    );
}

/** The hast properties of the element that wraps a term's first use. */
export const synonymProperties = (synonyms: string) => ({dataPagefindIndexAttrs: SYNONYMS_ATTRIBUTE, dataSynonyms: synonyms});
