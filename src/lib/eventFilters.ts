import type {EventListItem} from '@site/plugins/events/routes';

/** The event list's filters; `''` means "any". */
export type EventFilters = {type: string; region: string; studyGroup: string; attendance: string; language: string};

export const NO_EVENT_FILTERS: EventFilters = {type: '', region: '', studyGroup: '', attendance: '', language: ''};

/**
 * The events that match every filter. An event held in person and online
 * matches both "in person" and "online": a reader filtering for online
 * events wants every event they can join from home.
 */
export function filterEvents(events: readonly EventListItem[], filters: EventFilters): EventListItem[] {
  return events.filter(
    (event) =>
      (filters.type === '' || event.type === filters.type) &&
      (filters.region === '' || (event.regions as string[]).includes(filters.region)) &&
      (filters.studyGroup === '' || event.studyGroups.includes(filters.studyGroup)) &&
      (filters.attendance === '' || event.attendance === filters.attendance || (event.attendance === 'mixed' && filters.attendance !== 'mixed')) &&
      (filters.language === '' || event.languages.some((code) => code === filters.language || code.startsWith(`${filters.language}-`))),
  );
}

/**
 * The events split into upcoming (soonest first) and past (latest first) at
 * `now`. The build decides this once; in the browser the list decides again,
 * so that a site built last week does not list yesterday's event as upcoming.
 */
export function agenda(events: readonly EventListItem[], now: number): {upcoming: EventListItem[]; past: EventListItem[]} {
  const upcoming = events.filter((e) => Date.parse(e.endUtc) >= now).sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  const past = events.filter((e) => Date.parse(e.endUtc) < now).sort((a, b) => b.startUtc.localeCompare(a.startUtc));
  return {upcoming, past};
}
