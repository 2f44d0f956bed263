import React, {lazy, Suspense, useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {isTranslatedLocale} from '@site/locales';
import {browserStorage, FROM_PARAM, headingAt, readsInEnglish, setReadsInEnglish, SHOW_PARAM, SHOW_VALUE, withHeading} from '@site/src/lib/translationNotice';
import type {TranslatedLocale} from '@site/locales';

/** The bar and its words in five languages load only for a reader who gets it. */
const Bar = lazy(() => import('./Bar'));

/** The translation's locale, when the reader's choice brought them here from it. */
function cameFrom(): TranslatedLocale | null {
  const locale = new URLSearchParams(window.location.search).get(FROM_PARAM);
  return isTranslatedLocale(locale) && readsInEnglish(browserStorage()) ? locale : null;
}

/** The English page's heading the reader is at (the translation maps it to its own). */
function headingHere(): string | null {
  const tops = Array.from(document.querySelectorAll<HTMLElement>('.markdown :is(h2, h3, h4, h5, h6)[id]'), (element) => ({id: element.id, top: element.getBoundingClientRect().top}));
  return headingAt(tops, 96);
}

/**
 * On an English page opened instead of an unreviewed translation (the
 * reader's "read in English" choice, `?from=fr`): the way back to the
 * translation, and a way to undo the choice, in the reader's language.
 * Fixed to the bottom of the window, so showing it after the page loaded
 * moves nothing; decided after hydration (the server knows nothing of the reader).
 */
export default function ReadInEnglishBar(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const [closed, setClosed] = useState(false);
  const {createUrl} = useAlternatePageUtils();
  const from = isBrowser && !closed ? cameFrom() : null;
  if (from === null) return null;
  const config = i18n.localeConfigs[from];
  const translation = createUrl({locale: from, fullyQualified: false});
  return (
    <Suspense fallback={null}>
      <Bar
        locale={from}
        lang={config?.htmlLang ?? from}
        dir={config?.direction ?? 'ltr'}
        href={translation}
        onBack={(link, undo) => {
          if (undo) setReadsInEnglish(browserStorage(), false);
          link.href = withHeading(translation, headingHere(), {[SHOW_PARAM]: SHOW_VALUE});
        }}
        onClose={() => setClosed(true)}
      />
    </Suspense>
  );
}
