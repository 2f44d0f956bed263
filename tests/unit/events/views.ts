import {toEventView} from '../../../plugins/events/props';
import type {EventView} from '../../../plugins/events/props';
import type {EventData} from '../../../plugins/events/types';

/** A valid event: each test changes what it is about. */
export const eventData = (fields: Partial<EventData> = {}): EventData => ({
  id: 'sample-workshop',
  type: 'workshop',
  title: {en: 'Workshop on quality of service', fr: 'Atelier sur la qualité de service'},
  summary: {en: 'Two days on measuring mobile quality of service with ITU-T E.800.'},
  languages: ['en', 'fr'],
  organisers: ['SG12RG-AFR', 'TSB'],
  programmes: [2, 3],
  recommendations: ['E.800'],
  start: '2027-03-15T09:00',
  end: '2027-03-16T17:30',
  timezone: 'Africa/Nairobi',
  venue: {city: 'Nairobi', country: 'KE'},
  attendance: 'mixed',
  remote: {access: 'after-registration'},
  status: 'scheduled',
  last_changed: '2026-11-20T09:30Z',
  sample: true,
  ...fields,
});

export const view = (fields: Partial<EventData> = {}, locale = 'en', htmlLang = locale): EventView =>
  toEventView(eventData(fields), {
    htmlLang,
    locale,
    now: new Date('2026-12-01T00:00Z'),
    paths: {events: '/events', studyGroups: '/study-groups'},
    regionalGroups: new Map([['SG12RG-AFR', 'africa']]),
  });
