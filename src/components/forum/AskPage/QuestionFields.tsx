import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CountryField from './CountryField';
import type {Question} from '@site/plugins/forum/askUrl';
import type {AskProps} from '@site/plugins/forum/props';

/** The form names of the fields whose names differ: GitHub's category form ids, or the gateway's. */
export type FieldNames = {question: string; studyGroup: string};

type Props = Omit<AskProps, 'forum' | 'gateway'> & {names: FieldNames; value: Question; onChange: (question: Question) => void};

/** The question's fields, shared by GitHub's form and the gateway's: the same labels, choices and order. */
export default function QuestionFields({recommendations, studyGroups, countries, names, value, onChange}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const set = (change: Partial<Question>) => onChange({...value, ...change});
  return (
    <>
      <label>
        <Translate id="forum.ask.field.title" description="Ask form field: title">Title</Translate>
        <input name="title" required value={value.title} onChange={(e) => set({title: e.target.value})} />
      </label>
      <label>
        <Translate id="forum.ask.field.question" description="Ask form field: the question">Your question</Translate>
        <textarea name={names.question} required value={value.question} onChange={(e) => set({question: e.target.value})} />
      </label>
      <label>
        <Translate id="forum.ask.field.recommendations" description="Ask form field: Recommendations concerned">Recommendations (hold Ctrl to choose several)</Translate>
        <select name="recommendations" multiple value={value.recommendations} onChange={(e) => set({recommendations: Array.from(e.target.selectedOptions, (o) => o.value)})}>
          {recommendations.map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
      </label>
      <label>
        <Translate id="forum.ask.field.studyGroup" description="Ask form field: study group">Study group</Translate>
        <select name={names.studyGroup} value={value.studyGroup} onChange={(e) => set({studyGroup: e.target.value})}>
          <option value="">{translate({id: 'forum.ask.field.notSure', message: 'Not sure', description: 'Ask form option when the member does not know the study group'})}</option>
          {studyGroups.map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
      </label>
      <CountryField countries={countries} value={value.country} onChange={(country) => set({country})} />
      <label>
        <Translate id="forum.ask.field.language" description="Ask form field: language of the question">Language</Translate>
        <select name="language" value={value.language} onChange={(e) => set({language: e.target.value})}>
          {i18n.locales.map((locale) => <option key={locale} value={locale}>{i18n.localeConfigs[locale]?.label ?? locale}</option>)}
        </select>
      </label>
    </>
  );
}
