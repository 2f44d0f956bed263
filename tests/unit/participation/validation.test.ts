import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadGroupings} from '../../../plugins/countries/groupings';
import {loadIncomeGroups} from '../../../plugins/countries/income';
import {loadCountryNames} from '../../../plugins/countries/names';
import {readEventFiles} from '../../../plugins/events/loadEvents';
import {validateParticipation} from '../../../plugins/participation/load';
import {placer} from '../../../plugins/participation/places';
import {formatProblems} from '../../../plugins/utils/problems';
import {parseYamlWithLines} from '../../../plugins/utils/yaml';
import type {EventData} from '../../../plugins/events/types';

const SITE = path.join(__dirname, '../../..');
const names = loadCountryNames(SITE).names!;
const placeOf = placer(names, loadGroupings(SITE).groupings!, loadIncomeGroups(SITE).income!);
const events = new Map(readEventFiles(SITE, path.join(SITE, 'data/events')).map((file) => [file.id, file.parsed.data as EventData]));
const context = {events, countries: new Set(names.countries.map((c) => c.iso3)), groupOf: (code: string) => placeOf(code).group, now: new Date('2026-12-07T00:00Z')};

/** Validates one file's text, as data/participation/<id>.yml. */
const problemsOf = (id: string, text: string) =>
  validateParticipation([{file: `data/participation/${id}.yml`, id, parsed: parseYamlWithLines(text)}], context).problems.map((p) => `${p.line} ${p.field}: ${p.message}`);

const VALID = `event: sample-sg12-geneva-2026-03
source: Registrations of the organiser
collected: 2026-03-12
participants:
  KEN: {in_person: 3, remote: 2}
  not_stated: {in_person: 0, remote: 1}
gender: {woman: 2, man: 3, another: 0, not_stated: 1}
sample: true
`;

describe('participation files, one rule at a time', () => {
  it('accepts a valid file', () => expect(problemsOf('sample-sg12-geneva-2026-03', VALID)).toEqual([]));

  it.each([
    ['a negative count and an unknown field', VALID.replace('remote: 2', 'remote: -2').replace('sample: true', 'sample: true\nnames: [A]'), ['5 participants.KEN.remote: found -2, expected a whole number of participants, 0 or more', '9 names: found [ \'A\' ], expected "names" is not allowed']],
    ['a country the UN table does not have', VALID.replace('KEN', 'XKX'), ["5 participants.XKX: found 'XKX', expected an ISO alpha-3 code of data/countries/names.yml (the UN M49 table), or not_stated"]],
    ['a breakdown that does not add up', VALID.replace('woman: 2', 'woman: 9'), ['7 gender: found 13, expected counts that add up to the 6 participants (not_stated counts those who did not answer)']],
    ['more fellowships than participants of the group', VALID.replace('sample: true', 'fellowships: {ldc: 0, lldc: 0, sids: 0, other: 6, unclassified: 0}\nsample: true'), ['8 fellowships.other: found 6, expected at most one fellowship per participant from the group (5); if the UN lists changed since the import, import the registrations again']],
    ['real counts for a sample event', VALID.replace('sample: true', 'sample: false'), ['8 sample: found false, expected true, as the event’s own sample field: made-up counts go with made-up events only']],
    ['counts collected before the meeting', VALID.replace('2026-03-12', '2026-01-01'), ["3 collected: found '2026-01-01', expected a day on or after the meeting’s first day (2026-03-03)"]],
  ])('refuses %s', (_, text, expected) => expect(problemsOf('sample-sg12-geneva-2026-03', text)).toEqual(expected));

  it('refuses remote participants of an event held in person only, and a file named after another event', () => {
    expect(problemsOf('sample-bsg-workshop-suva-2025-09', VALID.replace('sample-sg12-geneva-2026-03', 'sample-bsg-workshop-suva-2025-09').replace('2026-03-12', '2025-09-17'))).toEqual([
      "5 participants: found '3 remote', expected no remote participants: the event’s attendance is in-person",
    ]);
    expect(problemsOf('other-name', VALID)[0]).toBe("1 event: found 'sample-sg12-geneva-2026-03', expected the file name without .yml (other-name): rename one of them");
  });

  it('refuses counts for an event that is not over, or that does not exist', () => {
    expect(problemsOf('sample-sg13-meeting-geneva-2027', VALID.replace('sample-sg12-geneva-2026-03', 'sample-sg13-meeting-geneva-2027').replace('2026-03-12', '2027-04-01'))).toEqual([
      "1 event: found 'sample-sg13-meeting-geneva-2027', expected an event that is over: participation is counted after the meeting (it ends 2027-04-01T17:30)",
    ]);
    expect(problemsOf('nope', VALID.replace('sample-sg12-geneva-2026-03', 'nope'))).toEqual(["1 event: found 'nope', expected an event of data/events/ (add the event first)"]);
  });

  it('reports every problem of every file at once', () => {
    const {problems} = validateParticipation(
      [
        {file: 'data/participation/a.yml', id: 'a', parsed: parseYamlWithLines('event: a\n')},
        {file: 'data/participation/b.yml', id: 'b', parsed: parseYamlWithLines('event: [\n')},
      ],
      context,
    );
    expect(formatProblems('Invalid participation data', problems, 'hint').split('\n').slice(0, 2)).toEqual(['Invalid participation data: 5 problem(s) in 2 file(s).', "- data/participation/a.yml:1 source: found nothing (the field is missing), expected where the counts come from, as text (e.g. \"Registrations exported from the organiser’s system\")"]);
  });
});
