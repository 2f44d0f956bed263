import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {buildCalendars, sequenceOf} from '../../../plugins/events/calendar';
import {view} from './views';
import type {CalendarContext} from '../../../plugins/events/calendar';

const context: CalendarContext = {
  siteUrl: 'https://bsg-hub.github.io',
  uidDomain: 'bsg-hub.github.io',
  refreshHours: 12,
  feedName: (scope) => (scope ? `BSG Hub events · ${scope.value}` : 'BSG Hub events'),
  labels: {online: 'Online'},
};

const VIEWS = [
  view(),
  view({id: 'geneva', organisers: ['SG13'], timezone: 'Europe/Zurich', start: '2027-03-22T09:30', end: '2027-04-01T17:30', status: 'cancelled', last_changed: '2026-12-01T08:15Z'}),
  view({id: 'online', organisers: ['SG20'], regions: ['arab-states'], attendance: 'online', venue: undefined, remote: {access: 'public', url: 'https://example.org/join'}, status: 'postponed', timezone: 'America/St_Johns', start: '2027-01-15T10:00', end: '2027-01-15T11:30'}),
];

/** Reads a calendar back with ical.js, an iCalendar parser independent of ical-generator. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      utc: event.startDate.zone?.tzid,
      sequence: vevent.getFirstPropertyValue('sequence'),
      status: vevent.getFirstPropertyValue('status'),
    };
  });
  return {calendar, events};
}

describe('buildCalendars', () => {
  const files = buildCalendars(VIEWS, 'events', context);

  it('writes one calendar per event and feeds for all events, each study group and each region', () => {
    expect(files.map((file) => file.path)).toEqual([
      'events/sample-workshop.ics',
      'events/geneva.ics',
      'events/online.ics',
      'events/calendar.ics',
      'events/calendar/sg12.ics',
      'events/calendar/sg13.ics',
      'events/calendar/sg20.ics',
      'events/calendar/africa.ics',
      'events/calendar/arab-states.ics',
    ]);
  });

  it('every feed parses back, in UTC times, with stable UIDs, SEQUENCE, STATUS and refresh intervals', () => {
    for (const file of files) {
      const {calendar, events} = parse(file.text);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT12H');
      expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT12H');
      // UTC times need no VTIMEZONE; a TZID would need one.
      expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
      expect(events.every((event) => event.utc === 'UTC')).toBe(true);
    }
    expect(parse(files.find((f) => f.path === 'events/calendar.ics')!.text).events).toEqual([
      {uid: 'sample-workshop@bsg-hub.github.io', summary: 'Workshop on quality of service', start: '2027-03-15T06:00:00.000Z', end: '2027-03-16T14:30:00.000Z', utc: 'UTC', sequence: sequenceOf('2026-11-20T09:30Z'), status: 'CONFIRMED'},
      // Geneva changes to summer time on 28 March: +01:00 at the start, +02:00 at the end.
      {uid: 'geneva@bsg-hub.github.io', summary: 'Workshop on quality of service', start: '2027-03-22T08:30:00.000Z', end: '2027-04-01T15:30:00.000Z', utc: 'UTC', sequence: sequenceOf('2026-12-01T08:15Z'), status: 'CANCELLED'},
      {uid: 'online@bsg-hub.github.io', summary: 'Workshop on quality of service', start: '2027-01-15T13:30:00.000Z', end: '2027-01-15T15:00:00.000Z', utc: 'UTC', sequence: sequenceOf('2026-11-20T09:30Z'), status: 'TENTATIVE'},
    ]);
    expect(parse(files.find((f) => f.path === 'events/calendar/arab-states.ics')!.text).events.map((e) => e.uid)).toEqual(['online@bsg-hub.github.io']);
  });

  it('keeps a hostile title, summary or location inside its property', () => {
    const hostile = 'Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil;X=1,\\';
    const [file] = buildCalendars([view({title: {en: hostile}, summary: {en: `${hostile} ${hostile}`}, venue: {city: hostile, country: 'KE'}})], 'events', context);
    const {calendar, events} = parse(file!.text);
    expect(calendar.getAllProperties().map((property) => property.name)).toEqual(['version', 'prodid', 'name', 'x-wr-calname', 'refresh-interval', 'x-published-ttl']);
    // ical.js does not know NAME (RFC 7986), so it leaves the value as written: unescape it as RFC 5545 TEXT.
    const name = String(calendar.getFirstPropertyValue('name'));
    expect(name.replace(/\\([\\;,n])/g, (_, c: string) => (c === 'n' ? '\n' : c))).toBe(hostile.replace(/\r\n/g, '\n'));
    expect(events).toHaveLength(1);
    // iCalendar text has line feeds only.
    expect(events[0]!.summary).toBe(hostile.replace(/\r\n/g, '\n'));
    expect(events[0]!.uid).toBe('sample-workshop@bsg-hub.github.io');
  });
});

describe('buildCalendars with characters iCalendar text cannot hold', () => {
  // RFC 5545 CONTROL: %x00-08 / %x0A-1F / %x7F (tab is WSP; line feeds only as `\n`), and what is no character at all.
  const FORBIDDEN = [...Array.from({length: 32}, (_, code) => String.fromCharCode(code)).filter((c) => c !== '\t' && c !== '\n'), '\u007F', '\u0085', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'];
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\p{Cs}\p{Noncharacter_Code_Point}]/u;

  it.each(FORBIDDEN.map((character) => [JSON.stringify(character), character]))('writes %s nowhere, in an event or in a feed\'s name', (_, character) => {
    const text = `A${character}B`;
    const files = buildCalendars([view({title: {en: text}, summary: {en: `${text}\n${text}`}, venue: {city: text, country: 'KE'}})], 'events', {...context, feedName: () => text});
    for (const file of files) {
      // Content lines end with CRLF; nothing else in them may be a control.
      const lines = file.text.split('\r\n');
      expect(lines.filter((line) => CONTROL.test(line)), file.path).toEqual([]);
      const {events} = parse(file.text);
      // A carriage return alone is a line break, as iCalendar writes it.
      expect(events[0]?.summary).toBe(character === '\r' ? 'A\nB' : 'AB');
    }
  });
});

describe('sequenceOf', () => {
  it('grows with every later change, even within a day, and fits a 31-bit integer', () => {
    expect(sequenceOf('2026-11-20T09:31Z')).toBe(sequenceOf('2026-11-20T09:30Z') + 1);
    expect(sequenceOf('2026-11-21T09:30Z')).toBeGreaterThan(sequenceOf('2026-11-20T23:59Z'));
    expect(sequenceOf('5000-12-31T23:59Z')).toBeLessThan(2 ** 31);
    expect(sequenceOf('2020-01-01T00:00Z')).toBe(0);
  });
});
