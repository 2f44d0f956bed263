import {h} from 'hastscript';
import {jsonForScript} from '../utils/jsonScript';
import {COUNTRY_GROUPS} from '../indicators/compute/countries';
import type {CountryGroup} from '../indicators/compute/countries';
import type {Region} from '../catalogue/types';
import type {MeetingFigures, Published} from '../participation/figures';
import type {EventView} from './props';
import type {AttendanceMode, EventStatus, EventType} from './types';
import type {Element, ElementContent} from 'hast';

/**
 * The translated words of event pages. The page template renders them in the
 * reader's language (src/components/events/EventShell); `{name}`
 * placeholders are filled here.
 */
export type EventLabels = {
  sample: string;
  types: Record<EventType, string>;
  statuses: Record<EventStatus, string>;
  attendance: Record<AttendanceMode, string>;
  regions: Record<Region, string>;
  programmes: Record<string, string>;
  /** `{zone}` */
  venueTime: string;
  utc: string;
  yourTime: string;
  where: string;
  online: string;
  remote: string;
  joinPublic: string;
  joinAfterRegistration: string;
  languages: string;
  interpretation: string;
  captioning: string;
  registration: string;
  register: string;
  /** `{date}` */
  deadline: string;
  fellowships: string;
  /** `{date}` */
  fellowshipsOffered: string;
  organisers: string;
  recommendations: string;
  programmesHeading: string;
  documents: string;
  addToCalendar: string;
  allEvents: string;
  /** The name of the calendar feeds. */
  calendarName: string;
  participation: ParticipationLabels;
};

/** The words of an event's participation figures. */
export type ParticipationLabels = {
  heading: string;
  participants: string;
  inPerson: string;
  remote: string;
  groups: Record<CountryGroup, string>;
  women: string;
  firstTime: string;
  fellowships: string;
  /** `{threshold}` */
  fewer: string;
  hidden: string;
  /** `{threshold}` */
  note: string;
  allMeetings: string;
};

type Paths = {recommendations: string; events: string; indicators: string};

/** After the meeting: who took part, as the same suppressed cells the indicators page shows. */
function participationFigures(figures: {meeting: MeetingFigures; threshold: number; lang: string}, labels: ParticipationLabels, paths: Paths): Element {
  const {meeting, threshold} = figures;
  const number = new Intl.NumberFormat(figures.lang, {maximumFractionDigits: 1});
  const text = (value: Published | undefined) =>
    value === 'fewer' ? fill(labels.fewer, {threshold: String(threshold)}) : typeof value === 'number' ? number.format(value) : labels.hidden;
  const cell = (key: string) => h('dd', {'data-cell': key, 'data-value': typeof meeting.cells[key] === 'number' ? String(meeting.cells[key]) : meeting.cells[key] === 'fewer' ? `<${threshold}` : 'hidden'}, text(meeting.cells[key]));
  const term = (label: string, key: string) => [h('dt', label), cell(key)];
  return h('section.event-participation', {'aria-labelledby': 'participation'}, [
    h('h2', {id: 'participation'}, labels.heading),
    h('p', fill(labels.note, {threshold: String(threshold)})),
    h('dl.event-facts', [
      ...term(labels.participants, 'total'),
      ...term(labels.inPerson, 'mode.in_person'),
      ...term(labels.remote, 'mode.remote'),
      ...COUNTRY_GROUPS.flatMap((group) => term(labels.groups[group], `group.${group}`)),
      ...(meeting.asked.gender ? term(labels.women, 'women') : []),
      ...(meeting.asked.firstTime ? term(labels.firstTime, 'firstTime') : []),
      ...(meeting.asked.fellowships ? term(labels.fellowships, 'fellowships') : []),
    ]),
    h('p', h('a', {href: `${paths.indicators}#participation`}, labels.allMeetings)),
  ]);
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

const external = (href: string, text: string) => h('a', {href, rel: 'noopener'}, text);

/** A term and its description, or nothing when there is nothing to say. */
const row = (term: string, ...description: (ElementContent | string)[]): ElementContent[] =>
  description.length === 0 ? [] : [h('dt', term), h('dd', description)];

function when(view: EventView, labels: EventLabels): ElementContent[] {
  return [
    ...row(fill(labels.venueTime, {zone: view.zoneName}), h('time', {dateTime: view.startLocal}, view.venueTime), ` (${view.offsets})`),
    ...row(labels.utc, h('time', {dateTime: view.startUtc, 'data-utc-start': view.startUtc, 'data-utc-end': view.endUtc}, view.utcTime)),
    // Filled by EventShell in the reader's own zone; hidden without JavaScript.
    h('dt', {hidden: true, 'data-local-time': 'term'}, labels.yourTime),
    h('dd', {hidden: true, 'data-local-time': 'value'}),
  ];
}

function participation(view: EventView, labels: EventLabels): ElementContent[] {
  const remote = view.remote?.access === 'public' ? external(view.remote.url, labels.joinPublic) : view.remote ? labels.joinAfterRegistration : undefined;
  const place = view.venue ? `${view.venue.city}, ${view.venue.country.name}` : labels.online;
  return [
    ...row(labels.where, place),
    ...(remote ? row(labels.remote, remote) : []),
    ...row(labels.languages, ...listOf(view.languages.map((l) => h('span', {lang: l.code}, l.name)))),
    ...(view.interpretation.length > 0 ? row(labels.interpretation, ...listOf(view.interpretation.map((l) => l.name))) : []),
    ...(view.captioning ? row(labels.captioning, '✓') : []),
    ...(view.registration
      ? row(labels.registration, external(view.registration.url, labels.register), view.registration.deadline ? ` · ${fill(labels.deadline, {date: view.registration.deadline})}` : '')
      : []),
    ...(view.fellowships
      ? row(labels.fellowships, view.fellowships.url ? external(view.fellowships.url, fill(labels.fellowshipsOffered, {date: view.fellowships.deadline})) : fill(labels.fellowshipsOffered, {date: view.fellowships.deadline}))
      : []),
  ];
}

/** Items separated by commas. */
const listOf = (items: (ElementContent | string)[]) => items.flatMap((item, index) => (index === 0 ? [item] : [', ', item]));

function links(view: EventView, labels: EventLabels, paths: Paths): ElementContent[] {
  return [
    ...row(labels.organisers, ...listOf(view.organisers.map((o) => (o.href ? h('a', {href: o.href, translate: 'no'}, o.code) : h('span', {translate: 'no'}, o.code))))),
    ...(view.recommendations.length > 0
      ? row(labels.recommendations, ...listOf(view.recommendations.map((id) => h('a', {href: `${paths.recommendations}/${id.split('/')[0]}`, translate: 'no'}, `ITU-T ${id}`))))
      : []),
    ...row(labels.programmesHeading, ...listOf(view.programmes.map((p) => labels.programmes[String(p)] ?? String(p)))),
  ];
}

/**
 * The content of an event page, generated after the build into the page
 * template (see plugins/utils/pageTemplate.ts): events are not routes.
 * Every text of the event is a text node; the JSON-LD goes through
 * jsonForScript.
 */
export function renderEventBody(view: EventView, {labels, paths, jsonLd, figures}: {labels: EventLabels; paths: Paths; jsonLd: Record<string, unknown>; figures?: {meeting: MeetingFigures; threshold: number; lang: string}}): Element {
  return h('article', {'data-event-page': view.id, 'data-pagefind-body': '', 'data-pagefind-filter': 'kind:event'}, [
    view.sample ? h('p.alert.alert--warning', {role: 'note', 'data-pagefind-ignore': ''}, labels.sample) : '',
    h('h1', {lang: view.title.lang}, view.title.text),
    h('p.event-badges', [
      h('span.badge.badge--secondary', labels.types[view.type]),
      ' ',
      h(`span.badge.event-status.event-status--${view.status}`, {'data-status': view.status}, labels.statuses[view.status]),
      ' ',
      h('span.badge.event-attendance', labels.attendance[view.attendance]),
      ...view.regions.map((region) => [' ', h('span.badge.badge--secondary', labels.regions[region])]).flat(),
    ]),
    h('p.event-summary', {lang: view.summary.lang}, view.summary.text),
    h('dl.event-facts', [...when(view, labels), ...participation(view, labels), ...links(view, labels, paths)]),
    figures ? participationFigures(figures, labels.participation, paths) : '',
    view.documents.length > 0 ? h('section', [h('h2', labels.documents), h('ul', view.documents.map((d) => h('li', external(d.url, d.title))))]) : '',
    h('p', [
      h('a.button.button--primary', {href: view.calendarUrl, download: `${view.id}.ics`, 'data-testid': 'add-to-calendar'}, labels.addToCalendar),
      ' ',
      h('a.button.button--secondary', {href: paths.events}, labels.allEvents),
    ]),
    h('script', {type: 'application/ld+json'}, jsonForScript(jsonLd)),
  ]);
}
