import React, {type ReactNode, type RefObject, useEffect, useState} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {GATEWAY_FIELDS} from '@site/plugins/forum/gatewayFields';
import type {AltchaWidgetElement} from 'altcha';
import type {} from 'altcha/types/react';

/** Where the check stands: `verified` carries the solution the gateway reads. */
export type Check = {state: 'waiting' | 'verifying' | 'verified' | 'failed'; payload: string | null};

/** No pointer and scroll recording ("human interaction signature"): the gateway never asks for it, and the page should not watch. */
const WIDGET_CONFIGURATION = JSON.stringify({humanInteractionSignature: false});

type Props = {
  challengeUrl: string;
  /** The member started on the form (or pressed Send): only then is the widget's code fetched. */
  started: boolean;
  widgetRef: RefObject<AltchaWidgetElement>;
  onCheck: (check: Check) => void;
  /** A refusal of the check by the gateway, shown beside it. */
  errors?: string[] | undefined;
};

/**
 * The proof of work the gateway asks for (ALTCHA): the widget fetches a
 * challenge from the gateway and solves it in a worker while the member
 * writes, then puts the solution in a hidden field and tells `onCheck`. It
 * needs JavaScript: the page says so first; without it the gateway answers
 * with a page of its own (README, "Question gateway").
 */
export default function AltchaField({challengeUrl, started, widgetRef, onCheck, errors = []}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const [language, setLanguage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!started || language) return;
    import('./loadAltcha').then(({loadAltcha}) => loadAltcha(i18n.currentLocale)).then(setLanguage, () => {
      setFailed(true);
      onCheck({state: 'failed', payload: null});
    });
  }, [started, language, i18n.currentLocale, onCheck]);
  useEffect(() => {
    const widget = widgetRef.current;
    if (!language || !widget) return undefined;
    const listen = (event: Event) => {
      const {state, payload} = (event as CustomEvent<{state: string; payload?: string}>).detail;
      if (state === 'verified' && payload) onCheck({state: 'verified', payload});
      else onCheck({state: state === 'error' ? 'failed' : state === 'verifying' ? 'verifying' : 'waiting', payload: null});
    };
    widget.addEventListener('statechange', listen);
    return () => widget.removeEventListener('statechange', listen);
  }, [language, widgetRef, onCheck]);
  return (
    <div className="forum-form__check">
      {language ? (
        <altcha-widget ref={widgetRef} challenge={challengeUrl} name={GATEWAY_FIELDS.altcha} language={language} auto="onload" configuration={WIDGET_CONFIGURATION} />
      ) : (
        <p>
          {failed ? (
            <Translate id="forum.gateway.checkFailed" description="Ask page: the anti-spam check could not be loaded">
              The anti-spam check could not be loaded. Your text is kept: reload the page, or continue on GitHub.
            </Translate>
          ) : isBrowser ? (
            <Translate id="forum.gateway.checkNotice" description="Ask page, with JavaScript: the anti-spam check before sending">
              Before sending, your browser does a short anti-spam check: it starts when you fill in this form.
            </Translate>
          ) : (
            <Translate id="forum.gateway.needsScript" description="Ask page: the anti-spam check needs JavaScript; without it, fewer questions are accepted">
              Before sending, your browser does a short anti-spam check, which needs JavaScript: it starts when you fill in this form. Without JavaScript you can still send your question, but fewer questions are accepted that way each hour: if it is refused, try again later, or continue on GitHub.
            </Translate>
          )}
        </p>
      )}
      {errors.length > 0 && <p className="forum-form__error">{errors.join(' ')}</p>}
    </div>
  );
}
