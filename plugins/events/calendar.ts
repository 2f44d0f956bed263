import ical, {escape, ICalEventStatus} from 'ical-generator';
import {publishableText} from '../utils/text';
import type {Region} from '../catalogue/types';
import type {EventView} from './props';
import type {EventStatus} from './types';

/** A calendar file to write, by its path below the locale's build folder. */
export type CalendarFile = {path: string; text: string};

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  // New dates are not known yet.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
  'moved-online': ICalEventStatus.CONFIRMED,
};

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/** `2026-11-20T09:30Z` (minutes, as event files write it) as a Date. */
const changedAt = (lastChanged: string) => new Date(lastChanged.replace(/Z$/, ':00Z'));

/**
 * SEQUENCE (RFC 5545, 3.8.7.4) must grow whenever an event changes, or
 * calendars keep the old copy. Event files carry `last_changed`, which their
 * editors already raise with every change: SEQUENCE is the number of minutes
 * from 2020 to it. It grows with every later change and fits in the 31-bit
 * integer calendars store for about 4 000 years; no counter to forget.
 */
export const sequenceOf = (lastChanged: string): number => Math.max(0, Math.floor((changedAt(lastChanged).getTime() - SEQUENCE_EPOCH) / 60_000));

export type CalendarContext = {
  siteUrl: string;
  /** The host part of every UID: the same event keeps its UID in every feed and every locale. */
  uidDomain: string;
  refreshHours: number;
  /** The name of a feed in the locale's language, e.g. `BSG Hub events · Africa`. */
  feedName: (scope: Feed['scope']) => string;
  labels: {online: string};
};

/**
 * RFC 5545 TEXT holds no control character but tab (line breaks are written
 * `\n`), and ical-generator 10.2 writes them as they come: a title with a
 * NUL, an escape or U+FFFE from an event file or a translation is dropped
 * from it here. A carriage return of a line break goes; the line feed stays.
 */
const icsText = (text: string) => publishableText(text.replace(/\r\n?/g, '\n'));

function calendarOf(name: string, views: readonly EventView[], context: CalendarContext): string {
  const calendar = ical({
    // TODO ical-generator 10.2 writes the calendar's name (NAME, X-WR-CALNAME) unescaped, unlike every
    // event property: a title holding a line break would start new properties. Escaped here; the test
    // "keeps a hostile title…" fails if the library starts escaping it too.
    name: escape(icsText(name), false),
    prodId: {company: 'BSG Hub', product: 'events', language: 'EN'},
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: how often subscribers fetch the feed again.
    ttl: context.refreshHours * 3600,
  });
  for (const view of views) {
    const page = new URL(view.permalink, context.siteUrl).href;
    const lastChanged = changedAt(view.lastChanged);
    calendar.createEvent({
      id: `${view.id}@${context.uidDomain}`,
      sequence: sequenceOf(view.lastChanged),
      // UTC times (RFC 5545 form 2): no TZID, so no VTIMEZONE to get wrong; each calendar shows the reader's own time.
      start: new Date(view.startUtc),
      end: new Date(view.endUtc),
      stamp: lastChanged,
      lastModified: lastChanged,
      summary: icsText(view.title.text),
      description: icsText(`${view.summary.text}\n\n${page}`),
      location: icsText(view.venue ? `${view.venue.city}, ${view.venue.country.name}` : view.remote?.access === 'public' ? view.remote.url : context.labels.online),
      url: page,
      status: STATUS[view.status],
    });
  }
  return calendar.toString();
}

/** A subscription feed: all events, or those of a study group or a region. */
export type Feed = {path: string; scope?: {kind: 'studyGroup'; value: string} | {kind: 'region'; value: Region}};

/** The subscription feeds of a set of events: `calendar.ics`, `calendar/sg12.ics`, `calendar/africa.ics`. */
export function feedsOf(views: readonly EventView[], eventsPath: string): Feed[] {
  const studyGroups = [...new Set(views.flatMap((v) => v.studyGroups))].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
  const regions = [...new Set(views.flatMap((v) => v.regions))].sort();
  return [
    {path: `${eventsPath}/calendar.ics`},
    ...studyGroups.map((value) => ({path: `${eventsPath}/calendar/${value.toLowerCase()}.ics`, scope: {kind: 'studyGroup' as const, value}})),
    ...regions.map((value) => ({path: `${eventsPath}/calendar/${value}.ics`, scope: {kind: 'region' as const, value}})),
  ];
}

const inScope = (view: EventView, scope: Feed['scope']) =>
  !scope || (scope.kind === 'studyGroup' ? view.studyGroups.includes(scope.value) : view.regions.includes(scope.value));

/**
 * Every calendar of one locale (pure): one `.ics` per event at
 * `<events>/<id>.ics`, and the subscription feeds of feedsOf().
 */
export function buildCalendars(views: readonly EventView[], eventsPath: string, context: CalendarContext): CalendarFile[] {
  return [
    ...views.map((view) => ({path: `${eventsPath}/${view.id}.ics`, text: calendarOf(view.title.text, [view], context)})),
    ...feedsOf(views, eventsPath).map((feed) => ({
      path: feed.path,
      text: calendarOf(context.feedName(feed.scope), views.filter((view) => inScope(view, feed.scope)), context),
    })),
  ];
}
