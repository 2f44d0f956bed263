import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalogue} from '../../../plugins/catalogue/loadCatalogue';
import {readEventFiles, toEventCatalogue, validateEvents} from '../../../plugins/events/loadEvents';
import {ATTENDANCE_MODES, EVENT_STATUSES, EVENT_TYPES} from '../../../plugins/events/types';

const siteDir = path.join(__dirname, '../../..');

describe('the sample events in data/events/', () => {
  const {catalogue} = loadCatalogue(siteDir, path.join(siteDir, 'data'));
  const {events, problems} = validateEvents(readEventFiles(siteDir, path.join(siteDir, 'data/events')), toEventCatalogue(catalogue));

  it('are valid against the catalogue', () => {
    expect(problems).toEqual([]);
  });

  it('show every type, attendance mode and status, in several regions and languages, all labelled as samples', () => {
    expect(events.length).toBeGreaterThanOrEqual(12);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    expect(new Set(events.map((e) => e.attendance))).toEqual(new Set(ATTENDANCE_MODES));
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(EVENT_STATUSES));
    expect(new Set(events.flatMap((e) => e.languages)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(events.flatMap((e) => e.venue?.country ?? [])).size).toBeGreaterThanOrEqual(6);
    expect(events.filter((e) => !e.sample || !e.id.startsWith('sample-'))).toEqual([]);
  });
});
