import {LOCALES} from '../catalogue/types';

/** The locales pages are translated into: every site locale but English, the source. */
export const TRANSLATED_LOCALES: readonly string[] = LOCALES.filter((locale) => locale !== 'en');
