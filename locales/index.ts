/**
 * The site's six languages — ITU's official languages — in one place: their
 * names, direction, HTML language tag, plural rules and typography. The
 * Docusaurus config, the plugins, the pages in `src/` and the gateway import
 * this module, so none of them depends on another part to know its languages.
 * Plain data and `Intl`: it runs in Node and in the browser.
 */

export const LOCALES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** English is the source of every page and string. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** The locales pages and strings are translated into. */
export const TRANSLATED_LOCALES: readonly Exclude<Locale, typeof DEFAULT_LOCALE>[] = ['ar', 'es', 'fr', 'ru', 'zh'];

/**
 * How a language sets punctuation, checked in translations (`translations check`):
 * - `french-spacing`: a narrow no-break space (U+202F) before ? ! ; : and inside « », guillemets, one apostrophe;
 * - `full-width-punctuation`: no ASCII , ; : ? ! ( ) beside a Chinese character;
 * - `arabic-punctuation`: ، ؛ ؟ rather than ASCII , ; ? in Arabic prose.
 */
export type TypographyRule = 'french-spacing' | 'full-width-punctuation' | 'arabic-punctuation';

export type LocaleInfo = {
  /** The language's name in itself, as the language menu shows it. */
  label: string;
  /** BCP 47 tag for `lang` attributes and `Intl`. */
  htmlLang: string;
  direction: 'ltr' | 'rtl';
  typography: readonly TypographyRule[];
};

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: {label: 'English', htmlLang: 'en', direction: 'ltr', typography: []},
  ar: {label: 'العربية', htmlLang: 'ar', direction: 'rtl', typography: ['arabic-punctuation']},
  es: {label: 'Español', htmlLang: 'es', direction: 'ltr', typography: []},
  fr: {label: 'Français', htmlLang: 'fr', direction: 'ltr', typography: ['french-spacing']},
  ru: {label: 'Русский', htmlLang: 'ru', direction: 'ltr', typography: []},
  zh: {label: '中文', htmlLang: 'zh-Hans', direction: 'ltr', typography: ['full-width-punctuation']},
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export function isTranslatedLocale(value: unknown): value is TranslatedLocale {
  return typeof value === 'string' && (TRANSLATED_LOCALES as readonly string[]).includes(value);
}

/** The HTML language tag of a locale; an unknown one is returned as given. */
export const htmlLang = (locale: string): string => (isLocale(locale) ? LOCALE_INFO[locale].htmlLang : locale);

/** CLDR's plural categories, in the order plural messages list their forms. */
const PLURAL_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The plural forms a locale distinguishes (CLDR, through `Intl.PluralRules`), in
 * CLDR's order: English "one", "other"; Russian "one", "few", "many", "other";
 * Arabic all six. A plural message (`1 answer|{count} answers`) lists one form
 * per category, in this order, separated by `|`.
 */
export const pluralForms = (locale: Locale): readonly Intl.LDMLPluralRule[] => {
  const categories = new Intl.PluralRules(LOCALE_INFO[locale].htmlLang).resolvedOptions().pluralCategories;
  return PLURAL_ORDER.filter((category) => categories.includes(category));
};

/**
 * The form of a plural message for a count: `one|other` in English. A message
 * without `|` is its own form; one with fewer forms than the locale has uses its
 * last form for the categories it lacks (`translations check` reports it).
 */
export function selectPlural(locale: Locale, message: string, count: number): string {
  const forms = message.split('|');
  if (forms.length === 1) return message;
  const index = pluralForms(locale).indexOf(new Intl.PluralRules(LOCALE_INFO[locale].htmlLang).select(count));
  return forms[Math.min(index, forms.length - 1)] ?? message;
}
