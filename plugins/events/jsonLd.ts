import type {EventView} from './props';
import type {AttendanceMode, EventStatus} from './types';

const ATTENDANCE: Record<AttendanceMode, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

const STATUS: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/**
 * schema.org `Event` data of an event page (for search engines and
 * calendars). `siteUrl` makes the page's addresses absolute. Serialize it
 * with plugins/utils/jsonScript.ts, never with a bare JSON.stringify.
 */
export function toJsonLd(view: EventView, siteUrl: string): Record<string, unknown> {
  const page = new URL(view.permalink, siteUrl).href;
  const place = view.venue && {
    '@type': 'Place',
    name: view.venue.city,
    address: {'@type': 'PostalAddress', addressLocality: view.venue.city, addressCountry: view.venue.country.code},
  };
  // The join link when it is public; else the event page, which says how to register.
  const virtual = view.attendance !== 'in-person' && {'@type': 'VirtualLocation', url: view.remote?.access === 'public' ? view.remote.url : page};
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: view.title.text,
    description: view.summary.text,
    url: page,
    startDate: view.startLocal,
    endDate: view.endLocal,
    eventAttendanceMode: ATTENDANCE[view.attendance],
    eventStatus: STATUS[view.status],
    location: [place, virtual].filter(Boolean),
    inLanguage: view.languages.map((language) => language.code),
    organizer: view.organisers.map((organiser) => ({
      '@type': 'Organization',
      name: `ITU-T ${organiser.code}`,
      ...(organiser.href && {url: new URL(organiser.href, siteUrl).href}),
    })),
  };
}
