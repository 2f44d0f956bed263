import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadGroupings} from '../../../plugins/countries/groupings';
import {loadCountryNames} from '../../../plugins/countries/names';
import {askerIndicators} from '../../../plugins/indicators/compute/askers';
import {countryClassifier, predatesSaoTomeGraduation} from '../../../plugins/indicators/compute/countries';

const {names} = loadCountryNames(path.join(__dirname, '../../..'));
if (!names) throw new Error('data/countries/names.yml is missing or invalid');
const groupings = {as_of: '2026-01-01', source: 'test', ldc: ['MWI', 'KIR'], lldc: ['MWI', 'BOL'], sids: ['KIR', 'FJI']};
const REGIONS = names.regions.map((region) => region.m49);

describe('country classifier', () => {
  const classify = countryClassifier(names, groupings);

  it('puts a country on several UN lists in the first that applies: LDC, LLDC, SIDS, then other countries', () => {
    expect(classify('Malawi').group).toBe('ldc');
    expect(classify('Kiribati (KIR)').group).toBe('ldc');
    expect(classify('Bolivia').group).toBe('lldc');
    expect(classify('斐济').group).toBe('sids');
    expect(classify('France').group).toBe('other');
    expect(classify('Perú').group).toBe('other');
  });

  it('gives the UN M49 region by its code', () => {
    expect(classify('Malawi')).toEqual({code: 'MWI', region: '002', group: 'ldc'});
    expect(classify('Fiji').region).toBe('009');
    expect(classify('Antarctica')).toEqual({code: 'ATA', region: null, group: 'other'});
  });

  it('leaves unknown or missing countries unclassified', () => {
    expect(classify('Atlantis')).toEqual({code: null, region: null, group: 'unclassified'});
    expect(classify(null).group).toBe('unclassified');
  });

  it('counts askers by group, region and country, and reports the names it could not place', () => {
    const result = askerIndicators(['Malawi', 'Atlantis', null, 'Peru', 'Atlantis', 'Malawi (MWI)', 'مالاوي'], classify, REGIONS);
    expect(Object.fromEntries(result.byGroup)).toEqual({ldc: 3, lldc: 0, sids: 0, other: 1, unclassified: 3});
    expect(Object.fromEntries(result.byRegion)).toEqual({'002': 3, '019': 1, '142': 0, '150': 0, '009': 0, null: 3});
    expect(result.byCountry).toEqual([
      {code: 'MWI', region: '002', group: 'ldc', count: 3},
      {code: 'PER', region: '019', group: 'other', count: 1},
    ]);
    expect(result.unrecognized).toEqual(['Atlantis']);
  });

  it('knows when the lists predate São Tomé and Príncipe’s graduation from the LDCs', () => {
    expect(predatesSaoTomeGraduation({...groupings, as_of: '2024-09-25', ldc: ['STP']})).toBe(true);
    expect(predatesSaoTomeGraduation({...groupings, as_of: '2025-03-01', ldc: ['STP']})).toBe(false);
    expect(predatesSaoTomeGraduation({...groupings, as_of: '2024-09-25', ldc: []})).toBe(false);
  });
});

describe('country data files', () => {
  it('are both required: a missing one says how to make it', () => {
    expect(loadGroupings(path.join(__dirname, '../../fixtures/catalogue-site'))).toEqual({
      groupings: null,
      problems: [{file: 'data/countries/groupings.yml', line: 1, field: '(file)', message: 'is missing: run `npm run countries:import` (README, section "Indicators")'}],
    });
    expect(loadCountryNames(path.join(__dirname, '../../fixtures/catalogue-site')).problems[0]?.file).toBe('data/countries/names.yml');
  });

  it('name the line and field of every invalid value', () => {
    const site = path.join(__dirname, '../../fixtures/invalid-groupings-site');
    const {groupings: invalid, problems} = loadGroupings(site);
    expect(invalid).toBeNull();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'data/countries/groupings.yml:2 as_of',
      'data/countries/groupings.yml:3 source',
      'data/countries/groupings.yml:4 ldc[1]',
      'data/countries/groupings.yml:4 ldc[2]',
    ]);
    expect(problems[0]?.message).toContain('expected the date the lists reflect, YYYY-MM-DD');
    expect(problems[2]?.message).toContain("found 'XYZ', expected a list of ISO 3166-1 alpha-3 codes");
    const {names: invalidNames, problems: nameProblems} = loadCountryNames(site);
    expect(invalidNames).toBeNull();
    expect(nameProblems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      "data/countries/names.yml:6 regions[0].names.zh: found nothing (the field is missing), expected the UN short name in zh",
      "data/countries/names.yml:8 countries[0].iso3: found 'Malawi', expected an ISO 3166-1 alpha-3 code such as BFA",
      "data/countries/names.yml:9 countries[0].m49: found 454, expected an M49 code of three digits, such as \"004\"",
    ]);
  });
});
