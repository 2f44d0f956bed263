import type {Locale} from '../../locales';
import {toHtml} from 'hast-util-to-html';
import {COUNTRY_GROUPS} from './compute/countries';
import {columnChart} from './charts/columns';
import {numberFormat} from './charts/frame';
import {stackedBarChart} from './charts/stacked';
import {fill, fillCounted} from './labels';
import {INCOME_KEYS} from '../participation/places';
import {MODES} from '../participation/types';
import type {ChartContext} from './charts/frame';
import type {CountryNames} from '../countries/types';
import type {MeetingFigures, Published} from '../participation/figures';
import type {ParticipationContent} from '../participation';
import type {LabelKey, Labels} from './labels';
import type {Cell, Indicator, Section} from './types';
import type {Element} from 'hast';

type Page = {locale: Locale; lang: string; rtl: boolean};

/** A meeting's title in the page's language, else in its own. */
export const meetingTitle = (meeting: MeetingFigures, locale: string) => {
  const lang = meeting.title[locale] !== undefined ? locale : meeting.title[meeting.language] !== undefined ? meeting.language : (Object.keys(meeting.title)[0] ?? 'en');
  return {text: meeting.title[lang] ?? meeting.event, lang};
};

/** The participation section of the indicators page: every number from each meeting's suppressed cells, nothing added up across meetings. */
export function participationSection(content: ParticipationContent, names: CountryNames, labels: Labels, page: Page): Section | null {
  const {meetings, threshold} = content;
  if (meetings.length === 0) return null;
  const number = numberFormat(page.lang);
  const day = new Intl.DateTimeFormat(page.lang, {dateStyle: 'medium', timeZone: 'UTC'});
  const dayText = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const l = (key: string) => labels[key as LabelKey] ?? key;
  const fewer = fill(labels['participation.fewer'], {threshold});
  const cellOf = (value: Published | undefined): Cell =>
    value === 'fewer' ? {value: `<${threshold}`, text: fewer} : value === 'hidden' || value === undefined ? {value: 'hidden', text: labels['participation.hidden']} : {value, text: number.format(value)};
  const chartText = (value: Published | undefined) => cellOf(value).text;
  const drawn = (value: Published | undefined) => (typeof value === 'number' ? value : null);
  /** A share in %, only from published numbers: else hidden. */
  const share = (parts: (Published | undefined)[], total: Published | undefined): Cell => {
    if (typeof total !== 'number' || total === 0 || !parts.every((p): p is number => typeof p === 'number')) return cellOf('hidden');
    const value = Math.round((parts.reduce((a, b) => a + b, 0) / total) * 1000) / 10;
    return {value, text: number.format(value)};
  };
  const sample = meetings.some((m) => m.sample);
  const context: ChartContext = {lang: page.lang, rtl: page.rtl, sampleLabel: sample ? labels.sample : null};
  const svg = (element: Element) => toHtml(element, {space: 'svg'});
  const meetingCells = (m: MeetingFigures): Cell[] => {
    const title = meetingTitle(m, page.locale);
    return [{value: m.event, text: title.text, lang: title.lang === page.locale ? undefined : title.lang}, {value: m.date, text: dayText(m.date)}];
  };
  const leading = [{label: labels['participation.meeting'], numeric: false}, {label: labels['participation.date'], numeric: false}];
  const meta = (covered: MeetingFigures[]) => ({
    source: fillCounted(page.locale, labels['source.participation'], covered.length, {
      first: dayText(covered[0]?.date ?? ''),
      last: dayText(covered.at(-1)?.date ?? ''),
      groupsDate: dayText(content.lists.groupings.as_of),
      fiscalYear: content.lists.income.fiscal_year,
    }),
    asOf: covered.map((m) => m.collected).sort().at(-1) ?? '',
    sample: covered.some((m) => m.sample),
  });
  const indicator = (id: string, title: string, covered: MeetingFigures[], columns: Indicator['table']['columns'], rows: Cell[][], chart: (label: string) => Element): Indicator => ({
    id,
    title,
    ...meta(covered),
    asOfText: dayText(meta(covered).asOf),
    table: {columns, rows},
    svg: covered.length === 0 ? null : svg(chart(fill(labels.chartNote, {title}))),
  });
  /** Meetings × the parts of one breakdown, with the total: a stacked bar per meeting. */
  const breakdown = (id: string, titleKey: LabelKey, parts: {key: string; label: string}[], covered = meetings, totalKey = 'total', totalLabel = labels['participation.total']) =>
    indicator(
      id,
      labels[titleKey],
      covered,
      [...leading, ...parts.map((p) => ({label: p.label, numeric: true})), {label: totalLabel, numeric: true}],
      covered.map((m) => [...meetingCells(m), ...parts.map((p) => cellOf(m.cells[p.key])), cellOf(m.cells[totalKey])]),
      (label) =>
        stackedBarChart(context, {
          label,
          series: parts.map((p) => p.label),
          bars: covered.map((m) => ({label: meetingTitle(m, page.locale).text, lang: meetingTitle(m, page.locale).lang, values: parts.map((p) => drawn(m.cells[p.key])), end: chartText(m.cells[totalKey])})),
        }),
    );
  const groups = COUNTRY_GROUPS.map((group) => ({key: `group.${group}`, label: group === 'unclassified' ? labels['groups.notStated'] : l(`groups.${group}`)}));
  const regionName = new Map(names.regions.map((region) => [region.m49, region.names[page.locale]]));
  const regions = [...names.regions.map((region) => ({key: `region.${region.m49}`, label: regionName.get(region.m49) ?? region.m49})), {key: 'region.unknown', label: labels['groups.notStated']}];
  const incomes = INCOME_KEYS.map((key) => ({key: `income.${key}`, label: l(`income.${key}`)}));
  const modeLabel = {in_person: labels['participation.inPerson'], remote: labels['participation.remote']};

  const priority = ['ldc', 'lldc', 'sids'].map((group) => `group.${group}`);
  const shareRows = meetings.map((m) => [...meetingCells(m), share(priority.map((key) => m.cells[key]), m.cells.total), cellOf(m.cells.total)]);
  const overTime = (rows: Cell[][], covered: MeetingFigures[], column: number) =>
    covered.flatMap((m, i) => {
      const value = rows[i]?.[column]?.value;
      return typeof value === 'number' ? [{label: dayText(m.date), value}] : [];
    });

  const asked = (question: 'gender' | 'firstTime') => meetings.filter((m) => m.asked[question]);
  const ratio = (id: string, titleKey: LabelKey, countKey: LabelKey, cell: string, covered: MeetingFigures[]) => {
    const rows = covered.map((m) => [...meetingCells(m), cellOf(m.cells[cell]), cellOf(m.cells.total), share([m.cells[cell]], m.cells.total)]);
    return indicator(id, labels[titleKey], covered, [...leading, {label: labels[countKey], numeric: true}, {label: labels['participation.total'], numeric: true}, {label: labels.share, numeric: true}], rows, (label) =>
      columnChart(context, {label, points: overTime(rows, covered, 4)}),
    );
  };

  const fellowshipMeetings = meetings.filter((m) => m.asked.fellowships);
  return {
    id: 'participation',
    title: labels['section.participation'],
    sample,
    notes: [
      fill(labels['participation.protectionNote'], {threshold, below: threshold - 1}),
      fill(labels['askers.groupsNote'], {date: dayText(content.lists.groupings.as_of), later: content.lists.groupings.as_of < '2024-12-13' ? labels['askers.laterStp'] : labels['askers.laterAny']}),
      fill(labels['participation.incomeNote'], {fiscalYear: content.lists.income.fiscal_year, date: dayText(content.lists.income.as_of)}),
    ],
    indicators: [
      breakdown('participation-by-group', 'participation.groups.title', groups),
      breakdown('participation-by-region', 'participation.regions.title', regions),
      breakdown('participation-by-income', 'participation.income.title', incomes),
      indicator('participation-share-ldc-lldc-sids', labels['participation.share.title'], meetings, [...leading, {label: labels['participation.share.column'], numeric: true}, {label: labels['participation.total'], numeric: true}], shareRows, (label) =>
        columnChart(context, {label, points: overTime(shareRows, meetings, 2)}),
      ),
      indicator(
        'participation-mode-by-group',
        labels['participation.mode.title'],
        meetings,
        [...leading, {label: labels['participation.mode'], numeric: false}, ...groups.map((g) => ({label: g.label, numeric: true})), {label: labels['participation.total'], numeric: true}],
        meetings.flatMap((m) => MODES.map((mode) => [...meetingCells(m), {value: mode, text: modeLabel[mode]}, ...COUNTRY_GROUPS.map((group) => cellOf(m.cells[`groupMode.${group}.${mode}`])), cellOf(m.cells[`mode.${mode}`])])),
        (label) =>
          stackedBarChart(context, {
            label,
            series: groups.map((g) => g.label),
            bars: meetings.flatMap((m) =>
              MODES.map((mode) => ({
                label: `${meetingTitle(m, page.locale).text} · ${modeLabel[mode]}`,
                values: COUNTRY_GROUPS.map((group) => drawn(m.cells[`groupMode.${group}.${mode}`])),
                end: chartText(m.cells[`mode.${mode}`]),
              })),
            ),
          }),
      ),
      ratio('participation-women', 'participation.women.title', 'participation.women.count', 'women', asked('gender')),
      ratio('participation-first-time', 'participation.firstTime.title', 'participation.firstTime.count', 'firstTime', asked('firstTime')),
      breakdown('participation-fellowships', 'participation.fellowships.title', COUNTRY_GROUPS.map((group) => ({key: `fellowship.${group}`, label: groups.find((g) => g.key === `group.${group}`)?.label ?? group})), fellowshipMeetings, 'fellowships', labels['participation.fellowships.total']),
    ],
  };
}
