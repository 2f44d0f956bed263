import React, {lazy, Suspense, useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {suggestedLocale, SUGGESTION_KEY} from '@site/src/lib/languageSuggestion';

/** The offer and its words in five languages load only for a reader who gets it. */
const Offer = lazy(() => import('./Offer'));

const answered = () => {
  try {
    return localStorage.getItem(SUGGESTION_KEY) !== null;
  } catch {
    // Storage refused (a private window): offering it on each visit is better than never.
    return false;
  }
};

/**
 * On the English home page, the site in the reader's own language when the
 * browser prefers one the site has (issue 21): decided in the browser, after
 * the page is shown, so it costs other readers a few hundred bytes.
 */
export default function LanguageSuggestion(): ReactNode {
  const {i18n} = useDocusaurusContext();
  // Decided after hydration (the server knows nothing of the reader), and once dismissed, gone.
  const isBrowser = useIsBrowser();
  const [dismissed, setDismissed] = useState(false);
  const locale =
    isBrowser && !dismissed && i18n.currentLocale === i18n.defaultLocale && !answered()
      ? suggestedLocale(navigator.languages, i18n.locales, i18n.defaultLocale)
      : null;
  if (locale === null) return null;
  const config = i18n.localeConfigs[locale];
  return (
    <Suspense fallback={null}>
      <Offer
        locale={locale}
        lang={config?.htmlLang ?? locale}
        dir={config?.direction ?? 'ltr'}
        href={config?.baseUrl ?? `/${locale}/`}
        onAnswer={(answer) => {
          try {
            localStorage.setItem(SUGGESTION_KEY, answer);
          } catch {
            // Not remembered in a private window: see answered().
          }
          if (answer === 'dismissed') setDismissed(true);
        }}
      />
    </Suspense>
  );
}
