import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {askerIndicators} from '../../../plugins/indicators/compute/askers';
import {countryClassifier} from '../../../plugins/indicators/compute/countries';
import {loadGroupings} from '../../../plugins/indicators/groupings';

const groupings = {as_of: '2026-01-01', source: 'test', ldc: ['MWI', 'KIR'], lldc: ['MWI', 'BOL'], sids: ['KIR', 'FJI'], developed: ['FRA']};

describe('country classifier', () => {
  const classify = countryClassifier(groupings);

  it('recognizes common, official and accent-free names and ISO codes', () => {
    expect(classify('Laos').code).toBe('LAO');
    expect(classify("Lao People's Democratic Republic").code).toBe('LAO');
    expect(classify('Cote d’Ivoire').code).toBe('CIV');
    expect(classify('bol').code).toBe('BOL');
  });

  it('puts a country on several UN lists in the first that applies: LDC, LLDC, SIDS', () => {
    expect(classify('Malawi').group).toBe('ldc');
    expect(classify('Kiribati').group).toBe('ldc');
    expect(classify('Bolivia').group).toBe('lldc');
    expect(classify('Fiji').group).toBe('sids');
    expect(classify('France').group).toBe('developed');
    expect(classify('Peru').group).toBe('developing');
  });

  it('gives the UN M49 region', () => {
    expect(classify('Malawi').region).toBe('Africa');
    expect(classify('Fiji').region).toBe('Oceania');
  });

  it('leaves unknown or missing countries, and every country without a dataset, unclassified', () => {
    expect(classify('Atlantis')).toEqual({code: null, region: null, group: 'unclassified'});
    expect(classify(null).group).toBe('unclassified');
    expect(countryClassifier(null)('Malawi')).toEqual({code: 'MWI', region: 'Africa', group: 'unclassified'});
  });

  it('counts askers and reports the names it could not place', () => {
    const result = askerIndicators(['Malawi', 'Atlantis', null, 'Peru', 'Atlantis'], classify);
    expect(Object.fromEntries(result.byGroup)).toEqual({ldc: 1, lldc: 0, sids: 0, developing: 1, developed: 0, unclassified: 3});
    expect(result.byRegion.get('Africa')).toBe(1);
    expect(result.byRegion.get(null)).toBe(3);
    expect(result.unrecognized).toEqual(['Atlantis']);
  });
});

describe('country groupings file', () => {
  it('is optional', () => {
    expect(loadGroupings(path.join(__dirname, '../../fixtures/catalogue-site'))).toEqual({groupings: null, problems: []});
  });

  it('names the line and field of every invalid value', () => {
    const {groupings, problems} = loadGroupings(path.join(__dirname, '../../fixtures/invalid-groupings-site'));
    expect(groupings).toBeNull();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'data/countries/groupings.yml:2 as_of',
      'data/countries/groupings.yml:3 source',
      'data/countries/groupings.yml:4 ldc[1]',
      'data/countries/groupings.yml:4 ldc[2]',
    ]);
    expect(problems[0]?.message).toContain('expected the date the lists reflect, YYYY-MM-DD');
    expect(problems[2]?.message).toContain("found 'XYZ', expected a list of ISO 3166-1 alpha-3 codes");
  });
});
