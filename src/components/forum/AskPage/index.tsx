import React, {type ReactNode, useRef} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {newQuestionUrl} from '@site/plugins/forum/askUrl';
import {PREFER_NOT_TO_SAY} from '@site/plugins/countries/choices';
import {SampleNotice} from '../common';
import DraftBar from './DraftBar';
import {ChoiceFields, WrittenFields} from './QuestionFields';
import {useDraft} from './useDraft';
import type {Draft} from './draft';
import type {AskProps, ForumContext} from '@site/plugins/forum/props';

/** GitHub's category form names the question `body` and the study group `study-group` (`.github/DISCUSSION_TEMPLATE/q-a.yml`). */
export const GITHUB_NAMES = {question: 'body', studyGroup: 'study-group'};

export const emptyDraft = (language: string): Draft => ({title: '', question: '', recommendations: [], studyGroup: '', country: PREFER_NOT_TO_SAY, language, email: '', name: ''});

/** The ask page around its form: one heading, the sample notice, then the form (`children`). */
export function AskShell({forum, children}: {forum: ForumContext; children: ReactNode}): ReactNode {
  const title = translate({id: 'forum.ask.title', message: 'Ask a question', description: 'Title of the ask page'});
  return (
    <Layout title={title} description={translate({id: 'forum.ask.description', message: 'Ask study-group experts and mentors how to apply an ITU-T Recommendation or take part in the work.', description: 'Meta description of the ask page'})}>
      <main className="container margin-vert--lg forum-page forum-ask">
        <Heading as="h1">{title}</Heading>
        <SampleNotice sample={forum.sample} />
        {children}
      </main>
    </Layout>
  );
}

/**
 * The ask page of a site without the question gateway: a short form that
 * opens GitHub's new-discussion page in the Q&A category with everything
 * prefilled. Without JavaScript it is a plain GET form to the same page,
 * with the question text in the body. The draft stays in the browser.
 */
export default function AskPage({forum, recommendations, studyGroups, countries}: AskProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraft(emptyDraft(i18n.currentLocale), {title: 'title', question: GITHUB_NAMES.question, email: 'email', name: 'name'}, formRef);
  const url = newQuestionUrl(forum.newDiscussionUrl, draft.form);
  return (
    <AskShell forum={forum}>
      <p>
        <Translate id="forum.ask.intro" description="Introduction of the ask page">
          Questions are asked and answered on GitHub Discussions (you need a free GitHub account to ask). This form prepares your question; the button opens GitHub with everything filled in.
        </Translate>
      </p>
      <form ref={formRef} className="forum-form" action={forum.newDiscussionUrl.split('?')[0]} method="get" onSubmit={(event) => { event.preventDefault(); window.open(url, '_blank', 'noopener'); }}>
        <DraftBar draft={draft} />
        <WrittenFields names={GITHUB_NAMES} value={draft.form} onChange={draft.setForm} />
        <ChoiceFields recommendations={recommendations} studyGroups={studyGroups} countries={countries} names={GITHUB_NAMES} value={draft.form} onChange={draft.setForm} />
        <input type="hidden" name="category" value={forum.newDiscussionUrl.split('category=')[1] ?? ''} />
        <button type="submit" className="button button--primary" data-url={url}>
          <Translate id="forum.ask.submit" description="Button that opens GitHub with the question prefilled">Continue on GitHub</Translate>
        </button>
      </form>
    </AskShell>
  );
}
