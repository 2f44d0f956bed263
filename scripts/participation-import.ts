/**
 * npm run participation:import -- <registrations.csv> --event <id> [--column field=Name …] [--collected YYYY-MM-DD] [--source TEXT]
 *
 * Counts an organiser's registrations export (one row per participant) into
 * data/participation/<id>.yml: participants by country and mode, and, where
 * the export has the columns, first-time participants, gender and
 * fellowships. Only counts are written; every other column (names,
 * addresses…) is ignored. Nothing is written if a row is bad or the counts
 * do not validate against the event; what was left out is printed.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadGroupings} from '../plugins/countries/groupings';
import {loadIncomeGroups} from '../plugins/countries/income';
import {countryMatcher} from '../plugins/countries/match';
import {loadCountryNames} from '../plugins/countries/names';
import {readEventFiles} from '../plugins/events/loadEvents';
import {FIELDS, importRegistrations, participationYaml} from '../plugins/participation/importRegistrations';
import {validateParticipation} from '../plugins/participation/load';
import {placer} from '../plugins/participation/places';
import {writeAtomically} from '../plugins/utils/files';
import {parseYamlWithLines} from '../plugins/utils/yaml';
import {runCommand} from './runCommand';
import type {EventData} from '../plugins/events/types';
import type {Field} from '../plugins/participation/importRegistrations';

const USAGE = `usage: npm run participation:import -- <registrations.csv> --event <id> [--column field=Name] [--collected YYYY-MM-DD] [--source TEXT]\n  fields: ${FIELDS.join(', ')}`;
const SITE = process.env.BSG_HUB_SITE_DIR ?? path.join(__dirname, '..');
const EVENTS_DIR = path.resolve(SITE, process.env.EVENTS_DATA_DIR ?? 'data/events');
const OUT_DIR = path.resolve(SITE, process.env.PARTICIPATION_DATA_DIR ?? 'data/participation');

function columnsFrom(values: string[]): Partial<Record<Field, string>> | string {
  const columns: Partial<Record<Field, string>> = {};
  for (const value of values) {
    const [field, ...name] = value.split('=');
    if (!FIELDS.includes(field as Field) || name.length === 0) return `--column: found '${value}', expected field=Column name with a field among ${FIELDS.join(', ')}`;
    columns[field as Field] = name.join('=');
  }
  return columns;
}

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      event: {type: 'string'},
      column: {type: 'string', multiple: true, default: []},
      collected: {type: 'string', default: new Date().toISOString().slice(0, 10)},
      source: {type: 'string', default: 'Registrations exported by the organiser, counted by npm run participation:import'},
    },
  });
  const [csv] = positionals;
  const columns = columnsFrom(values.column);
  if (!csv || !values.event || typeof columns === 'string') {
    console.error(typeof columns === 'string' ? `${columns}\n${USAGE}` : USAGE);
    return 2;
  }
  const eventFile = readEventFiles(SITE, EVENTS_DIR).find((file) => file.id === values.event);
  const event = eventFile?.parsed.data as EventData | undefined;
  if (!event) {
    console.error(`--event: found '${values.event}', expected the id of an event in ${path.relative(process.cwd(), EVENTS_DIR)}/ (add the event first)`);
    return 2;
  }
  const {names} = loadCountryNames(SITE);
  const {groupings} = loadGroupings(SITE);
  const {income} = loadIncomeGroups(SITE);
  if (!names || !groupings || !income) {
    console.error('The country data in data/countries/ is missing or invalid: run npm run build to see why.');
    return 1;
  }
  const text = await readFile(csv, 'utf8').catch((error: NodeJS.ErrnoException) => {
    console.error(`${csv}: cannot read it (${error.code ?? error.message})`);
    return null;
  });
  if (text === null) return 2;
  const match = countryMatcher(names);
  const placeOf = placer(names, groupings, income);
  const file = path.relative(process.cwd(), csv);
  const {data, problems, dropped} = importRegistrations(file, text, {
    event: {id: event.id, sample: event.sample, attendance: event.attendance},
    columns,
    countryCode: (name) => match(name)?.iso3 ?? null,
    groupOf: (code) => placeOf(code).group,
    source: values.source,
    collected: values.collected,
  });
  for (const reason of dropped) console.log(`Left out: ${reason}.`);
  if (!data) {
    console.error(`${problems.length} problem(s), nothing written:`);
    for (const problem of problems) console.error(`- ${problem.file}:${problem.line} ${problem.message}`);
    return 1;
  }
  // The counts must pass the build's own checks before they are written.
  const target = path.join(OUT_DIR, `${event.id}.yml`);
  const yaml = participationYaml(data);
  const checked = validateParticipation([{file: path.relative(process.cwd(), target), id: event.id, parsed: parseYamlWithLines(yaml)}], {
    events: new Map([[event.id, event]]),
    countries: new Set(names.countries.map((country) => country.iso3)),
    groupOf: (code) => placeOf(code).group,
    now: new Date(),
  });
  if (checked.problems.length > 0) {
    console.error(`${checked.problems.length} problem(s), nothing written:`);
    for (const problem of checked.problems) console.error(`- ${problem.file} ${problem.field}: ${problem.message}`);
    return 1;
  }
  await writeAtomically(target, yaml);
  const counts = Object.values(data.participants);
  const inPerson = counts.reduce((n, c) => n + c.in_person, 0);
  const remote = counts.reduce((n, c) => n + c.remote, 0);
  const optional = [data.first_time && 'first-time participants', data.gender && 'gender', data.fellowships && 'fellowships'].filter(Boolean);
  console.log(`${path.relative(process.cwd(), target)}: ${inPerson + remote} participants (${inPerson} in person, ${remote} remote) from ${counts.length} countries or "not stated"${optional.length > 0 ? `; ${optional.join(', ')}` : ''}.`);
  return 0;
}

runCommand(main);
