import {useCallback} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {DEFAULT_LOCALE, isLocale, selectPlural} from '@site/locales';

/**
 * Picks the form of a plural message (`{count} answer|{count} answers`) for a
 * count, by the plural rules of the page's language: the forms are listed in
 * CLDR's order (see `pluralForms` in locales/), as the gateway's messages are.
 *
 * @example
 * const plural = usePlural();
 * plural(translate({id: 'forum.list.answers', message: '{count} answer|{count} answers'}, {count}), count);
 */
export function usePlural(): (message: string, count: number) => string {
  const {currentLocale} = useDocusaurusContext().i18n;
  const locale = isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
  return useCallback((message: string, count: number) => selectPlural(locale, message, count), [locale]);
}
