import {LOCALES} from '../../../locales';
import type {Locale} from '../../../locales';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {importedYaml, importM49} from '../../../plugins/countries/importM49';
import type {M49File} from '../../../plugins/countries/importM49';

const FIXTURES = path.join(__dirname, '../../fixtures/countries');
const meta = {asOf: '2024-09-25', source: 'UNSD M49 overview table'};
const read = (file: string): M49File => ({file: path.basename(file), text: readFileSync(path.join(FIXTURES, file), 'utf8')});
/** The six tables of the fixture (rows copied from UNSD's files), with some replaced. */
const tables = (replaced: Partial<Record<Locale, string>> = {}) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, read(replaced[locale] ?? `m49/m49-overview-${locale}.csv`)])) as Record<Locale, M49File>;

describe('importing the UNSD M49 overview table in the six languages', () => {
  const {groupings, names, problems} = importM49(tables(), meta);

  it('reads the three UN lists from the English table’s columns marked x', () => {
    expect(problems).toEqual([]);
    expect(groupings).toEqual({...{as_of: '2024-09-25', source: 'UNSD M49 overview table'}, ldc: ['BFA', 'KIR', 'MWI', 'STP'], lldc: ['BFA', 'BOL', 'MWI'], sids: ['FJI', 'KIR', 'STP']});
  });

  it('keeps every country’s UN short name in each language, keyed by ISO and M49 code', () => {
    expect(names?.countries.find((country) => country.iso3 === 'BOL')).toEqual({
      iso3: 'BOL',
      m49: '068',
      region: '019',
      names: {en: 'Bolivia (Plurinational State of)', ar: 'بوليفيا (دولة - المتعددة القوميات)', es: 'Bolivia (Estado Plurinacional de)', fr: 'Bolivie (État plurinational de)', ru: 'Боливия (Многонациональное Государство)', zh: '多民族玻利维亚国'},
    });
    expect(names?.countries.find((country) => country.iso3 === 'ATA')?.region).toBeNull();
  });

  it('names the M49 regions in each language, in the table’s order', () => {
    expect(names?.regions.map((region) => [region.m49, region.names.en, region.names.zh])).toEqual([
      ['002', 'Africa', '非洲'],
      ['019', 'Americas', '美洲'],
      ['142', 'Asia', '亚洲'],
      ['150', 'Europe', '欧洲'],
      ['009', 'Oceania', '大洋洲'],
    ]);
  });

  it('writes YAML that reads back to the same data, saying how it was made', () => {
    const yaml = importedYaml(names!, 'm49-overview-en.csv, …');
    expect(yaml.split('\n')[0]).toContain('npm run countries:import');
    expect(parse(yaml)).toEqual(names);
  });
});

describe('hostile names', () => {
  it('stay data: the YAML reads back to exactly the name in the table', () => {
    const hostile = '<img src=x onerror=alert(1)> ""quoted"", # not a comment: - [x]';
    const files = tables();
    files.fr = {...files.fr, text: files.fr.text.replace('"Kenya"', `"${hostile}"`)};
    const {names} = importM49(files, meta);
    const kenya = names?.countries.find((country) => country.iso3 === 'KEN');
    expect(kenya?.names.fr).toBe('<img src=x onerror=alert(1)> "quoted", # not a comment: - [x]');
    expect((parse(importedYaml(names!, 'x')) as typeof names)?.countries.find((country) => country.iso3 === 'KEN')).toEqual(kenya);
  });
});

describe('a table that breaks a rule: nothing is imported, and each problem is named', () => {
  const problemsWith = (replaced: Partial<Record<Locale, string>>) => {
    const result = importM49(tables(replaced), meta);
    expect(result.groupings).toBeNull();
    expect(result.names).toBeNull();
    return result.problems.map((p) => `${p.file}:${p.line} ${p.message}`);
  };

  it('a missing column', () => {
    expect(problemsWith({fr: 'broken/m49-overview-fr.missing-column.csv'})).toEqual([
      expect.stringMatching(/^m49-overview-fr\.missing-column\.csv:1 missing column\(s\) "Region Name"; found: Global Code \| Global Name \| Region Code \| Sub-region Code/),
    ]);
  });

  it('an unknown code or value', () => {
    expect(problemsWith({en: 'broken/m49-overview-en.unknown-code.csv'})).toEqual([
      "m49-overview-en.unknown-code.csv:11 Least Developed Countries (LDC): found 'yes', expected x or nothing",
      "m49-overview-en.unknown-code.csv:12 ISO-alpha3 Code: found 'XKX', expected an ISO 3166-1 alpha-3 code that world-countries knows",
    ]);
  });

  it('a code used twice', () => {
    const files = tables();
    files.es = {...files.es, text: files.es.text.replace('"FJ","FJI"', '"KE","KEN"')};
    expect(importM49(files, meta).problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual(["m49-overview-es.csv:11 ISO-alpha3 Code: found 'KEN', expected a code used once (it is also on line 2)"]);
  });

  it('a language whose codes differ from the English table’s', () => {
    expect(problemsWith({ru: 'broken/m49-overview-ru.codes-differ.csv'})).toEqual([
      'm49-overview-ru.codes-differ.csv:1 missing the countries of m49-overview-en.csv with M49 Code 250 (FRA)',
      'm49-overview-ru.codes-differ.csv:9 M49 Code 400: found ISO JOR, region 150, m49-overview-en.csv:9 has ISO JOR, region 142',
    ]);
  });
});
