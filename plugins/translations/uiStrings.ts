import {isLocale, pluralForms} from '../../locales';
import type {Locale} from '../../locales';

/** A Docusaurus translation file: `{key: {message, description}}`. */
export type TranslationFileContent = Record<string, {message: string; description?: string}>;

/** How one locale's copy of a UI string file differs from the English reference. */
export type UiStringsReport = {
  /** Keys the site uses that the locale lacks: readers see English. */
  missing: string[];
  /** Keys the site no longer uses. */
  obsolete: string[];
  /** Keys whose message is still the English one. */
  untranslated: string[];
  /** Keys whose `{placeholders}` differ from the English message. */
  placeholders: string[];
  /** Keys whose message has markup (a tag, a comment) that the English message has not. */
  markup: string[];
  /** Keys of a plural message without one form per plural category of the locale (see `pluralFormsProblem`). */
  pluralForms: string[];
};

/** Messages that are the same in every language. */
const PROPER_NAMES = new Set(['BSG Hub', 'GitHub']);

const placeholdersOf = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/**
 * A translation may not invent placeholders, and must keep all of them unless
 * the message has plural forms (`one|other`): a form such as Arabic's "zero"
 * or French's "one" may spell the number out.
 */
function placeholdersDiffer(reference: string, translated: string): boolean {
  const expected = placeholdersOf(reference);
  const found = placeholdersOf(translated);
  const invented = [...found].some((name) => !expected.has(name));
  const dropped = [...expected].some((name) => !found.has(name));
  return invented || (dropped && !reference.includes('|'));
}

/**
 * The markup of a message: anything a browser could read as a tag, a comment
 * or a declaration (`<` and a letter, `/`, `!` or `?`), closed or not. "< 5" and
 * "<5" are text.
 */
export const markupOf = (message: string): string[] => message.match(/<[a-z/!?][^<>]*>?/gi) ?? [];

/**
 * Markup a translation adds to the English message. The classic theme renders
 * some UI strings as HTML (the footer's copyright): a tag there would reach
 * every page of the language (issue 13).
 */
export function addedMarkup(reference: string, translated: string): string[] {
  const left = markupOf(reference);
  return markupOf(translated).filter((tag) => {
    const index = left.indexOf(tag);
    if (index !== -1) left.splice(index, 1);
    return index === -1;
  });
}

/**
 * What is wrong with the forms of a plural message, if anything. The English of
 * a plural message lists its forms `one|other`; a translation lists one per
 * plural category of its language, in CLDR's order (`pluralForms`): Russian
 * `one|few|many|other`, Chinese a single form. A missing form would show
 * another category's words ("2 ответов"); an extra one is never shown.
 */
export function pluralFormsProblem(reference: string, translated: string, locale: Locale): string | null {
  if (!reference.includes('|')) return null;
  const expected = pluralForms(locale);
  const found = translated.split('|').length;
  if (found === expected.length) return null;
  return `has ${found} plural form${found === 1 ? '' : 's'}, ${locale} needs ${expected.length}, separated by | in this order: ${expected.join('|')}`;
}

/**
 * Compares a locale's UI strings with the English reference written by
 * `write-translations`. `sameAsEnglish` lists keys whose correct translation is
 * spelled like the English (Spanish "No"); `locale` is the translation's, for
 * its plural rules (a locale the site does not have is not checked for them).
 */
export function compareUiStrings(
  reference: TranslationFileContent,
  translated: TranslationFileContent,
  locale: string,
  sameAsEnglish: ReadonlySet<string> = new Set(),
): UiStringsReport {
  const keys = Object.keys(reference);
  const present = keys.filter((key) => key in translated);
  return {
    missing: keys.filter((key) => !(key in translated)),
    obsolete: Object.keys(translated).filter((key) => !(key in reference)),
    untranslated: present.filter((key) => {
      const message = reference[key]?.message ?? '';
      return translated[key]?.message === message && !PROPER_NAMES.has(message) && !sameAsEnglish.has(key);
    }),
    placeholders: present.filter((key) =>
      placeholdersDiffer(reference[key]?.message ?? '', translated[key]?.message ?? ''),
    ),
    markup: present.filter((key) => addedMarkup(reference[key]?.message ?? '', translated[key]?.message ?? '').length > 0),
    pluralForms: present.filter((key) => isLocale(locale) && pluralFormsProblem(reference[key]?.message ?? '', translated[key]?.message ?? '', locale) !== null),
  };
}
