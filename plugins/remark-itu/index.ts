import type {Locale} from '../../locales';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {findAndReplace} from 'mdast-util-find-and-replace';
import {loadCatalogue} from '../catalogue/loadCatalogue';
import {createRecommendationLookup, recommendationSlug} from '../catalogue/lookup';
import {CITATION} from './citations';
import {synonymMatcher, synonymProperties} from '../search-local/synonyms';
import {abbreviationMatcher} from './glossary';
import type {PhrasingContent, Root, Text} from 'mdast';
import type {RegExpMatchObject} from 'mdast-util-find-and-replace';
import type {Plugin} from 'unified';

export type Options = {
  siteDir: string;
  /** Where the catalogue data lives (`data/`). */
  dataDir: string;
  /** Base path of the Recommendation pages. */
  routeBasePath?: string;
  /** What to do with a citation of a Recommendation the catalogue lacks. */
  onUnknownRecommendation?: 'ignore' | 'log' | 'warn' | 'throw';
  /** Language of files outside `i18n/<locale>/` (the English source). */
  defaultLocale?: Locale;
};

/** Nodes whose text is never rewritten. */
const IGNORE = ['link', 'linkReference', 'heading', 'code', 'inlineCode', 'definition', 'html'];

/** `i18n/fr/…` is French; everything else is the default locale. */
const localeOf = (filePath: string | undefined, fallback: Locale) =>
  (/[/\\]i18n[/\\](ar|es|fr|ru|zh)[/\\]/.exec(filePath ?? '')?.[1] as Locale | undefined) ?? fallback;

/** Where a match starts in the file, for messages: line:column. */
function placeOf({index, stack}: RegExpMatchObject) {
  const node = stack[stack.length - 1] as Text | undefined;
  const start = node?.position?.start;
  if (!start || !node) return undefined;
  const before = node.value.slice(0, index).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length > 1 ? (before.at(-1)?.length ?? 0) + 1 : start.column + index;
  return {line, column};
}

/**
 * remark-itu: citations of ITU-T Recommendations become links to their
 * catalogue page, and the first use of a glossary abbreviation on a page
 * becomes `<abbr title="expansion">` in the page's language; the first use of
 * a term with alternatives carries them for the search index.
 *
 * Input:  `Numbering follows Recommendation ITU-T E.164; ask the TSB.`
 * Output: `Numbering follows [Recommendation ITU-T E.164](/recommendations/E.164);
 *          ask the <abbr title="Telecommunication Standardization Bureau">TSB</abbr>.`
 *
 * Code, inline code, links, definitions and headings are left alone.
 */
const remarkItu: Plugin<[Options], Root> = (options) => {
  const {siteDir, dataDir, routeBasePath = '/recommendations', onUnknownRecommendation = 'warn'} = options;
  const defaultLocale = options.defaultLocale ?? 'en';
  const {catalogue} = loadCatalogue(siteDir, dataDir);
  const lookup = createRecommendationLookup(catalogue.recommendations);
  const abbreviations = abbreviationMatcher(catalogue.glossary);
  const synonyms = synonymMatcher(catalogue.glossary);

  return (tree, file) => {
    const unknown: string[] = [];
    findAndReplace(
      tree,
      [
        CITATION,
        (text: string, id: string, match: RegExpMatchObject): PhrasingContent | false => {
          const recommendation = lookup(id);
          if (recommendation) {
            return {
              type: 'link',
              url: `${routeBasePath}/${recommendationSlug(recommendation.id)}`,
              children: [{type: 'text', value: text}],
            };
          }
          const place = placeOf(match);
          unknown.push(
            `${file.path ? path.relative(siteDir, file.path) : '(unknown file)'}${place ? `:${place.line}:${place.column}` : ''} cites ${text}, which is not in the catalogue.`,
          );
          return false;
        },
      ],
      {ignore: IGNORE},
    );
    const glossary = abbreviations(localeOf(file.path, defaultLocale));
    if (glossary) {
      const seen = new Set<string>();
      findAndReplace(
        tree,
        [
          glossary.pattern,
          (abbr: string): PhrasingContent | false => {
            if (seen.has(abbr)) return false;
            seen.add(abbr);
            // An `emphasis` node renamed to <abbr>: a text node would be merged
            // back into its neighbours by findAndReplace.
            return {
              type: 'emphasis',
              children: [{type: 'text', value: abbr}],
              data: {hName: 'abbr', hProperties: {title: glossary.expansions.get(abbr)}},
            };
          },
        ],
        {ignore: IGNORE},
      );
    }
    // The first use of a term readers know by another name carries that name for search (plugins/search-local/synonyms.ts).
    const marked = new Set<string>();
    findAndReplace(
      tree,
      synonyms(localeOf(file.path, defaultLocale)).map(({id, pattern, synonyms: words}) => [
        pattern,
        (term: string): PhrasingContent | false => {
          if (marked.has(id)) return false;
          marked.add(id);
          return {type: 'emphasis', children: [{type: 'text', value: term}], data: {hName: 'span', hProperties: synonymProperties(words)}};
        },
      ]),
      {ignore: IGNORE},
    );
    if (unknown.length > 0 && onUnknownRecommendation !== 'ignore') {
      logger.report(onUnknownRecommendation)(
        `${unknown.join('\n')}\nAdd the Recommendation to data/recommendations/ (see CONTRIBUTING.md), or correct the citation.`,
      );
    }
  };
};

export default remarkItu;
