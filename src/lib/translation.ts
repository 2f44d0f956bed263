import {startPagePath} from '../../plugins/translations/dashboard/startPagePath';

/** Where the docs plugin keeps the English source of every page. */
const SOURCE_PREFIX = '@site/docs/';

/**
 * A doc shown in a non-default locale whose source is still the English file
 * has no translation yet: the docs plugin fell back to English.
 */
export function isUntranslated(source: string, locale: string, defaultLocale: string): boolean {
  return locale !== defaultLocale && source.startsWith(SOURCE_PREFIX);
}

/**
 * The "help translate" link of an untranslated page: the page the build writes
 * for it, which opens GitHub's new-file form prefilled with the English text
 * and its pin. `rootBaseUrl` is the default locale's base URL.
 */
export function startTranslationUrl(rootBaseUrl: string, source: string, locale: string): string {
  return `${rootBaseUrl}${startPagePath(locale, source.slice(SOURCE_PREFIX.length))}`;
}
