/** Where the home page remembers that the reader answered the suggestion (dismissed or followed it). */
export const SUGGESTION_KEY = 'bsg-hub.languageSuggestion';

/**
 * The site's language to suggest to a reader of the default locale's home
 * page, from the browser's preferences (`navigator.languages`, best first):
 * the first that the site has, unless the default comes first, or none.
 * `fr-CA` is French; `zh-Hant` is offered the Chinese the site has.
 */
export function suggestedLocale(languages: readonly string[], locales: readonly string[], defaultLocale: string): string | null {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0] ?? '';
    if (language === defaultLocale) return null;
    if (locales.includes(language)) return language;
  }
  return null;
}

/**
 * What the site remembers in SUGGESTION_KEY: the reader dismissed the offer,
 * followed it, or has read a page in a language other than English — then
 * the English home page is their choice (the locale menu's links send no
 * referrer, so where they came from cannot tell).
 */
export type SuggestionAnswer = 'dismissed' | 'followed' | 'other-language';
