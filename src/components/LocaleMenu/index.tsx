import React, {useEffect, useRef, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import IconLanguage from '@theme/Icon/Language';
import {SUGGESTION_KEY} from '@site/src/lib/languageSuggestion';
import type {SuggestionAnswer} from '@site/src/lib/languageSuggestion';
import styles from './styles.module.css';

/**
 * The languages in one tap on a phone (issue 21), where the navbar's locale
 * dropdown is two taps deep in the side menu: a disclosure (`<details>`, so it
 * opens without JavaScript too) listing this page in every language. Shown
 * only below the navbar's breakpoint; the desktop has the dropdown.
 */
export default function LocaleMenu(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  const menu = useRef<HTMLDetailsElement>(null);
  const current = i18n.localeConfigs[i18n.currentLocale];
  // A reader of another language who comes to the English pages chose them: the home page offers nothing (LanguageSuggestion).
  useEffect(() => {
    if (i18n.currentLocale === i18n.defaultLocale) return;
    try {
      localStorage.setItem(SUGGESTION_KEY, 'other-language' satisfies SuggestionAnswer);
    } catch {
      // Storage refused (a private window): the offer may come once more.
    }
  }, [i18n]);
  // A tap elsewhere or Escape closes it, as a menu does.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent) details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details ref={menu} className={styles.menu} data-testid="locale-menu">
      <summary className={styles.toggle}>
        <IconLanguage width={20} height={20} />
        <span className="visually-hidden">
          {translate({id: 'theme.navbar.mobileLanguageDropdown.label', message: 'Languages', description: 'The label for the mobile language switcher dropdown'})}
        </span>
        <span className={styles.code} lang={current?.htmlLang}>{i18n.currentLocale.toUpperCase()}</span>
      </summary>
      <ul className={styles.list}>
        {i18n.locales.map((locale) => (
          <li key={locale}>
            <a
              href={createUrl({locale, fullyQualified: false})}
              lang={i18n.localeConfigs[locale]?.htmlLang}
              hrefLang={i18n.localeConfigs[locale]?.htmlLang}
              aria-current={locale === i18n.currentLocale ? 'page' : undefined}
              className={styles.link}>
              {i18n.localeConfigs[locale]?.label ?? locale}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
