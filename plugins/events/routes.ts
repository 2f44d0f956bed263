import {normalizeUrl} from '@docusaurus/utils';
import {feedsOf} from './calendar';
import {byAgenda} from './props';
import type {Feed} from './calendar';
import type {EventView} from './props';
import type {RouteConfig} from '@docusaurus/types';

const COMPONENTS = '@site/src/components/events';

/** What the list shows of an event: no summary or documents, so the list page stays light. */
export type EventListItem = Pick<
  EventView,
  'id' | 'type' | 'status' | 'attendance' | 'title' | 'permalink' | 'calendarUrl' | 'startLocal' | 'startUtc' | 'endUtc' | 'venueTime' | 'utcTime' | 'zoneName' | 'upcoming' | 'venue' | 'studyGroups' | 'regions'
> & {languages: string[]};

export type EventListProps = {
  events: EventListItem[];
  /** Some events are made-up samples: the page says so. */
  sample: boolean;
  feeds: Feed[];
  /** When the build ran: what "upcoming" was decided against. */
  asOf: string;
  /**
   * The language filter's options (`pt` for `pt-BR` too), named in the page's language by the build:
   * the browser's own names could differ from Node's and break hydration.
   */
  languageOptions: {value: string; label: string}[];
};

export const toListItem = (view: EventView): EventListItem => ({
  id: view.id,
  type: view.type,
  status: view.status,
  attendance: view.attendance,
  title: view.title,
  permalink: view.permalink,
  calendarUrl: view.calendarUrl,
  startLocal: view.startLocal,
  startUtc: view.startUtc,
  endUtc: view.endUtc,
  venueTime: view.venueTime,
  utcTime: view.utcTime,
  zoneName: view.zoneName,
  upcoming: view.upcoming,
  venue: view.venue,
  studyGroups: view.studyGroups,
  regions: view.regions,
  languages: view.languages.map((language) => language.code),
});

/** The languages events are held in, by their main code (`pt` for `pt-BR`), named in `htmlLang`, sorted by code. */
export function languageOptions(views: readonly EventView[], htmlLang: string): {value: string; label: string}[] {
  const names = new Intl.DisplayNames(htmlLang, {type: 'language'});
  const codes = [...new Set(views.flatMap((view) => view.languages.map(({code}) => code.split('-')[0] ?? code)))].sort();
  return codes.map((value) => ({value, label: names.of(value) ?? value}));
}

/**
 * The list page, and one route whose page the build renders as the template
 * of every event page (written after the build: see writeEventPages.ts).
 */
export function buildEventRoutes(views: readonly EventView[], {eventsPath, asOf, htmlLang}: {eventsPath: string; asOf: Date; htmlLang: string}): RouteConfig[] {
  const props: EventListProps = {
    events: [...views].sort(byAgenda).map(toListItem),
    sample: views.some((view) => view.sample),
    feeds: feedsOf(views, eventsPath),
    asOf: asOf.toISOString(),
    languageOptions: languageOptions(views, htmlLang),
  };
  return [
    {path: eventsPath, exact: true, component: `${COMPONENTS}/EventListPage`, props},
    {path: normalizeUrl([eventsPath, ':id']), exact: true, component: `${COMPONENTS}/EventShell`, priority: -1},
  ];
}
