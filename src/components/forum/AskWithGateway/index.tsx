import React, {type ReactNode, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import {GATEWAY_FIELDS, GATEWAY_LIMITS} from '@site/plugins/forum/gatewayFields';
import AskPage, {emptyQuestion} from '../AskPage';
import QuestionFields from '../AskPage/QuestionFields';
import AltchaField from './AltchaField';
import type {AskProps} from '@site/plugins/forum/props';

const HEADING = () => translate({id: 'forum.gateway.heading', message: 'Ask without a GitHub account', description: 'Heading of the ask form that posts to the question gateway'});

/**
 * The ask page of a site built with `BSG_HUB_GATEWAY_URL`: GitHub's form,
 * then a form that posts the same question, an email address and a display
 * name to the gateway. It is a plain form post: the gateway answers with a
 * page in the member's language, with or without JavaScript here.
 */
export default function AskWithGateway(props: AskProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const [form, setForm] = useState(emptyQuestion(i18n.currentLocale));
  // The widget's code is fetched once the member starts on this form, never before.
  const [started, setStarted] = useState(false);
  const {gateway} = props;
  if (!gateway) return <AskPage {...props} />;
  const lead = (
    <p>
      <Translate id="forum.gateway.choice" description="Ask page with the gateway: the two ways to ask">
        You can ask on GitHub, with a free GitHub account, or without an account, with your email address:
      </Translate>{' '}
      <a href="#ask-without-github">{HEADING()}</a>
    </p>
  );
  return (
    <AskPage {...props} lead={lead}>
      <Heading as="h2" id="ask-without-github">{HEADING()}</Heading>
      <p>
        <Translate id="forum.gateway.intro" description="Ask page: how asking without a GitHub account works">
          We send a link to your email address: your question goes to the moderators only once you open it. When a moderator approves it, it appears in the forum, and the answers reach you by email. Your address is never published nor shown to the moderators.
        </Translate>{' '}
        <Link to="/docs/privacy">{translate({id: 'forum.gateway.privacy', message: 'What we keep, and for how long', description: 'Ask page: link to the privacy page'})}</Link>
      </p>
      <form className="forum-form" action={gateway.questionsUrl} method="post" onFocus={() => setStarted(true)}>
        <QuestionFields recommendations={props.recommendations} studyGroups={props.studyGroups} countries={props.countries} names={GATEWAY_FIELDS} value={form} onChange={setForm} />
        <label>
          <Translate id="forum.gateway.email" description="Ask form field: the member's email address">Your email address (never published)</Translate>
          <input type="email" name={GATEWAY_FIELDS.email} required maxLength={GATEWAY_LIMITS.emailChars} autoComplete="email" />
        </label>
        <label>
          <Translate id="forum.gateway.name" description="Ask form field: the name shown with the question">Name shown with your question (optional: else "a member")</Translate>
          <input name={GATEWAY_FIELDS.name} maxLength={GATEWAY_LIMITS.nameChars} autoComplete="nickname" />
        </label>
        {/* For robots only: off screen, out of the accessibility tree and of the tab order. */}
        <div className="forum-form__trap" aria-hidden="true">
          <label>
            {translate({id: 'forum.gateway.trap', message: 'Leave this field empty', description: 'Label of a hidden anti-spam field that people never see'})}
            <input name={GATEWAY_FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <input type="hidden" name={GATEWAY_FIELDS.locale} value={i18n.currentLocale} />
        <AltchaField challengeUrl={gateway.challengeUrl} started={started} />
        <button type="submit" className="button button--primary">
          <Translate id="forum.gateway.submit" description="Button that sends the question to the gateway">Send my question</Translate>
        </button>
      </form>
    </AskPage>
  );
}
