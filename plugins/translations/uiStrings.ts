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
 * Compares a locale's UI strings with the English reference written by
 * `write-translations`. `sameAsEnglish` lists keys whose correct translation is
 * spelled like the English (Spanish "No").
 */
export function compareUiStrings(
  reference: TranslationFileContent,
  translated: TranslationFileContent,
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
  };
}
