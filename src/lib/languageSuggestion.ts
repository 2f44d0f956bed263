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
 * Whether to offer it: not after the reader answered it once, and not when
 * they came from a page of the site — who reaches the English home from
 * another page (the locale menu, a link) chose to be here.
 */
export function offersLanguage({answered, referrer, origin}: {answered: boolean; referrer: string; origin: string}): boolean {
  if (answered) return false;
  try {
    return new URL(referrer).origin !== origin;
  } catch {
    // No referrer (typed, bookmarked, opened from an app), or not one a URL can read.
    return true;
  }
}
