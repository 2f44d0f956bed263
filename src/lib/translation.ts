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
 * GitHub's "create a new file" form for the translation of `source`, opened
 * in the folder where the docs plugin looks for it.
 */
export function newTranslationUrl(repositoryUrl: string, source: string, locale: string): string {
  const relative = source.slice(SOURCE_PREFIX.length);
  const slash = relative.lastIndexOf('/');
  const dir = slash === -1 ? '' : `/${relative.slice(0, slash)}`;
  const filename = relative.slice(slash + 1);
  return `${repositoryUrl}/new/main/i18n/${locale}/docusaurus-plugin-content-docs/current${dir}?filename=${encodeURIComponent(filename)}`;
}
