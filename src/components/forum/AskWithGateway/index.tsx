import React, {type ReactNode, useCallback, useEffect, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {newQuestionUrl} from '@site/plugins/forum/askUrl';
import {GATEWAY_FIELDS} from '@site/plugins/forum/gatewayFields';
import {QUESTION_LIMITS, writtenFieldProblems} from '@site/plugins/forum/questionLimits';
import AskPage, {AskShell, emptyDraft} from '../AskPage';
import DraftBar from '../AskPage/DraftBar';
import {ChoiceFields, WrittenFields} from '../AskPage/QuestionFields';
import TextField from '../AskPage/TextField';
import {useDraft} from '../AskPage/useDraft';
import AltchaField from './AltchaField';
import {sendQuestion, splitErrors} from './answer';
import Received from './Received';
import {usePlural} from '@site/src/lib/usePlural';
import type {Check} from './AltchaField';
import type {GatewayAnswer} from './answer';
import type {Draft} from '../AskPage/draft';
import type {FieldErrors} from '../AskPage/TextField';
import type {AskProps} from '@site/plugins/forum/props';
import type {FieldProblem} from '@site/plugins/forum/questionLimits';
import type {AltchaWidgetElement} from 'altcha';

const NAMES = {question: GATEWAY_FIELDS.question, studyGroup: GATEWAY_FIELDS.studyGroup};
const TYPED = {title: GATEWAY_FIELDS.title, question: GATEWAY_FIELDS.question, email: GATEWAY_FIELDS.email, name: GATEWAY_FIELDS.name};

/** A problem the page finds before sending, in the page's language. */
function problemMessage({field, problem, limit = 0}: FieldProblem, plural: ReturnType<typeof usePlural>): string {
  if (problem === 'tooLong') return plural(translate({id: 'forum.ask.error.tooLong', message: 'Too long: {limit} character at most. Shorten it; your text stays here.|Too long: {limit} characters at most. Shorten it; your text stays here.', description: 'Ask form: a field over the gateway\'s limit, shown beside it (plural forms)'}, {limit}), limit);
  if (problem === 'tooManyLinks') return translate({id: 'forum.ask.error.tooManyLinks', message: 'Too many links: {limit} at most, in the title and the question together.', description: 'Ask form: too many links in the title and question'}, {limit});
  if (field === 'email') return translate({id: 'forum.ask.error.email', message: 'This address cannot receive our email: check it (it looks like name@example.org).', description: 'Ask form: the email address is not one mail can reach (amina@example)'});
  if (field === 'title') return translate({id: 'forum.ask.error.titleMissing', message: 'Give your question a title.', description: 'Ask form: the title is empty'});
  return translate({id: 'forum.ask.error.questionMissing', message: 'Write your question here.', description: 'Ask form: the question is empty'});
}

/** Which of the draft's values each field the gateway names holds: its problem stays shown until the member changes it. */
const fieldValue = (draft: Draft, field: string) =>
  ({title: draft.title, question: draft.question, email: draft.email, name: draft.name, country: draft.country, study_group: draft.studyGroup, recommendations: draft.recommendations.join()})[field];

type Phase = 'editing' | 'waiting' | 'sending' | 'received';
type Refusal = {byField: FieldErrors; general: string[]; sent: Draft; retryAfterSeconds: number | null};

/** "about 20 minutes", in the page's language and its plural rules. */
const minutes = (locale: string, seconds: number) =>
  new Intl.NumberFormat(`${locale}-u-nu-latn`, {style: 'unit', unit: 'minute', unitDisplay: 'long'}).format(Math.max(1, Math.ceil(seconds / 60)));

/**
 * The ask page of a site built with `BSG_HUB_GATEWAY_URL`: one form. "Send my
 * question" goes to the gateway with an email address, no account needed
 * (with JavaScript as JSON, the answer shown in the page; without, a plain
 * post, answered by the gateway's page); "Continue on GitHub" opens GitHub's
 * form with the same fields. The limits are the gateway's, checked before
 * sending; the draft stays in the browser until the gateway takes it.
 */
export default function AskWithGateway(props: AskProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const plural = usePlural();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraft(emptyDraft(i18n.currentLocale), TYPED, formRef);
  // The widget's code is fetched once the member starts on this form, never before.
  const [started, setStarted] = useState(false);
  const [check, setCheck] = useState<Check>({state: 'waiting', payload: null});
  const [phase, setPhase] = useState<Phase>('editing');
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [received, setReceived] = useState<Extract<GatewayAnswer, {kind: 'received'}> | null>(null);
  const widgetRef = useRef<AltchaWidgetElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const onCheck = useCallback((next: Check) => {
    setCheck(next);
    // Send was waiting for a check that cannot run: the form says so, and waits no more.
    if (next.state === 'failed') setPhase((current) => (current === 'waiting' ? 'editing' : current));
  }, []);
  const {gateway, forum} = props;
  const {form} = draft;

  const problems = writtenFieldProblems(form);
  const tooManyRecommendations = form.recommendations.length > QUESTION_LIMITS.recommendations;
  const errors: FieldErrors = {};
  for (const problem of attempted ? problems : []) errors[problem.field] = [...(errors[problem.field] ?? []), problemMessage(problem, plural)];
  for (const [field, messages] of Object.entries(refusal?.byField ?? {})) {
    if (refusal && fieldValue(form, field) === fieldValue(refusal.sent, field)) errors[field] = [...(errors[field] ?? []), ...(messages ?? [])];
  }

  const send = useCallback(async (payload: string) => {
    const element = formRef.current;
    if (!gateway || !element) return;
    setPhase('sending');
    const sent = form;
    const answer = await sendQuestion(gateway.questionsUrl, new FormData(element), payload);
    if (answer.kind === 'received') {
      draft.forget();
      setRefusal(null);
      setReceived(answer);
      setPhase('received');
      return;
    }
    // A solution is good once: a new check starts for the next try.
    widgetRef.current?.reset();
    void widgetRef.current?.verify();
    setPhase('editing');
    setRefusal(answer.kind === 'refused' ? {...splitErrors(answer.errors), sent, retryAfterSeconds: answer.retryAfterSeconds} : {byField: {}, general: [unreachable()], sent, retryAfterSeconds: null});
  }, [gateway, form, formRef, draft]);

  // The page checks the fields itself, in the member's language; without JavaScript the browser's own checks stay.
  useEffect(() => {
    if (formRef.current) formRef.current.noValidate = true;
  }, [formRef]);

  // The optional fields open when they hold a choice (a restored draft) or a problem; only the member folds them.
  const choicesToShow = form.recommendations.length > 0 || form.studyGroup !== '' || tooManyRecommendations || Boolean(errors.recommendations ?? errors.study_group ?? errors.country);
  useEffect(() => {
    if (choicesToShow && detailsRef.current) detailsRef.current.open = true;
  }, [choicesToShow]);

  // Send pressed before the check was done: it goes as soon as the check is.
  useEffect(() => {
    if (phase !== 'waiting') return;
    if (check.state === 'verified' && check.payload) void send(check.payload);
  }, [phase, check, send]);

  if (!gateway) return <AskPage {...props} />;

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase === 'waiting' || phase === 'sending') return;
    setAttempted(true);
    setStarted(true);
    setRefusal(null);
    const first = problems[0]?.field ?? (tooManyRecommendations ? 'recommendations' : null);
    if (first) {
      const field = formRef.current?.elements.namedItem(first);
      if (field instanceof HTMLElement) field.focus();
      else if (field instanceof RadioNodeList) (field[0] as HTMLElement | undefined)?.focus();
      return;
    }
    if (check.state === 'verified' && check.payload) {
      void send(check.payload);
      return;
    }
    setPhase('waiting');
    const widget = widgetRef.current;
    if (widget && check.state !== 'verifying') void widget.verify();
  };

  if (phase === 'received' && received) {
    return (
      <AskShell forum={forum}>
        <Received answer={received} forumPath={forum.paths.forum} onWrongAddress={() => {
          draft.keepAgain();
          setReceived(null);
          setPhase('editing');
        }} />
      </AskShell>
    );
  }

  const stillWrong = attempted && (problems.length > 0 || tooManyRecommendations);
  const retry = refusal?.retryAfterSeconds
    ? [translate({id: 'forum.gateway.retryAfter', message: 'You can send it again in {duration}, or continue on GitHub now. Your text is kept.', description: 'Ask page: when a limit refused the question, when to try again ("20 minutes")'}, {duration: minutes(i18n.currentLocale, refusal.retryAfterSeconds)})]
    : [];
  const general = [...(refusal?.general ?? []), ...retry, ...(phase === 'editing' && check.state === 'failed' && attempted ? [translate({id: 'forum.gateway.checkFailedShort', message: 'The anti-spam check could not run, so your question was not sent. Your text is kept: reload the page, or continue on GitHub.', description: 'Ask page: Send was pressed but the anti-spam check failed'})] : [])];
  const githubUrl = newQuestionUrl(forum.newDiscussionUrl, form);
  return (
    <AskShell forum={forum}>
      <p>
        <Translate id="forum.gateway.intro" description="Ask page: how asking without a GitHub account works">
          No account needed: we send a link to your email address, and your question goes to the moderators only once you open it. When a moderator approves it, it appears in the forum, and the answers reach you by email. Your address is never published nor shown to the moderators.
        </Translate>{' '}
        <Link to="/docs/privacy">{translate({id: 'forum.gateway.privacy', message: 'What we keep, and for how long', description: 'Ask page: link to the privacy page'})}</Link>
      </p>
      <form ref={formRef} className="forum-form" action={gateway.questionsUrl} method="post" onFocus={() => setStarted(true)} onSubmit={submit}>
        <DraftBar draft={draft} />
        <WrittenFields names={NAMES} value={form} onChange={draft.setForm} errors={errors} limits />
        <TextField name={GATEWAY_FIELDS.email} type="email" autoComplete="email" inputMode="email" dir="ltr" required value={form.email} onChange={(email) => draft.setForm({...form, email})} errors={errors.email}
          label={<Translate id="forum.gateway.email" description="Ask form field: the member's email address">Your email address (never published)</Translate>} />
        <TextField name={GATEWAY_FIELDS.name} autoComplete="nickname" dir="auto" value={form.name} onChange={(name) => draft.setForm({...form, name})} errors={errors.name}
          label={<Translate id="forum.gateway.name" description="Ask form field: the name shown with the question">Name shown with your question (optional: else "a member")</Translate>} />
        <details ref={detailsRef} className="forum-form__details">
          <summary>
            <Translate id="forum.ask.details" description="Ask form: the optional fields (Recommendations, study group, country, language), folded">More about your question (optional)</Translate>
          </summary>
          <div className="forum-form__more">
            <ChoiceFields recommendations={props.recommendations} studyGroups={props.studyGroups} countries={props.countries} names={NAMES} value={form} onChange={draft.setForm} errors={errors} />
          </div>
        </details>
        {/* For robots only: off screen, out of the accessibility tree and of the tab order. */}
        <div className="forum-form__trap" aria-hidden="true">
          <label>
            {translate({id: 'forum.gateway.trap', message: 'Leave this field empty', description: 'Label of a hidden anti-spam field that people never see'})}
            <input name={GATEWAY_FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <input type="hidden" name={GATEWAY_FIELDS.locale} value={i18n.currentLocale} />
        <AltchaField challengeUrl={gateway.challengeUrl} started={started} widgetRef={widgetRef} onCheck={onCheck} errors={errors.altcha} />
        {(stillWrong || general.length > 0) && (
          <div className="alert alert--danger" role="alert">
            {stillWrong && <p><Translate id="forum.ask.notSent" description="Ask form: Send was pressed, but some fields need a change">Your question was not sent yet: see the messages beside the fields. Your text is kept.</Translate></p>}
            {general.map((message) => <p key={message}>{message}</p>)}
          </div>
        )}
        <div className="forum-form__actions">
          <button type="submit" className="button button--primary" aria-describedby="ask-progress">
            <Translate id="forum.gateway.submit" description="Button that sends the question to the gateway">Send my question</Translate>
          </button>
          <p id="ask-progress" role="status" className="forum-form__progress">
            {phase === 'waiting' && translate({id: 'forum.gateway.waiting', message: 'Finishing the anti-spam check… Your question will be sent as soon as it is done.', description: 'Ask page: Send was pressed before the anti-spam check finished'})}
            {phase === 'sending' && translate({id: 'forum.gateway.sending', message: 'Sending your question…', description: 'Ask page: the question is being sent'})}
          </p>
        </div>
        <p className="forum-form__github">
          <Translate id="forum.gateway.github" description="Ask page: the other way to ask, on GitHub, with the same fields">Have a GitHub account? You can ask there instead, with what you wrote here (not your address):</Translate>{' '}
          <a className="button button--secondary button--sm" href={githubUrl} target="_blank" rel="noopener noreferrer">
            <Translate id="forum.ask.submit" description="Button that opens GitHub with the question prefilled">Continue on GitHub</Translate>
          </a>
        </p>
      </form>
    </AskShell>
  );
}

const unreachable = () => translate({id: 'forum.gateway.unreachable', message: 'Your question could not be sent: the connection failed or the service is busy. Nothing is lost, your text is still here: try again in a moment, or continue on GitHub.', description: 'Ask page: the gateway could not be reached, or did not answer as expected'});
