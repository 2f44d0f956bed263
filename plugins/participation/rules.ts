import {toUtc} from '../events/time';
import {MODES} from './types';
import type {CountryGroup} from '../indicators/compute/countries';
import type {DataProblem} from '../utils/problems';
import type {EventData} from '../events/types';
import type {ParticipationData} from './types';

/** What a participation file is checked against: the events, the UN countries (and their group) and the time of the build. */
export type ParticipationContext = {events: ReadonlyMap<string, EventData>; countries: ReadonlySet<string>; groupOf: (code: string) => CountryGroup; now: Date};

const sum = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((total, n) => total + n, 0);

/**
 * The rules a schema cannot say: against the event the file counts (it must
 * exist, be over and held in the modes counted) and the UN country data, and
 * between the fields (every breakdown sums to the participants).
 */
export function checkParticipation(data: ParticipationData, fileId: string, context: ParticipationContext): DataProblem[] {
  const problems: DataProblem[] = [];
  const problem = (path: (string | number)[], found: unknown, expected: string) => problems.push({path, found, expected});
  if (data.event !== fileId) problem(['event'], data.event, `the file name without .yml (${fileId}): rename one of them`);
  for (const code of Object.keys(data.participants)) {
    if (code !== 'not_stated' && !context.countries.has(code)) problem(['participants', code], code, 'an ISO alpha-3 code of data/countries/names.yml (the UN M49 table), or not_stated');
  }
  const total = Object.values(data.participants).reduce((n, counts) => n + sum(counts), 0);
  if (total === 0) problem(['participants'], 0, 'at least one participant: a meeting nobody attended has no file');
  for (const key of ['first_time', 'gender'] as const) {
    if (data[key] !== undefined && sum(data[key]) !== total) problem([key], sum(data[key]), `counts that add up to the ${total} participants (not_stated counts those who did not answer)`);
  }
  if (data.fellowships !== undefined) {
    const inGroup = new Map<CountryGroup, number>();
    for (const [code, counts] of Object.entries(data.participants)) {
      if (code === 'not_stated' || context.countries.has(code)) inGroup.set(context.groupOf(code), (inGroup.get(context.groupOf(code)) ?? 0) + sum(counts));
    }
    for (const [group, granted] of Object.entries(data.fellowships) as [CountryGroup, number][]) {
      if (granted > (inGroup.get(group) ?? 0)) problem(['fellowships', group], granted, `at most one fellowship per participant from the group (${inGroup.get(group) ?? 0}); if the UN lists changed since the import, import the registrations again`);
    }
  }

  const event = context.events.get(data.event);
  if (!event) {
    problem(['event'], data.event, 'an event of data/events/ (add the event first)');
    return problems;
  }
  const end = toUtc(event.end, event.timezone);
  if (end.ok && end.utc > context.now) problem(['event'], data.event, `an event that is over: participation is counted after the meeting (it ends ${event.end})`);
  if (event.status === 'cancelled' || event.status === 'postponed') problem(['event'], data.event, `an event that took place (its status is ${event.status})`);
  if (data.collected < event.start.slice(0, 10)) problem(['collected'], data.collected, `a day on or after the meeting’s first day (${event.start.slice(0, 10)})`);
  if (data.sample !== event.sample) problem(['sample'], data.sample, `${event.sample}, as the event’s own sample field: made-up counts go with made-up events only`);
  const held = {in_person: event.attendance !== 'online', remote: event.attendance !== 'in-person'};
  for (const mode of MODES) {
    const inMode = Object.values(data.participants).reduce((n, counts) => n + counts[mode], 0);
    if (inMode > 0 && !held[mode]) problem(['participants'], `${inMode} ${mode.replace('_', ' ')}`, `no ${mode.replace('_', ' ')} participants: the event’s attendance is ${event.attendance}`);
  }
  return problems;
}
