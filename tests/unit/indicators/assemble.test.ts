import {describe, expect, it} from 'vitest';
import {assemble} from '../../../plugins/indicators/assemble';
import {askerIndicators} from '../../../plugins/indicators/compute/askers';
import {countryClassifier} from '../../../plugins/indicators/compute/countries';
import {guidanceIndicators} from '../../../plugins/indicators/compute/guidance';
import {toCsv, toJson} from '../../../plugins/indicators/downloads';
import {labelsFrom} from '../../../plugins/indicators/labels';
import type {Computed} from '../../../plugins/indicators/assemble';

const computed = (changes: Partial<Computed> = {}): Computed => ({
  forum: {repository: 'bsg-hub/bsg-hub', category: 'Q&A', asOf: '2026-05-31T00:00:00Z', sample: true, threadUrl: (n) => `/forum/${n}`},
  questions: {
    perMonth: [{month: '2026-04', questions: 3}, {month: '2026-05', questions: 1}],
    states: new Map([['accepted', 2], ['replied', 1], ['waiting', 1]]),
    responseTimes: [{studyGroup: null, firstAnswer: {count: 2, median: 1.5, p90: 2.9}, acceptedAnswer: {count: 0, median: null, p90: null}}],
    answersByRole: new Map([['expert', 1], ['mentor', 0], ['member', 2]]),
    longestWaiting: [{number: 7, title: 'Tarifs, "roaming" et E.212', language: 'fr', days: 40}],
  },
  askers: askerIndicators(['Malawi', null], countryClassifier(null)),
  groupingsAsOf: null,
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
  const sections = assemble(computed(), english, {lang: 'en', rtl: false});

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
    expect(indicator(sections, 'askers-by-group').source).toContain('no dataset yet');
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
    const withHistory = indicator(assemble(computed({history}), english, {lang: 'en', rtl: false}), 'translation-coverage');
    expect(withHistory.svg).toContain('<path');
    expect(withHistory.table.rows.map((row) => row.map((cell) => cell.value))).toEqual([
      ['2026-10-01', 0, 0],
      ['2026-11-01', 14, 9],
    ]);
  });

  it('uses the translated labels', () => {
    const french = labelsFrom({'section.qa': {message: 'Questions et réponses'}});
    expect(assemble(computed(), french, {lang: 'fr', rtl: false})[0]?.title).toBe('Questions et réponses');
  });
});

describe('downloads', () => {
  const waiting = indicator(assemble(computed(), english, {lang: 'en', rtl: false}), 'longest-waiting');

  it('writes the table as CSV, quoting what needs it', () => {
    expect(toCsv(waiting)).toBe('Question,Title,Days waiting\n7,"Tarifs, ""roaming"" et E.212",40\n');
    const months = indicator(assemble(computed(), english, {lang: 'en', rtl: false}), 'questions-per-month');
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
