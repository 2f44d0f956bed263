import React, {type ReactNode, useId, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {PREFER_NOT_TO_SAY} from '@site/plugins/countries/choices';
import {normalizeName} from '@site/plugins/countries/normalize';
import {usePlural} from '@site/src/lib/usePlural';
import type {CountryChoice} from '@site/plugins/countries/choices';

type Props = {countries: CountryChoice[]; value: string; onChange: (value: string) => void};

/** A choice matches what was typed by its name in the page's language, its English name or its code, without accents or case. */
const matches = (choice: CountryChoice, query: string) => query === '' || normalizeName(choice.name).includes(query) || normalizeName(choice.value).includes(query);

/**
 * The asker's country: a plain <select> of the UN names in the page's
 * language (the value is the form's "Name (ISO)"), which works without
 * JavaScript and lets the keyboard jump by first letters. With JavaScript a
 * search box above it narrows the list as one types; the list stays a
 * native select, so screen readers and phones handle it as usual.
 */
export default function CountryField({countries, value, onChange}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const plural = usePlural();
  const [query, setQuery] = useState('');
  const id = useId();
  const shown = countries.filter((choice) => matches(choice, normalizeName(query)));
  const filter = (typed: string) => {
    setQuery(typed);
    const found = countries.filter((choice) => matches(choice, normalizeName(typed)));
    // The select shows the first match when the chosen country is filtered out.
    if (found.length > 0 && !found.some((choice) => choice.value === value)) onChange(found[0]!.value);
  };
  const selected = countries.find((choice) => choice.value === value);
  const options = selected && !shown.includes(selected) ? [selected, ...shown] : shown;
  return (
    <>
      {isBrowser && (
        <div className="forum-form__filter">
          <label>
            <Translate id="forum.ask.field.countryFilter" description="Ask form: search box that narrows the list of countries">
              Find your country (type part of its name)
            </Translate>
            <input type="search" value={query} onChange={(e) => filter(e.target.value)} aria-controls={`${id}-country`} aria-describedby={`${id}-count`} autoComplete="off" />
          </label>
          <small id={`${id}-count`} role="status">
            {plural(translate({id: 'forum.ask.field.countryCount', message: '{count} of {total} country|{count} of {total} countries', description: 'Ask form: how many countries match what was typed (plural forms, by {total})'}, {count: shown.length, total: countries.length}), countries.length)}
          </small>
        </div>
      )}
      <label>
        <Translate id="forum.ask.field.country" description="Ask form field: country">Country</Translate>
        <select id={`${id}-country`} name="country" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value={PREFER_NOT_TO_SAY}>{translate({id: 'forum.ask.field.preferNotToSay', message: 'Prefer not to say', description: 'Ask form option when the member does not want to name a country'})}</option>
          {options.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
