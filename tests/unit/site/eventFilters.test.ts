import {describe, expect, it} from 'vitest';
import {agenda, filterEvents, NO_EVENT_FILTERS} from '../../../src/lib/eventFilters';
import type {EventListItem} from '../../../plugins/events/routes';

const event = (id: string, fields: Partial<EventListItem>): EventListItem => ({
  id, type: 'workshop', status: 'scheduled', attendance: 'in-person', title: {text: id, lang: 'en'}, permalink: `/events/${id}`, calendarUrl: `/events/${id}.ics`,
  startLocal: '2027-01-01T09:00+00:00', startUtc: '2027-01-01T09:00:00.000Z', endUtc: '2027-01-01T17:00:00.000Z', venueTime: '', utcTime: '', zoneName: 'Coordinated Universal Time', upcoming: true, studyGroups: [], regions: [], languages: ['en'], ...fields,
});

const EVENTS = [
  event('a', {type: 'webinar', attendance: 'online', languages: ['ar', 'en'], regions: ['arab-states'], studyGroups: ['SG20']}),
  event('b', {attendance: 'mixed', languages: ['pt-BR'], regions: ['africa'], studyGroups: ['SG12']}),
  event('c', {type: 'training', languages: ['fr']}),
];
const ids = (filters: Partial<typeof NO_EVENT_FILTERS>) => filterEvents(EVENTS, {...NO_EVENT_FILTERS, ...filters}).map((e) => e.id);

describe('filterEvents', () => {
  it('keeps every event without filters', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('filters by type, region, study group and language (a language matches its regional variants)', () => {
    expect(ids({type: 'webinar'})).toEqual(['a']);
    expect(ids({region: 'africa'})).toEqual(['b']);
    expect(ids({studyGroup: 'SG20'})).toEqual(['a']);
    expect(ids({language: 'pt'})).toEqual(['b']);
    expect(ids({language: 'en', type: 'training'})).toEqual([]);
  });

  it('counts an event held in person and online as both', () => {
    expect(ids({attendance: 'online'})).toEqual(['a', 'b']);
    expect(ids({attendance: 'in-person'})).toEqual(['b', 'c']);
    expect(ids({attendance: 'mixed'})).toEqual(['b']);
  });
});

describe('agenda', () => {
  const events = [
    event('june', {startUtc: '2027-06-01T08:00:00.000Z', endUtc: '2027-06-02T16:00:00.000Z'}),
    event('march', {startUtc: '2027-03-01T08:00:00.000Z', endUtc: '2027-03-03T16:00:00.000Z'}),
    event('last-year', {startUtc: '2026-03-01T08:00:00.000Z', endUtc: '2026-03-01T16:00:00.000Z'}),
  ];
  const ids = (list: EventListItem[]) => list.map((e) => e.id);

  it('lists upcoming events soonest first and past events latest first, an event under way as upcoming', () => {
    const {upcoming, past} = agenda(events, Date.parse('2027-03-02T12:00:00Z'));
    expect([ids(upcoming), ids(past)]).toEqual([['march', 'june'], ['last-year']]);
  });

  it('moves an event to the past once it has ended', () => {
    const {upcoming, past} = agenda(events, Date.parse('2027-03-03T16:00:01Z'));
    expect([ids(upcoming), ids(past)]).toEqual([['june'], ['march', 'last-year']]);
  });
});
