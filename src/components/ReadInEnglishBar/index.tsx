import React, {useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {isTranslatedLocale} from '@site/locales';
import {
  browserStorage,
  FROM_PARAM,
  headingAt,
  readsInEnglish,
  setReadsInEnglish,
  SHOW_PARAM,
  SHOW_VALUE,
  withHeading,
} from '@site/src/lib/translationNotice';
import type {TranslatedLocale} from '@site/locales';
import styles from './styles.module.css';

/** The English page's heading the reader is at (the translation maps it to its own). */
function headingHere(): string | null {
  const tops = Array.from(document.querySelectorAll<HTMLElement>('.markdown :is(h2, h3, h4, h5, h6)[id]'), (element) => ({id: element.id, top: element.getBoundingClientRect().top}));
  return headingAt(tops, 96);
}

/** The translation's locale, when the reader's choice brought them here from it. */
function cameFrom(): TranslatedLocale | null {
  const locale = new URLSearchParams(window.location.search).get(FROM_PARAM);
  return isTranslatedLocale(locale) && readsInEnglish(browserStorage()) ? locale : null;
}

/**
 * On an English page opened instead of an unreviewed translation (the
 * reader's "read in English" choice, `?from=fr`): the way back to the
 * translation, and a way to undo the choice. Fixed to the bottom of the
 * window, so showing it after the page loaded moves nothing.
 */
export default function ReadInEnglishBar(): ReactNode {
  // Decided after hydration: the server knows nothing of the reader.
  const isBrowser = useIsBrowser();
  const [closed, setClosed] = useState(false);
  const {createUrl} = useAlternatePageUtils();
  const from = isBrowser && !closed ? cameFrom() : null;
  if (from === null) return null;
  const translation = createUrl({locale: from, fullyQualified: false});
  const back = (event: React.MouseEvent<HTMLAnchorElement>, undo: boolean) => {
    if (undo) setReadsInEnglish(browserStorage(), false);
    event.currentTarget.href = withHeading(translation, headingHere(), {[SHOW_PARAM]: SHOW_VALUE});
  };
  return (
    <div
      className={styles.bar}
      role="region"
      aria-label={translate({id: 'bsg.readEnglish.label', message: 'Reading in English', description: 'Accessible name of the bar on an English page opened instead of an unreviewed translation'})}
      data-testid="read-in-english-bar">
      <p className={styles.text}>
        <Translate id="bsg.readEnglish.text" description="Bar on an English page opened instead of an unreviewed translation, because the reader asked for it">
          You asked to read the English original instead of unreviewed translations.
        </Translate>
      </p>
      <a href={translation} onClick={(event) => back(event, false)} data-testid="read-in-english-back">
        <Translate id="bsg.readEnglish.back" description="Link from the English page back to the unreviewed translation the reader came from">
          Read the translation this time
        </Translate>
      </a>
      <a href={translation} onClick={(event) => back(event, true)} data-testid="read-in-english-undo">
        <Translate id="bsg.readEnglish.undo" description="Link that forgets the reader's choice to read unreviewed translations in English, and goes back to the translation">
          Show me translations again
        </Translate>
      </a>
      <button type="button" className={styles.close} onClick={() => setClosed(true)}>
        <Translate id="bsg.readEnglish.close" description="Button that closes the bar about reading in English">
          Close
        </Translate>
      </button>
    </div>
  );
}
