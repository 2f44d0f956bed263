import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCountryNames} from '../../../plugins/countries/names';
import {assemble} from '../../../plugins/indicators/assemble';
import {askerIndicators} from '../../../plugins/indicators/compute/askers';
import {countryClassifier} from '../../../plugins/indicators/compute/countries';
import {guidanceIndicators} from '../../../plugins/indicators/compute/guidance';
import {toCsv, toJson} from '../../../plugins/indicators/downloads';
import {labelsFrom} from '../../../plugins/indicators/labels';
import type {Computed} from '../../../plugins/indicators/assemble';

const {names} = loadCountryNames(path.join(__dirname, '../../..'));
if (!names) throw new Error('data/countries/names.yml is missing or invalid');
const groupings = {as_of: '2024-09-25', source: 'UNSD M49 overview table', ldc: ['MWI', 'STP'], lldc: ['MWI'], sids: ['STP']};
const REGIONS = names.regions.map((region) => region.m49);
const countries = {names, groupings};
const askers = askerIndicators(['Malawi', null, 'Jordan (JOR)', 'Malawi (MWI)', 'Atlantis'], countryClassifier(names, groupings), REGIONS);

const computed = (changes: Partial<Computed> = {}): Computed => ({
  forum: {repository: 'bsg-hub/bsg-hub', category: 'Q&A', asOf: '2026-05-31T00:00:00Z', sample: true, threadUrl: (n) => `/forum/${n}`},
  questions: {
    perMonth: [{month: '2026-04', questions: 3}, {month: '2026-05', questions: 1}],
    states: new Map([['accepted', 2], ['replied', 1], ['waiting', 1]]),
    responseTimes: [{studyGroup: null, firstAnswer: {count: 2, median: 1.5, p90: 2.9}, acceptedAnswer: {count: 0, median: null, p90: null}}],
    answersByRole: new Map([['expert', 1], ['mentor', 0], ['member', 2]]),
    longestWaiting: [{number: 7, title: 'Tarifs, "roaming" et E.212', language: 'fr', days: 40}],
  },
  askers,
  countries,
  worldCountriesVersion: '5.1.0',
  guidance: guidanceIndicators([], ['E.164'], '2026-11-29'),
  guidancePages: 0,
  recommendations: 1,
  today: '2026-11-29',
  history: null,
  coverageToday: {fr: 14, ar: 9},
  localeLabels: {fr: 'Français', ar: 'العربية'},
  ...changes,
});

const english = labelsFrom(undefined);
const indicator = (sections: ReturnType<typeof assemble>, id: string) => {
  const found = sections.flatMap((s) => s.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('indicators page sections', () => {
  const sections = assemble(computed(), english, {locale: 'en', lang: 'en', rtl: false});

  it('marks the forum sections, and only those, as sample data', () => {
    expect(sections.map((s) => [s.id, s.sample])).toEqual([
      ['questions', true],
      ['askers', true],
      ['guidance', false],
      ['languages', false],
    ]);
    expect(indicator(sections, 'answer-status').svg).toContain('Sample data');
    expect(indicator(sections, 'pages-per-programme').svg).not.toContain('Sample data');
  });

  it('says what each indicator is computed from and when', () => {
    expect(indicator(sections, 'answer-status')).toMatchObject({source: 'Forum snapshot of bsg-hub/bsg-hub (Q&A)', asOf: '2026-05-31', asOfText: 'May 31, 2026'});
    expect(indicator(sections, 'askers-by-group').source).toBe('Forum snapshot; country names, UN M49 regions and country groups from the UNSD M49 overview table of Sep 25, 2024; other spellings from world-countries 5.1.0');
    expect(indicator(sections, 'translation-coverage').source).toBe('Translation status of this build (no git history available)');
  });

  it('shows formatted text and keeps raw values for the downloads', () => {
    const months = indicator(sections, 'questions-per-month').table.rows;
    expect(months[0]?.[0]).toEqual({value: '2026-04', text: 'Apr 2026'});
    const times = indicator(sections, 'time-to-accepted-answer').table.rows[0];
    expect(times?.map((cell) => cell.value)).toEqual(['All questions', 0, null, null]);
    expect(times?.[2]?.text).toBe('–');
  });

  it('computes shares that add up', () => {
    const shares = indicator(sections, 'answer-status').table.rows.map((row) => row[2]?.value);
    expect(shares).toEqual([50, 25, 25]);
  });

  it('draws today’s translation coverage as bars without history, and lines with it', () => {
    expect(indicator(sections, 'translation-coverage').svg).not.toContain('<path');
    const history = [
      {date: '2026-10-01', commit: 'a', coverage: {fr: 0, ar: 0}},
      {date: '2026-11-01', commit: 'b', coverage: {fr: 14, ar: 9}},
    ];
    const withHistory = indicator(assemble(computed({history}), english, {locale: 'en', lang: 'en', rtl: false}), 'translation-coverage');
    expect(withHistory.svg).toContain('<path');
    expect(withHistory.table.rows.map((row) => row.map((cell) => cell.value))).toEqual([
      ['2026-10-01', 0, 0],
      ['2026-11-01', 14, 9],
    ]);
  });

  it('uses the translated labels', () => {
    const french = labelsFrom({'section.qa': {message: 'Questions et réponses'}});
    expect(assemble(computed(), french, {locale: 'fr', lang: 'fr', rtl: false})[0]?.title).toBe('Questions et réponses');
  });
});

describe('who asks', () => {
  const inLocale = (locale: 'en' | 'ar' | 'zh', lang: string) => assemble(computed(), labelsFrom(undefined), {locale, lang, rtl: locale === 'ar'});
  const rows = (sections: ReturnType<typeof assemble>, id: string) => indicator(sections, id).table.rows.map((row) => row.map((cell) => cell.text));

  it('groups askers as LDC, then LLDC, then SIDS, then other countries, with no developed or developing group', () => {
    expect(rows(inLocale('en', 'en'), 'askers-by-group')).toEqual([
      ['Least developed countries', '2', '40'],
      ['Landlocked developing countries', '0', '0'],
      ['Small island developing States', '0', '0'],
      ['Other countries', '1', '20'],
      ['Not stated or not recognized', '2', '40'],
    ]);
  });

  it('says under the heading what the groups and regions are, and the date of the lists', () => {
    const [note, regions] = inLocale('en', 'en').find((s) => s.id === 'askers')?.notes ?? [];
    expect(note).toContain('The table has no developed or developing classification, so this page makes none.');
    expect(note).toContain('the UN M49 table of Sep 25, 2024');
    expect(note).toContain('Later LDC graduations (São Tomé and Príncipe in December 2024, and those scheduled since) are not reflected.');
    expect(regions).toContain('ITU’s own six regions (Africa, Americas, Arab States, Asia-Pacific, CIS, Europe) are not published in machine-readable form');
    const newer = assemble(computed({countries: {names, groupings: {...groupings, as_of: '2025-06-30', ldc: ['MWI']}}}), english, {locale: 'en', lang: 'en', rtl: false});
    expect(newer.find((s) => s.id === 'askers')?.notes?.[0]).toContain('Later LDC graduations (any since that date) are not reflected.');
  });

  it('names countries and regions in the page’s language, from the UN names', () => {
    expect(rows(inLocale('ar', 'ar'), 'askers-by-country')).toEqual([
      ['ملاوي', 'Least developed countries', 'أفريقيا', '2'],
      ['الأردن', 'Other countries', 'آسيا', '1'],
    ]);
    expect(rows(inLocale('zh', 'zh-Hans'), 'askers-by-region').map((row) => row[0])).toEqual(['非洲', '美洲', '亚洲', '欧洲', '大洋洲', 'Not stated or not recognized']);
    expect(indicator(inLocale('zh', 'zh-Hans'), 'askers-by-country').svg).toContain('马拉维');
  });

  it('draws hostile names as text', () => {
    const hostileNames = {...names, countries: names.countries.map((country) => (country.iso3 === 'MWI' ? {...country, names: {...country.names, en: '<script>alert(1)</script>'}} : country))};
    const svg = indicator(assemble(computed({countries: {names: hostileNames, groupings}}), english, {locale: 'en', lang: 'en', rtl: false}), 'askers-by-country').svg;
    expect(svg).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(svg).not.toContain('<script>');
  });

  it('downloads countries by their ISO code', () => {
    expect(toCsv(indicator(inLocale('en', 'en'), 'askers-by-country'))).toBe('Country,Country group,Region,Questions\nMWI,Least developed countries,Africa,2\nJOR,Other countries,Asia,1\n');
  });
});

describe('downloads', () => {
  const waiting = indicator(assemble(computed(), english, {locale: 'en', lang: 'en', rtl: false}), 'longest-waiting');

  it('writes the table as CSV, quoting what needs it', () => {
    expect(toCsv(waiting)).toBe('Question,Title,Days waiting\n7,"Tarifs, ""roaming"" et E.212",40\n');
    const months = indicator(assemble(computed(), english, {locale: 'en', lang: 'en', rtl: false}), 'questions-per-month');
    expect(toCsv(months)).toBe('Month,Questions\n2026-04,3\n2026-05,1\n');
  });

  it('writes JSON with the source, the date and whether it is a sample', () => {
    expect(JSON.parse(toJson(waiting))).toEqual({
      id: 'longest-waiting',
      title: 'Longest-waiting unanswered questions',
      source: 'Forum snapshot of bsg-hub/bsg-hub (Q&A)',
      as_of: '2026-05-31',
      sample: true,
      columns: ['Question', 'Title', 'Days waiting'],
      rows: [[7, 'Tarifs, "roaming" et E.212', 40]],
    });
  });
});
