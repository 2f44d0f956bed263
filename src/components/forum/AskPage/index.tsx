import React, {type ReactNode, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {newQuestionUrl} from '@site/plugins/forum/askUrl';
import {PREFER_NOT_TO_SAY} from '@site/plugins/countries/choices';
import {SampleNotice} from '../common';
import CountryField from './CountryField';
import type {AskProps} from '@site/plugins/forum/props';

/**
 * A short form that opens GitHub's new-discussion page in the Q&A category
 * with everything prefilled. Without JavaScript it is a plain GET form to
 * the same page, with the question text in the body.
 */
export default function AskPage({forum, recommendations, studyGroups, countries}: AskProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const [form, setForm] = useState({title: '', question: '', recommendations: [] as string[], studyGroup: '', country: PREFER_NOT_TO_SAY, language: i18n.currentLocale});
  const url = newQuestionUrl(forum.newDiscussionUrl, form);
  const title = translate({id: 'forum.ask.title', message: 'Ask a question', description: 'Title of the ask page'});
  return (
    <Layout title={title} description={translate({id: 'forum.ask.description', message: 'Ask study-group experts and mentors how to apply an ITU-T Recommendation or take part in the work.', description: 'Meta description of the ask page'})}>
      <main className={`container margin-vert--lg forum-page`}>
        <Heading as="h1">{title}</Heading>
        <SampleNotice sample={forum.sample} />
        <p>
          <Translate id="forum.ask.intro" description="Introduction of the ask page">
            Questions are asked and answered on GitHub Discussions (you need a free GitHub account to ask). This form prepares your question; the button opens GitHub with everything filled in.
          </Translate>
        </p>
        <form className="forum-form" action={forum.newDiscussionUrl.split('?')[0]} method="get" onSubmit={(event) => { event.preventDefault(); window.open(url, '_blank', 'noopener'); }}>
          <label>
            <Translate id="forum.ask.field.title" description="Ask form field: title">Title</Translate>
            <input name="title" required value={form.title} onChange={(e) => setForm({...form, title: e.target.value})} />
          </label>
          <label>
            <Translate id="forum.ask.field.question" description="Ask form field: the question">Your question</Translate>
            <textarea name="body" required value={form.question} onChange={(e) => setForm({...form, question: e.target.value})} />
          </label>
          <label>
            <Translate id="forum.ask.field.recommendations" description="Ask form field: Recommendations concerned">Recommendations (hold Ctrl to choose several)</Translate>
            <select name="recommendations" multiple value={form.recommendations} onChange={(e) => setForm({...form, recommendations: Array.from(e.target.selectedOptions, (o) => o.value)})}>
              {recommendations.map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
          </label>
          <label>
            <Translate id="forum.ask.field.studyGroup" description="Ask form field: study group">Study group</Translate>
            <select name="study-group" value={form.studyGroup} onChange={(e) => setForm({...form, studyGroup: e.target.value})}>
              <option value="">{translate({id: 'forum.ask.field.notSure', message: 'Not sure', description: 'Ask form option when the member does not know the study group'})}</option>
              {studyGroups.map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
          </label>
          <CountryField countries={countries} value={form.country} onChange={(country) => setForm({...form, country})} />
          <label>
            <Translate id="forum.ask.field.language" description="Ask form field: language of the question">Language</Translate>
            <select name="language" value={form.language} onChange={(e) => setForm({...form, language: e.target.value})}>
              {i18n.locales.map((locale) => <option key={locale} value={locale}>{i18n.localeConfigs[locale]?.label ?? locale}</option>)}
            </select>
          </label>
          <input type="hidden" name="category" value={forum.newDiscussionUrl.split('category=')[1] ?? ''} />
          <button type="submit" className="button button--primary" data-url={url}>
            <Translate id="forum.ask.submit" description="Button that opens GitHub with the question prefilled">Continue on GitHub</Translate>
          </button>
        </form>
      </main>
    </Layout>
  );
}
