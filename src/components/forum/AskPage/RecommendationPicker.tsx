import React, {type ReactNode, useId, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {normalizeName} from '@site/plugins/countries/normalize';
import {usePlural} from '@site/src/lib/usePlural';
import type {NamedChoice} from '@site/plugins/forum/props';

type Props = {choices: NamedChoice[]; value: string[]; onChange: (value: string[]) => void; error?: string};

/** A Recommendation matches by its number ("e164", "E.164") or by words of its title, without case or accents. */
const matches = (choice: NamedChoice, query: string) =>
  query === '' || normalizeName(choice.id).replace(/ /g, '').includes(query.replace(/ /g, '')) || normalizeName(choice.title).includes(query);

/**
 * The Recommendations a question concerns: a checkbox each, with its number
 * and title, in a list that scrolls on its own. Checkboxes work by touch, by
 * keyboard and with screen readers, and without JavaScript (each sends one
 * `recommendations` value); with it, a box above narrows the list as one
 * types, and the chosen ones stay in view.
 */
export default function RecommendationPicker({choices, value, onChange, error}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const plural = usePlural();
  const [query, setQuery] = useState('');
  const id = useId();
  const normalized = normalizeName(query);
  const shown = choices.filter((choice) => value.includes(choice.id) || matches(choice, normalized));
  const toggle = (choice: string, checked: boolean) => onChange(checked ? [...value, choice] : value.filter((item) => item !== choice));
  return (
    <fieldset className="forum-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        <Translate id="forum.ask.field.recommendationsPick" description="Ask form: the list of Recommendations to tick (optional)">Recommendations concerned (optional: tick any)</Translate>
      </legend>
      {isBrowser && (
        <div className="forum-form__filter">
          <label>
            <Translate id="forum.ask.field.recommendationsFilter" description="Ask form: search box that narrows the list of Recommendations">Find a Recommendation (its number or words of its title)</Translate>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-controls={`${id}-list`} aria-describedby={`${id}-count`} autoComplete="off" />
          </label>
          <small id={`${id}-count`} role="status">
            {plural(translate({id: 'forum.ask.field.recommendationsCount', message: '{count} of {total} Recommendation shown, {chosen} ticked|{count} of {total} Recommendations shown, {chosen} ticked', description: 'Ask form: how many Recommendations match what was typed, and how many are ticked (plural forms, by {total})'}, {count: shown.length, total: choices.length, chosen: value.length}), choices.length)}
          </small>
        </div>
      )}
      <ul id={`${id}-list`} className="forum-picker__list">
        {choices.map((choice) => (
          <li key={choice.id} hidden={!shown.includes(choice)}>
            <label>
              <input type="checkbox" name="recommendations" value={choice.id} checked={value.includes(choice.id)} onChange={(e) => toggle(choice.id, e.target.checked)} />
              <span><span translate="no">{choice.id}</span> — <span lang="en">{choice.title}</span></span>
            </label>
          </li>
        ))}
      </ul>
      {error && <p id={`${id}-error`} className="forum-form__error">{error}</p>}
    </fieldset>
  );
}
