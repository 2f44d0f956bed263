import type {Locale} from '../../locales';
import {toHtml} from 'hast-util-to-html';
import {barChart} from './charts/bars';
import {columnChart} from './charts/columns';
import {panelChart} from './charts/panels';
import {numberFormat} from './charts/frame';
import {ANSWER_STATES, ROLES} from './compute/questions';
import {COUNTRY_GROUPS, predatesSaoTomeGraduation} from './compute/countries';
import {percent} from './compute/stats';
import {fill, fillCounted} from './labels';
import type {ChartContext} from './charts/frame';
import type {AskerIndicators} from './compute/askers';
import type {GuidanceIndicators} from './compute/guidance';
import type {QuestionIndicators, ResponseTimes} from './compute/questions';
import type {CoveragePoint} from './languages/coverageHistory';
import type {CountryGroupings, CountryNames} from '../countries/types';
import type {LabelKey, Labels} from './labels';
import type {Cell, Indicator, Section, Table} from './types';
import type {Element} from 'hast';

/** Everything the page shows, computed from the site's data. */
export type Computed = {
  forum: {repository: string; category: string; asOf: string; sample: boolean; threadUrl: (number: number) => string};
  questions: QuestionIndicators;
  askers: AskerIndicators;
  /** The UN names and groups the askers are placed with (`data/countries/`). */
  countries: {names: CountryNames; groupings: CountryGroupings};
  worldCountriesVersion: string;
  guidance: GuidanceIndicators;
  guidancePages: number;
  recommendations: number;
  today: string;
  /** Coverage over time (git history), or `null` without history. */
  history: CoveragePoint[] | null;
  /** Today's coverage per locale, used without history. */
  coverageToday: Record<string, number>;
  localeLabels: Record<string, string>;
};

type Page = {locale: Locale; lang: string; rtl: boolean};

/** Builds the sections of the indicators page in one language. */
export function assemble(data: Computed, labels: Labels, page: Page): Section[] {
  const number = numberFormat(page.lang);
  const month = new Intl.DateTimeFormat(page.lang, {month: 'short', year: 'numeric', timeZone: 'UTC'});
  const day = new Intl.DateTimeFormat(page.lang, {dateStyle: 'medium', timeZone: 'UTC'});
  const monthText = (yyyyMm: string) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`));
  const dayText = (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const l = (key: string) => labels[key as LabelKey] ?? key;
  const numeric = (value: number | null): Cell => ({value, text: value === null ? '–' : number.format(value)});
  const text = (value: string, shown = value): Cell => ({value, text: shown});

  const context = (sample: boolean): ChartContext => ({lang: page.lang, rtl: page.rtl, sampleLabel: sample ? labels.sample : null});
  const svg = (element: Element) => toHtml(element, {space: 'svg'});
  const indicator = (id: string, title: string, meta: {source: string; asOf: string; sample: boolean}, table: Table, chart: ((c: ChartContext, label: string) => Element) | null): Indicator => ({
    id,
    title,
    ...meta,
    asOf: meta.asOf.slice(0, 10),
    asOfText: dayText(meta.asOf),
    table,
    svg: chart && svg(chart(context(meta.sample), fill(labels.chartNote, {title}))),
  });
  /** A count per category with its share: the shape of most indicators here. */
  const counted = (id: string, titleKey: LabelKey, columnKey: LabelKey, countKey: LabelKey, counts: [string, number][], meta: {source: string; asOf: string; sample: boolean}, withShare = true) => {
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    const title = labels[titleKey];
    return indicator(
      id,
      title,
      meta,
      {
        columns: [{label: labels[columnKey], numeric: false}, {label: labels[countKey], numeric: true}, ...(withShare ? [{label: labels.share, numeric: true}] : [])],
        rows: counts.map(([label, count]) => [text(label), numeric(count), ...(withShare ? [numeric(percent(count, total))] : [])]),
      },
      (c, label) => barChart(c, {label, series: [{label: labels[countKey]}], categories: counts.map(([category, count]) => ({label: category, values: [count]}))}),
    );
  };

  const forum = {source: fill(labels['source.forum'], {repository: data.forum.repository, category: data.forum.category}), asOf: data.forum.asOf, sample: data.forum.sample};
  const q = data.questions;
  const times = (id: string, titleKey: LabelKey, pick: (t: ResponseTimes) => ResponseTimes['firstAnswer']) =>
    indicator(
      id,
      labels[titleKey],
      forum,
      {
        columns: [{label: labels['times.group'], numeric: false}, {label: labels['times.count'], numeric: true}, {label: labels['times.median'], numeric: true}, {label: labels['times.p90'], numeric: true}],
        rows: q.responseTimes.map((t) => [text(t.studyGroup ?? labels['times.all']), numeric(pick(t).count), numeric(pick(t).median), numeric(pick(t).p90)]),
      },
      (c, label) =>
        barChart(c, {
          label,
          series: [{label: labels['times.median']}, {label: labels['times.p90']}],
          categories: q.responseTimes.map((t) => ({label: t.studyGroup ?? labels['times.all'], values: [pick(t).median, pick(t).p90]})),
        }),
    );

  const qa: Section = {
    id: 'questions',
    title: labels['section.qa'],
    sample: data.forum.sample,
    indicators: [
      indicator(
        'questions-per-month',
        labels['perMonth.title'],
        forum,
        {columns: [{label: labels['perMonth.month'], numeric: false}, {label: labels['perMonth.questions'], numeric: true}], rows: q.perMonth.map((m) => [text(m.month, monthText(m.month)), numeric(m.questions)])},
        (c, label) => columnChart(c, {label, points: q.perMonth.map((m) => ({label: monthText(m.month), value: m.questions}))}),
      ),
      counted('answer-status', 'states.title', 'states.status', 'perMonth.questions', ANSWER_STATES.map((state) => [l(`states.${state}`), q.states.get(state) ?? 0]), forum),
      times('time-to-first-answer', 'firstAnswer.title', (t) => t.firstAnswer),
      times('time-to-accepted-answer', 'acceptedAnswer.title', (t) => t.acceptedAnswer),
      counted('answers-by-role', 'roles.title', 'roles.role', 'roles.answers', ROLES.map((role) => [l(`roles.${role}`), q.answersByRole.get(role) ?? 0]), forum),
      indicator(
        'longest-waiting',
        labels['waiting.title'],
        forum,
        {
          columns: [{label: labels['waiting.question'], numeric: false}, {label: labels['waiting.questionTitle'], numeric: false}, {label: labels['waiting.days'], numeric: true}],
          rows: q.longestWaiting.map((w) => [{value: w.number, text: `#${w.number}`, href: data.forum.threadUrl(w.number)}, {value: w.title, text: w.title, lang: w.language ?? undefined}, numeric(w.days)]),
        },
        (c, label) => barChart(c, {label, series: [{label: labels['waiting.days']}], categories: q.longestWaiting.map((w) => ({label: `#${w.number} ${w.title}`, lang: w.language ?? undefined, values: [w.days]}))}),
      ),
    ],
  };

  const {names, groupings} = data.countries;
  const countryName = new Map(names.countries.map((country) => [country.iso3, country.names[page.locale]]));
  const regionName = new Map(names.regions.map((region) => [region.m49, region.names[page.locale]]));
  const groupName = (group: string) => l(`groups.${group}`);
  const regionText = (code: string | null) => (code === null ? labels['regions.unknown'] : (regionName.get(code) ?? code));
  const askerSource = {...forum, source: fill(labels['source.countries'], {date: dayText(names.as_of), version: data.worldCountriesVersion})};
  const byCountry = data.askers.byCountry;
  const askers: Section = {
    id: 'askers',
    title: labels['section.askers'],
    sample: data.forum.sample,
    notes: [
      fill(labels['askers.groupsNote'], {date: dayText(groupings.as_of), later: predatesSaoTomeGraduation(groupings) ? labels['askers.laterStp'] : labels['askers.laterAny']}),
      labels['askers.regionsNote'],
    ],
    indicators: [
      counted('askers-by-group', 'groups.title', 'groups.group', 'perMonth.questions', COUNTRY_GROUPS.map((group) => [groupName(group), data.askers.byGroup.get(group) ?? 0]), askerSource),
      counted('askers-by-region', 'regions.title', 'regions.region', 'perMonth.questions', [...data.askers.byRegion].map(([region, count]) => [regionText(region), count]), askerSource),
      indicator(
        'askers-by-country',
        labels['countries.title'],
        askerSource,
        {
          columns: [{label: labels['countries.country'], numeric: false}, {label: labels['groups.group'], numeric: false}, {label: labels['regions.region'], numeric: false}, {label: labels['perMonth.questions'], numeric: true}],
          rows: byCountry.map((c) => [{value: c.code, text: countryName.get(c.code) ?? c.code}, text(groupName(c.group)), text(regionText(c.region)), numeric(c.count)]),
        },
        (c, label) => barChart(c, {label, series: [{label: labels['perMonth.questions']}], categories: byCountry.map((c) => ({label: countryName.get(c.code) ?? c.code, values: [c.count]}))}),
      ),
    ],
  };

  const g = data.guidance;
  const guidanceSource = {source: fillCounted(page.locale, labels['source.guidance'], data.guidancePages), asOf: data.today, sample: false};
  const guidance: Section = {
    id: 'guidance',
    title: labels['section.guidance'],
    sample: false,
    indicators: [
      counted('pages-per-programme', 'programmes.title', 'programmes.programme', 'pages', [...g.byProgramme].map(([p, count]) => [l(`programmes.${p}`), count]), guidanceSource, false),
      counted('pages-per-study-group', 'studyGroups.title', 'times.group', 'pages', [...g.byStudyGroup], guidanceSource, false),
      counted('recommendations-with-guidance', 'coverage.title', 'coverage.kind', 'coverage.count', [[labels['coverage.with'], g.recommendations.withGuidance], [labels['coverage.without'], g.recommendations.without]], {...guidanceSource, source: fillCounted(page.locale, labels['source.catalogue'], data.recommendations)}),
      counted('pages-by-review', 'review.title', 'review.state', 'pages', [[labels['review.recent'], g.reviewedCount], [labels['review.overdue'], g.notReviewed.length]], guidanceSource),
      indicator(
        'pages-not-reviewed',
        labels['overdue.title'],
        guidanceSource,
        {
          columns: [{label: labels['overdue.page'], numeric: false}, {label: labels['overdue.reviewed'], numeric: false}],
          rows: g.notReviewed.map((p) => [{value: p.title, text: p.title, href: p.permalink}, text(p.lastReviewed, dayText(p.lastReviewed))]),
        },
        null,
      ),
    ],
  };

  const locales = Object.keys(data.coverageToday);
  const points = data.history ?? [{date: data.today, commit: '', coverage: data.coverageToday}];
  const languages: Section = {
    id: 'languages',
    title: labels['section.languages'],
    sample: false,
    indicators: [
      indicator(
        'translation-coverage',
        labels['translations.title'],
        {source: data.history ? fill(labels['source.history'], {count: data.history.length}) : labels['source.noHistory'], asOf: points.at(-1)?.date ?? data.today, sample: false},
        {
          columns: [{label: labels['translations.date'], numeric: false}, ...locales.map((locale) => ({label: data.localeLabels[locale] ?? locale, numeric: true}))],
          rows: points.map((point) => [text(point.date, dayText(point.date)), ...locales.map((locale) => numeric(point.coverage[locale] ?? null))]),
        },
        (c, label) =>
          points.length === 1
            ? barChart(c, {label, max: 100, series: [{label: labels['translations.title'], unit: '%'}], categories: locales.map((locale) => ({label: data.localeLabels[locale] ?? locale, lang: locale, values: [points[0]?.coverage[locale] ?? 0]}))})
            : panelChart(c, {
            label,
            dateLabel: dayText,
            panels: locales.map((locale) => ({label: data.localeLabels[locale] ?? locale, lang: locale, points: points.map((point) => ({date: point.date, value: point.coverage[locale] ?? 0}))})),
          }),
      ),
    ],
  };
  return [qa, askers, guidance, languages];
}
