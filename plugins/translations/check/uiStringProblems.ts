import {LOCALE_INFO, isLocale} from '../../../locales';
import {addedMarkup, pluralFormsProblem} from '../uiStrings';
import {typographyFindings} from './typography';
import type {TranslationFileContent} from '../uiStrings';
import type {TranslationProblem} from './checkTranslation';

/** The line of a key's `"message"` in a translation file's text (of the key itself if it has none). */
function lineOfMessage(text: string, key: string): number {
  const at = text.search(new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`));
  if (at === -1) return 1;
  const message = text.indexOf('"message"', at);
  const end = text.indexOf('}', at);
  const index = message !== -1 && (end === -1 || message < end) ? message : at;
  return text.slice(0, index).split('\n').length;
}

/**
 * UI strings of one locale's file (`code.json`, `docusaurus-theme-classic/footer.json` …)
 * that add markup to the English message. The classic theme renders some of
 * them as HTML on every page of the language (issue 13).
 */
export function uiStringProblems(input: {
  /** The path printed, relative to the site. */
  file: string;
  /** The file's path under `i18n/<locale>/`. */
  page: string;
  locale: string;
  reference: TranslationFileContent;
  translated: {text: string; content: TranslationFileContent};
}): TranslationProblem[] {
  const {file, page, locale, reference, translated} = input;
  const rules = isLocale(locale) ? LOCALE_INFO[locale].typography : [];
  return Object.entries(translated.content).flatMap(([key, {message}]) => {
    if (typeof message !== 'string') return [];
    const at = {file, page, locale, line: lineOfMessage(translated.text, key)};
    const added = reference[key] ? addedMarkup(reference[key].message, message) : [];
    const markup: TranslationProblem[] =
      added.length === 0
        ? []
        : [{...at, rule: 'ui-markup', message: `UI string "${key}" has markup the English has not (${added.join(' ')}): UI strings are text; keep only the tags of the English message`}];
    const typography = rules.flatMap((rule) =>
      typographyFindings(rule, message, {ui: true}).map(
        (finding): TranslationProblem => ({...at, rule: 'typography', message: `UI string "${key}": ${finding.message} (${rule}; npm run translations -- fix-typography rewrites it)`}),
      ),
    );
    return [...markup, ...typography];
  });
}

/**
 * Plural messages of one locale's UI string file (the gateway's messages
 * included) without one form per plural category of the language: a reader
 * would see another category's words ("2 ответов").
 */
export function uiPluralProblems(input: Parameters<typeof uiStringProblems>[0]): TranslationProblem[] {
  const {file, page, locale, reference, translated} = input;
  if (!isLocale(locale)) return [];
  return Object.entries(translated.content).flatMap(([key, {message}]) => {
    const problem = typeof message === 'string' && reference[key] ? pluralFormsProblem(reference[key].message, message, locale) : null;
    if (problem === null) return [];
    return [{file, page, locale, line: lineOfMessage(translated.text, key), rule: 'ui-plural' as const, message: `UI string "${key}" ${problem}`}];
  });
}
