import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  browserStorage,
  FROM_PARAM,
  headingAt,
  readsInEnglish,
  sameHeading,
  setReadsInEnglish,
  SHOW_PARAM,
  SHOW_VALUE,
  withHeading,
} from '@site/src/lib/translationNotice';
import type {OutdatedTranslation} from '@site/plugins/translations/notice/builtFrontMatter';
import type {UnreviewedState} from '@site/plugins/translations/notice/translationState';
import styles from './styles.module.css';

type Props = {
  /** Set on a machine or draft translation. */
  state: UnreviewedState | null;
  /** Set when the English page changed after the translation was made. */
  outdated: OutdatedTranslation | null;
  locale: string;
  /** The English page (a path). */
  englishUrl: string;
  /** This page's heading ids and the English page's, in order (the build sends none when the outlines differ). */
  headings: readonly string[];
  englishHeadings: readonly string[];
  /** How to review a translation (CONTRIBUTING.md) and GitHub's editor for this file. */
  guideUrl: string;
  editUrl: string | undefined;
};

/** Below the navbar: a heading there is the one being read. */
const READING_LINE = 96;

/** The id an address's `#…` names; a malformed one names none. */
function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The English page at the heading the reader is at now, or else at the one
 * they arrived at (`#id`): a reader who scrolled back up to the notice from
 * there is still reading that section.
 */
function englishHere({englishUrl, headings, englishHeadings}: Props, params: Record<string, string> = {}): string {
  const tops = headings.flatMap((id) => {
    const element = document.getElementById(id);
    return element ? [{id, top: element.getBoundingClientRect().top}] : [];
  });
  const here = headingAt(tops, READING_LINE) ?? hashId(window.location.hash);
  return withHeading(englishUrl, sameHeading(here, headings, englishHeadings), params);
}

/**
 * The reader's "read in English" choice, applied on arrival: a reader who made
 * it goes to the English page (at the heading of the address), unless they came
 * back from it on purpose. A reader back from the English page at one of its
 * headings is taken to the same heading here.
 */
function useReadInEnglish(props: Props): [boolean, (yes: boolean) => void] {
  const {state, locale, englishUrl, headings, englishHeadings} = props;
  // Read after hydration (the server knows nothing of the reader); then what they choose here.
  const isBrowser = useIsBrowser();
  const [choice, setChoice] = useState<boolean | null>(null);
  const chosen = choice ?? (isBrowser && state !== null && readsInEnglish(browserStorage()));
  useEffect(() => {
    const yes = state !== null && readsInEnglish(browserStorage());
    const hash = hashId(window.location.hash);
    if (yes && new URLSearchParams(window.location.search).get(SHOW_PARAM) !== SHOW_VALUE) {
      window.location.replace(withHeading(englishUrl, sameHeading(hash, headings, englishHeadings), {[FROM_PARAM]: locale}));
      return;
    }
    const target = document.getElementById(hash) ? null : sameHeading(hash, englishHeadings, headings);
    if (target !== null) {
      window.history.replaceState(window.history.state, '', `#${target}`);
      document.getElementById(target)?.scrollIntoView();
    }
  }, [state, locale, englishUrl, headings, englishHeadings]);
  const choose = (yes: boolean) => {
    setReadsInEnglish(browserStorage(), yes);
    setChoice(yes);
    if (yes) window.location.assign(englishHere(props, {[FROM_PARAM]: props.locale}));
  };
  return [chosen, choose];
}

/**
 * The one notice above a translation that readers should know about, in the
 * page's language: made by machine or by a volunteer and not reviewed yet,
 * and/or made from an earlier version of the English page. It links the
 * English original at the heading the reader is at, and how to help review it.
 * Rendered with the page (no layout shift); a note, not an alert.
 */
export default function TranslationNotice(props: Props): ReactNode {
  const {state, outdated, englishUrl, guideUrl, editUrl} = props;
  const [chosen, choose] = useReadInEnglish(props);
  // The link's address follows the reader: set when they are about to follow it.
  const point = (event: React.SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = englishHere(props);
  };
  return (
    <div
      className={clsx('alert', outdated ? 'alert--warning' : 'alert--info', 'margin-bottom--md', styles.notice)}
      role="note"
      aria-label={translate({id: 'bsg.translation.noticeLabel', message: 'About this translation', description: 'Accessible name of the notice above a translated page'})}
      data-testid="translation-notice"
      data-state={state ?? undefined}
      data-outdated={outdated ? '' : undefined}>
      <p className={styles.text}>
        {state === 'machine' && (
          <Translate id="bsg.translation.machine" description="Notice above a page translated by machine that no person has reviewed yet">
            This page was translated by machine and has not been reviewed by a person yet.
          </Translate>
        )}
        {state === 'draft' && (
          <Translate id="bsg.translation.draft" description="Notice above a page translated by a volunteer that has not been reviewed yet">
            This page was translated by a volunteer and has not been reviewed yet.
          </Translate>
        )}
        {state && outdated && ' '}
        {outdated && (
          <Translate
            id="bsg.outdated.notice"
            description="Shown at the top of a translated page whose English original changed since; {date} is a date"
            values={{date: <time dateTime={outdated.date}>{outdated.label}</time>}}>
            {'This translation was made from an earlier version of the English page, last updated on {date}.'}
          </Translate>
        )}
      </p>
      <p className={styles.actions}>
        <a href={englishUrl} hrefLang="en" data-testid="translation-english" onClick={point} onFocus={point} onPointerEnter={point} onContextMenu={point}>
          <Translate id="bsg.translation.readEnglish" description="Link from a translated page to its English original, at the same heading">
            Read the English original
          </Translate>
        </a>
        {state && (
          <>
            <a href={guideUrl}>
              <Translate id="bsg.translation.howToReview" description="Link to the guide for reviewing a translation (CONTRIBUTING.md)">
                Help review this translation
              </Translate>
            </a>
            {editUrl && (
              <a href={editUrl}>
                <Translate id="bsg.translation.edit" description="Link that opens this translation in GitHub's editor">
                  Edit it on GitHub
                </Translate>
              </a>
            )}
            <button type="button" className="link-button" onClick={() => choose(!chosen)} data-testid="read-in-english" data-chosen={chosen ? '' : undefined}>
              {chosen ? (
                <Translate id="bsg.translation.stopEnglish" description="Button: undo the choice to always open the English original of unreviewed translations">
                  Show me unreviewed translations again
                </Translate>
              ) : (
                <Translate id="bsg.translation.alwaysEnglish" description="Button: remember (in this browser) to always open the English original instead of an unreviewed translation">
                  Always read unreviewed pages in English
                </Translate>
              )}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
