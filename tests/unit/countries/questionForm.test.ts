import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {countryChoices, countryDropdownOptions, PREFER_NOT_TO_SAY} from '../../../plugins/countries/choices';
import {countryMatcher} from '../../../plugins/countries/match';
import {loadCountryNames} from '../../../plugins/countries/names';
import {QUESTION_FORM_FILE, withCountryDropdown} from '../../../plugins/countries/questionForm';
import type {CountryNames} from '../../../plugins/countries/types';

const ROOT = path.join(__dirname, '../../..');
const {names} = loadCountryNames(ROOT);
if (!names) throw new Error('data/countries/names.yml is missing or invalid');
const form = readFileSync(path.join(ROOT, QUESTION_FORM_FILE), 'utf8');
type Field = {type: string; id?: string; attributes: {label?: string; options?: string[]}};
const countryField = (yaml: string) => (parse(yaml) as {body: Field[]}).body.find((field) => field.id === 'country');

describe('the country of GitHub’s question form', () => {
  it('is a dropdown of every UN name with its code, and "Prefer not to say", as data/countries has them', () => {
    // `npm run countries:import` rewrites it; this fails if the form and the data drift apart.
    expect(withCountryDropdown(form, names)).toBe(form);
    const field = countryField(form);
    expect(field?.type).toBe('dropdown');
    expect(field?.attributes.options?.[0]).toBe(PREFER_NOT_TO_SAY);
    expect(field?.attributes.options).toHaveLength(names.countries.length + 1);
    expect(field?.attributes.options).toContain('Burkina Faso (BFA)');
  });

  it('has options that the indicators place exactly', () => {
    const match = countryMatcher(names);
    for (const country of names.countries) expect(match(`${country.names.en} (${country.iso3})`)?.iso3).toBe(country.iso3);
  });

  it('keeps the rest of the form, comments included', () => {
    const before = form.split('  - type: dropdown\n    id: country')[0];
    expect(withCountryDropdown(form.replace(/( {2}- type: )dropdown(\n {4}id: country)/, '$1input$2'), names).startsWith(before ?? '-')).toBe(true);
    expect(form).toContain('# The form of the Q&A category.');
  });

  it('keeps hostile names as data', () => {
    const hostile: CountryNames = {...names, countries: [{...names.countries[0]!, names: {...names.countries[0]!.names, en: 'X"\n  - type: textarea # <script>'}}]};
    const options = countryField(withCountryDropdown(form, hostile))?.attributes.options;
    expect(options).toEqual([PREFER_NOT_TO_SAY, `X"\n  - type: textarea # <script> (${names.countries[0]!.iso3})`]);
    expect(countryDropdownOptions(hostile)).toEqual(options);
  });

  it('says which file to fix when the form has no country field', () => {
    expect(() => withCountryDropdown('body: []\n', names)).toThrow(`${QUESTION_FORM_FILE}: found no body field with \`id: country\``);
  });
});

describe('the ask page’s countries', () => {
  it('are in the page’s language and its alphabetical order, with the form’s value', () => {
    const french = countryChoices(names, 'fr');
    expect(french.find((choice) => choice.value === 'Côte d’Ivoire (CIV)')?.name).toBe('Côte d’Ivoire');
    const index = (name: string) => french.findIndex((choice) => choice.name === name);
    expect(index('Égypte')).toBeGreaterThan(index('Danemark'));
    expect(index('Égypte')).toBeLessThan(index('Équateur'));
    expect(countryChoices(names, 'zh').find((choice) => choice.value === 'China (CHN)')?.name).toBe('中国');
  });
});
