import React, {type ReactNode, useId} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {measure, QUESTION_LIMITS} from '@site/plugins/forum/questionLimits';
import CountryField from './CountryField';
import RecommendationPicker from './RecommendationPicker';
import TextField from './TextField';
import {usePlural} from '@site/src/lib/usePlural';
import type {Draft} from './draft';
import type {FieldErrors} from './TextField';
import type {AskProps} from '@site/plugins/forum/props';

/** The form names of the fields whose names differ: GitHub's category form ids, or the gateway's. */
export type FieldNames = {question: string; studyGroup: string};

type Common = {names: FieldNames; value: Draft; onChange: (draft: Draft) => void; errors?: FieldErrors};

/**
 * The title and the question. With `limits` (the gateway's form), live
 * counters of the gateway's own limits (`questionLimits.ts`); GitHub's form
 * has GitHub's rules.
 */
export function WrittenFields({names, value, onChange, errors = {}, limits = false}: Common & {limits?: boolean}): ReactNode {
  const measured = measure(value);
  const links = limits && measured.links > 0 && (
    <small className={measured.links > QUESTION_LIMITS.links ? 'forum-form__count forum-form__count--over' : 'forum-form__count'}>
      {translate({id: 'forum.ask.count.links', message: 'Links: {count} of {limit} at most (title and question together)', description: 'Ask form: the links counted in the title and the question, and the gateway\'s limit'}, {count: measured.links, limit: QUESTION_LIMITS.links})}
    </small>
  );
  return (
    <>
      <TextField name="title" label={<Translate id="forum.ask.field.title" description="Ask form field: title">Title</Translate>} required value={value.title} dir="auto"
        onChange={(title) => onChange({...value, title})} errors={errors.title} {...(limits ? {count: {used: measured.titleChars, limit: QUESTION_LIMITS.titleChars}} : {})} />
      <TextField name={names.question} multiline label={<Translate id="forum.ask.field.question" description="Ask form field: the question">Your question</Translate>} required value={value.question} dir="auto"
        onChange={(question) => onChange({...value, question})} errors={errors.question} {...(limits ? {count: {used: measured.questionChars, limit: QUESTION_LIMITS.questionChars}} : {})} />
      {links}
    </>
  );
}

/** The question's choices, shared by GitHub's form and the gateway's: the same labels, choices and order. */
export function ChoiceFields({recommendations, studyGroups, countries, names, value, onChange, errors = {}}: Omit<AskProps, 'forum' | 'gateway'> & Common): ReactNode {
  const {i18n} = useDocusaurusContext();
  const plural = usePlural();
  const id = useId();
  const set = (change: Partial<Draft>) => onChange({...value, ...change});
  const tooMany = value.recommendations.length > QUESTION_LIMITS.recommendations
    ? [plural(translate({id: 'forum.ask.error.tooManyRecommendations', message: 'Tick {limit} Recommendation at most.|Tick {limit} Recommendations at most.', description: 'Ask form: too many Recommendations ticked (plural forms)'}, {limit: QUESTION_LIMITS.recommendations}), QUESTION_LIMITS.recommendations)]
    : [];
  const groupErrors = errors[names.studyGroup] ?? [];
  return (
    <>
      <RecommendationPicker choices={recommendations} value={value.recommendations} onChange={(chosen) => set({recommendations: chosen})} error={[...tooMany, ...(errors.recommendations ?? [])].join(' ') || undefined} />
      <div className="forum-form__field">
        <label htmlFor={`${id}-group`}>
          <Translate id="forum.ask.field.studyGroup" description="Ask form field: study group">Study group</Translate>
        </label>
        <select id={`${id}-group`} name={names.studyGroup} value={value.studyGroup} onChange={(e) => set({studyGroup: e.target.value})} aria-describedby={groupErrors.length > 0 ? `${id}-group-error` : undefined}>
          <option value="">{translate({id: 'forum.ask.field.notSure', message: 'Not sure', description: 'Ask form option when the member does not know the study group'})}</option>
          {studyGroups.map((group) => <option key={group.id} value={group.id}>{`${group.id} — ${group.title}`}</option>)}
        </select>
        {groupErrors.length > 0 && <p id={`${id}-group-error`} className="forum-form__error">{groupErrors.join(' ')}</p>}
      </div>
      <CountryField countries={countries} value={value.country} onChange={(country) => set({country})} />
      <div className="forum-form__field">
        <label htmlFor={`${id}-language`}>
          <Translate id="forum.ask.field.language" description="Ask form field: language of the question">Language</Translate>
        </label>
        <select id={`${id}-language`} name="language" value={value.language} onChange={(e) => set({language: e.target.value})}>
          {i18n.locales.map((locale) => <option key={locale} value={locale}>{i18n.localeConfigs[locale]?.label ?? locale}</option>)}
        </select>
      </div>
    </>
  );
}
