import {normalizeUrl} from '@docusaurus/utils';
import {formatOffset, toUtc, zoneName} from './time';
import {SECRETARIAT} from './types';
import type {Region} from '../catalogue/types';
import type {AttendanceMode, EventData, EventStatus, EventType} from './types';

/** A text and the language it is written in. */
export type LangText = {text: string; lang: string};
export type Named = {code: string; name: string};

/** An event as the pages show it in one locale: every date already written the way that language writes it. */
export type EventView = {
  id: string;
  type: EventType;
  status: EventStatus;
  attendance: AttendanceMode;
  sample: boolean;
  title: LangText;
  summary: LangText;
  permalink: string;
  calendarUrl: string;
  /** Instants in UTC, ISO 8601. */
  startUtc: string;
  endUtc: string;
  /** `2027-03-15T09:00+03:00`: the venue's clock, for `<time datetime>` and schema.org. */
  startLocal: string;
  endLocal: string;
  /** The venue's IANA zone (`Africa/Nairobi`): for machines (calendar files, filters), never shown. */
  timezone: string;
  /** The venue's zone named in the locale's language at the start: "East Africa Time", "heure normale d'Afrique de l'Est". */
  zoneName: string;
  /** `UTC+03:00` at the start (and at the end, if it differs: the event spans a clock change). */
  offsets: string;
  /** The dates and times on the venue's clock, in the locale's words. */
  venueTime: string;
  /** The same in UTC. */
  utcTime: string;
  /** Ends after the build: listed first. */
  upcoming: boolean;
  venue?: {city: string; country: Named};
  languages: Named[];
  interpretation: Named[];
  captioning: boolean;
  remote?: {access: 'public'; url: string} | {access: 'after-registration'};
  registration?: {url: string; deadline?: string};
  fellowships?: {url?: string; deadline: string};
  documents: {title: string; url: string}[];
  /** Organisers with the study-group page each belongs to (none for TSB). */
  organisers: {code: string; href?: string}[];
  studyGroups: string[];
  regions: Region[];
  recommendations: string[];
  programmes: number[];
  lastChanged: string;
};

export type ViewContext = {
  /** The locale's BCP 47 tag (`zh-Hans`), for Intl. */
  htmlLang: string;
  /** The site locale (`zh`), to pick a title. */
  locale: string;
  now: Date;
  paths: {events: string; studyGroups: string};
  regionalGroups: ReadonlyMap<string, Region>;
};

const pick = (texts: Record<string, string>, locale: string, fallback: string): LangText => {
  const lang = texts[locale] !== undefined ? locale : texts[fallback] !== undefined ? fallback : (Object.keys(texts)[0] ?? fallback);
  return {text: texts[lang] ?? '', lang};
};

/** The study group an organiser belongs to: `SG12RG-AFR` → `SG12`; none for TSB. */
const studyGroupOf = (organiser: string) => (organiser === SECRETARIAT ? undefined : organiser.split('RG-')[0]);

function instant(local: string, zone: string) {
  const result = toUtc(local, zone);
  // Validation rejected any time that does not convert.
  if (!result.ok) throw new Error(`${local} in ${zone} is not a time: validate events before viewing them.`);
  return result;
}

/** A deadline is the end of its day (as the schema says), written as a date. */
const formatDay = (day: string, htmlLang: string) => new Intl.DateTimeFormat(htmlLang, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${day}T00:00Z`));

/** What the pages of one locale show of an event (pure: `now` is given). */
export function toEventView(event: EventData, {htmlLang, locale, now, paths, regionalGroups}: ViewContext): EventView {
  const start = instant(event.start, event.timezone);
  const end = instant(event.end, event.timezone);
  const range = (timeZone: string) =>
    new Intl.DateTimeFormat(htmlLang, {dateStyle: 'full', timeStyle: 'short', timeZone}).formatRange(start.utc, end.utc);
  const languageNames = new Intl.DisplayNames(htmlLang, {type: 'language'});
  const named = (codes: readonly string[] = []) => codes.map((code) => ({code, name: languageNames.of(code) ?? code}));
  const main = event.languages[0] ?? 'en';
  const studyGroups = [...new Set(event.organisers.map(studyGroupOf).filter((sg): sg is string => sg !== undefined))];
  const offsets = [...new Set([start.offsetMinutes, end.offsetMinutes])].map((m) => `UTC${formatOffset(m)}`).join(' → ');
  return {
    id: event.id,
    type: event.type,
    status: event.status,
    attendance: event.attendance,
    sample: event.sample,
    title: pick(event.title, locale, main),
    summary: pick(event.summary, locale, main),
    permalink: normalizeUrl([paths.events, event.id]),
    calendarUrl: normalizeUrl([paths.events, `${event.id}.ics`]),
    startUtc: start.utc.toISOString(),
    endUtc: end.utc.toISOString(),
    startLocal: `${event.start}${formatOffset(start.offsetMinutes)}`,
    endLocal: `${event.end}${formatOffset(end.offsetMinutes)}`,
    timezone: event.timezone,
    zoneName: zoneName(event.timezone, htmlLang, start.utc),
    offsets,
    venueTime: range(event.timezone),
    utcTime: range('UTC'),
    upcoming: end.utc.getTime() >= now.getTime(),
    venue: event.venue && {city: event.venue.city, country: {code: event.venue.country, name: new Intl.DisplayNames(htmlLang, {type: 'region'}).of(event.venue.country) ?? event.venue.country}},
    languages: named(event.languages),
    interpretation: named(event.interpretation),
    captioning: event.captioning ?? false,
    remote: event.remote,
    registration: event.registration && {url: event.registration.url, deadline: event.registration.deadline && formatDay(event.registration.deadline, htmlLang)},
    fellowships: event.fellowships && {url: event.fellowships.url, deadline: formatDay(event.fellowships.deadline, htmlLang)},
    documents: event.documents ?? [],
    organisers: event.organisers.map((code) => {
      const sg = studyGroupOf(code);
      return {code, href: sg && normalizeUrl([paths.studyGroups, sg])};
    }),
    studyGroups,
    regions: [...new Set([...event.organisers.flatMap((o) => regionalGroups.get(o) ?? []), ...(event.regions ?? [])])],
    recommendations: event.recommendations ?? [],
    programmes: event.programmes,
    lastChanged: event.last_changed,
  };
}

/** Upcoming events first, soonest first; then past events, latest first. */
export function byAgenda(a: EventView, b: EventView): number {
  if (a.upcoming !== b.upcoming) return a.upcoming ? -1 : 1;
  return a.upcoming ? a.startUtc.localeCompare(b.startUtc) : b.startUtc.localeCompare(a.startUtc);
}
