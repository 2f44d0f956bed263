import React, {type ReactNode, useEffect, useState} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {GATEWAY_FIELDS} from '@site/plugins/forum/gatewayFields';
import type {} from 'altcha/types/react';

/**
 * The proof of work the gateway asks for (ALTCHA): the widget fetches a
 * challenge from the gateway and solves it in a worker while the member
 * writes, then puts the solution in a hidden field. It needs JavaScript: the
 * page says so first, and the gateway refuses a question without a solution.
 */
/** No pointer and scroll recording ("human interaction signature"): the gateway never asks for it, and the page should not watch. */
const WIDGET_CONFIGURATION = JSON.stringify({humanInteractionSignature: false});

export default function AltchaField({challengeUrl, started}: {challengeUrl: string; started: boolean}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const [language, setLanguage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!started || language) return;
    import('./loadAltcha').then(({loadAltcha}) => loadAltcha(i18n.currentLocale)).then(setLanguage, () => setFailed(true));
  }, [started, language, i18n.currentLocale]);
  return (
    <div className="forum-form__check">
      {language ? (
        <altcha-widget challenge={challengeUrl} name={GATEWAY_FIELDS.altcha} language={language} auto="onload" configuration={WIDGET_CONFIGURATION} />
      ) : (
        <p>
          {failed ? (
            <Translate id="forum.gateway.checkFailed" description="Ask page: the anti-spam check could not be loaded">
              The anti-spam check could not be loaded. Reload the page, or ask on GitHub with the form above.
            </Translate>
          ) : (
            <Translate id="forum.gateway.needsScript" description="Ask page: the anti-spam check needs JavaScript; without it, fewer questions are accepted">
              Before sending, your browser does a short anti-spam check, which needs JavaScript: it starts when you fill in this form. Without JavaScript you can still send your question, but fewer questions are accepted that way each hour: if it is refused, try again later, or ask on GitHub with the form above.
            </Translate>
          )}
        </p>
      )}
    </div>
  );
}
