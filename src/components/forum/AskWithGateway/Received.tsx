import React, {type ReactNode, useEffect, useRef} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {GatewayAnswer} from './answer';

type Props = {answer: Extract<GatewayAnswer, {kind: 'received'}>; forumPath: string; onWrongAddress: () => void};

/** "48 hours", "2 days", in the page's language and its plural rules. */
function duration(locale: string, hours: number): string {
  const days = hours >= 48 && hours % 24 === 0;
  return new Intl.NumberFormat(`${locale}-u-nu-latn`, {style: 'unit', unit: days ? 'day' : 'hour', unitDisplay: 'long'}).format(days ? hours / 24 : hours);
}

/**
 * "Check your email", in the page: the gateway's own words, the address it
 * wrote to (masked) when it says so, where to look, and the way back to the
 * form, text and all, when the address was wrong.
 */
export default function Received({answer, forumPath, onWrongAddress}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="forum-ask__received" aria-labelledby="ask-received">
      <h2 id="ask-received" ref={heading} tabIndex={-1}>
        <Translate id="forum.gateway.received.title" description="Ask page, after sending: heading">Check your email</Translate>
      </h2>
      {answer.message && <p>{answer.message}</p>}
      {answer.maskedEmail && (
        <p>
          {translate({id: 'forum.gateway.received.sentTo', message: 'Sent to:', description: 'Ask page, after sending: before the masked address the link was sent to'})}{' '}
          <strong dir="ltr" translate="no">{answer.maskedEmail}</strong>
        </p>
      )}
      <p>
        <Translate id="forum.gateway.received.spam" description="Ask page, after sending: where to look for the email">
          No email within a few minutes? Look in your spam or junk folder.
        </Translate>
      </p>
      {answer.moderationHours && (
        <p>
          {translate({id: 'forum.gateway.received.moderation', message: 'Once you have confirmed it, a moderator usually reviews your question within {duration}.', description: 'Ask page, after sending: the expected moderation time ("48 hours", "2 days")'}, {duration: duration(i18n.currentLocale, answer.moderationHours)})}
        </p>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={onWrongAddress}>
          <Translate id="forum.gateway.received.wrongAddress" description="Ask page, after sending: button back to the form, filled in, to correct the address">Wrong address? Correct it and send again</Translate>
        </button>
      </p>
      <p>
        <Link to={forumPath}>
          <Translate id="forum.gateway.received.forum" description="Ask page, after sending: link to the forum">Back to the forum</Translate>
        </Link>
      </p>
    </section>
  );
}
