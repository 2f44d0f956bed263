import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {csvParseRows} from 'd3-dsv';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {countryMatcher} from '../../../plugins/countries/match';
import {loadCountryNames} from '../../../plugins/countries/names';
import {importRegistrations} from '../../../plugins/participation/importRegistrations';

const SITE = path.join(__dirname, '../../..');
const FIXTURES = path.join(SITE, 'tests/fixtures/participation/import');
const EVENT = 'sample-sg12-geneva-2026-03';
const names = loadCountryNames(SITE).names!;
const match = countryMatcher(names);

/** Runs `npm run participation:import` as an organiser would, writing into a fresh folder. */
function runImport(csv: string, ...args: string[]) {
  const out = mkdtempSync(path.join(tmpdir(), 'bsg-participation-'));
  const result = spawnSync(path.join(SITE, 'node_modules/.bin/tsx'), [path.join(SITE, 'scripts/participation-import.ts'), path.join(FIXTURES, csv), '--event', EVENT, '--collected', '2026-03-12', ...args], {
    cwd: SITE,
    env: {...process.env, PARTICIPATION_DATA_DIR: out},
    encoding: 'utf8',
  });
  const files = readdirSync(out);
  return {status: result.status, output: `${result.stdout}${result.stderr}`, files, written: files.length > 0 ? readFileSync(path.join(out, files[0]!), 'utf8') : ''};
}

describe('npm run participation:import', () => {
  it('writes counts only: no name, address or organisation of the input is in the file or the output', () => {
    const {status, output, written} = runImport('registrations.csv');
    expect(status, output).toBe(0);
    const [header = [], ...rows] = csvParseRows(readFileSync(path.join(FIXTURES, 'registrations.csv'), 'utf8'));
    const personal = rows.flatMap((row) => [0, 1, 2].map((i) => row[i] ?? '')).filter((value) => value !== '');
    expect(personal.length).toBeGreaterThan(20);
    for (const value of personal) {
      expect(written, value).not.toContain(value);
      expect(output, value).not.toContain(value);
      // Not even a part of an address.
      if (value.includes('@')) expect(written + output).not.toContain(value.split('@')[0]);
    }
    // It says what it left out, by column name.
    expect(output).toContain(`Left out: columns "${header[0]}", "${header[1]}", "${header[2]}": not participation fields, not read.`);
    expect(output).toContain('Left out: 1 empty row(s).');
  });

  it('counts by country (names in any of the six languages), mode, first time, gender and fellowship', () => {
    const data = parse(runImport('registrations.csv').written) as Record<string, unknown>;
    expect(data.participants).toEqual({
      BOL: {in_person: 1, remote: 0},
      BRA: {in_person: 0, remote: 1},
      CHN: {in_person: 1, remote: 0},
      EGY: {in_person: 0, remote: 1},
      FRA: {in_person: 0, remote: 1},
      SEN: {in_person: 1, remote: 0},
      TUV: {in_person: 1, remote: 0},
      not_stated: {in_person: 0, remote: 1},
    });
    expect(data.first_time).toEqual({yes: 4, no: 2, not_stated: 2});
    expect(data.gender).toEqual({woman: 4, man: 2, another: 0, not_stated: 2});
    // Senegal and Tuvalu are LDCs, Bolivia an LLDC.
    expect(data.fellowships).toEqual({ldc: 2, lldc: 1, sids: 0, other: 0, unclassified: 0});
    expect(data.sample).toBe(true);
  });

  it('writes nothing when a row is bad, naming the file, line and column of each', () => {
    const {status, output, files} = runImport('bad.csv');
    expect(status).toBe(1);
    expect(files).toEqual([]);
    expect(output).toContain("bad.csv:2 Country: found 'Atlantis'");
    expect(output).toContain("bad.csv:3 Mode: found 'by carrier pigeon'");
    expect(output).toContain("bad.csv:4 Gender: found 'robot'");
    for (const value of ['Amina Diallo', 'amina.diallo@example.org', 'Jean Dupont', 'Li Wei']) expect(output).not.toContain(value);
  });

  it('reads columns named otherwise through --column', () => {
    const {status, written} = runImport('mapped.csv', '--column', 'country=Member State', '--column', 'mode=Attendance');
    expect(status).toBe(0);
    expect((parse(written) as {participants: unknown}).participants).toEqual({BRA: {in_person: 0, remote: 1}, MEX: {in_person: 1, remote: 0}});
  });

  it('refuses an event that is not over, and writes nothing', () => {
    const out = runImport('mapped.csv', '--column', 'country=Member State', '--column', 'mode=Attendance', '--event', 'sample-sg13-meeting-geneva-2027');
    expect(out.status).toBe(1);
    expect(out.output).toContain('participation is counted after the meeting');
    expect(out.files).toEqual([]);
  });
});

describe('importRegistrations (pure)', () => {
  const options = {event: {id: 'x', sample: false, attendance: 'in-person' as const}, columns: {}, countryCode: (name: string) => match(name)?.iso3 ?? null, groupOf: () => 'other' as const, source: 's', collected: '2026-01-01'};
  it('takes the mode from an event held one way only', () => {
    const {data} = importRegistrations('r.csv', 'Country\nKenya\nKenia\n', options);
    expect(data?.participants).toEqual({KEN: {in_person: 2, remote: 0}});
    expect(data?.gender).toBeUndefined();
  });
  it('needs a country column', () => {
    expect(importRegistrations('r.csv', 'Name\nA\n', options).problems).toEqual([{file: 'r.csv', line: 1, message: 'no column "country": found Name; name it with --column country=<its name>'}]);
  });
  it('the fixtures are not left behind', () => {
    expect(existsSync(path.join(SITE, 'data/participation/x.yml'))).toBe(false);
  });
});
