import {csvParseRows} from 'd3-dsv';
import {stringify} from 'yaml';
import {COUNTRY_GROUPS} from '../indicators/compute/countries';
import {normalizeName} from '../countries/normalize';
import {NOT_STATED} from './types';
import type {CountryGroup} from '../indicators/compute/countries';
import type {Answer, Gender, Mode, ModeCounts, ParticipationData} from './types';

/** The columns the import reads; every other column (names, addresses, organisations…) is ignored. */
export const FIELDS = ['country', 'mode', 'first_time', 'gender', 'fellowship'] as const;
export type Field = (typeof FIELDS)[number];

export type ImportProblem = {file: string; line: number; message: string};

type Options = {
  event: {id: string; sample: boolean; attendance: 'in-person' | 'online' | 'mixed'};
  /** Column names by field, where the export names them otherwise (`{country: 'Member State'}`). */
  columns: Partial<Record<Field, string>>;
  /** The ISO alpha-3 code of a country name in any of the six languages, or `null`. */
  countryCode: (name: string) => string | null;
  groupOf: (code: string) => CountryGroup;
  source: string;
  collected: string;
};

/** Case, spacing, dashes and underscores do not matter in column names and answers. */
const key = (text: string) => normalizeName(text.replace(/[_-]+/g, ' '));

const ANSWER_WORDS: Record<string, Answer> = {yes: 'yes', y: 'yes', true: 'yes', '1': 'yes', no: 'no', n: 'no', false: 'no', '0': 'no'};
const MODE_WORDS: Record<string, Mode> = {'in person': 'in_person', onsite: 'in_person', 'on site': 'in_person', physical: 'in_person', remote: 'remote', online: 'remote', virtual: 'remote', remotely: 'remote'};
const GENDER_WORDS: Record<string, Gender> = {woman: 'woman', female: 'woman', f: 'woman', w: 'woman', man: 'man', male: 'man', m: 'man', another: 'another', other: 'another', 'non binary': 'another', nonbinary: 'another'};
/** Answers that state nothing. */
const UNSTATED = new Set(['', 'not stated', 'prefer not to say', 'n a', 'na', 'none', 'unknown']);

/**
 * An organiser's registrations (one row per participant) counted in memory:
 * only the counts of the participation file come out, never a row, a name or
 * an address. Returns the counts, the problems of every bad row (file:line),
 * and what was left out and why. No counts are returned if any row is bad.
 */
export function importRegistrations(file: string, text: string, options: Options): {data: ParticipationData | null; problems: ImportProblem[]; dropped: string[]} {
  const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const wanted = Object.fromEntries(FIELDS.map((field) => [field, key(options.columns[field] ?? field)])) as Record<Field, string>;
  const index = Object.fromEntries(FIELDS.map((field) => [field, header.findIndex((name) => key(name) === wanted[field])])) as Record<Field, number>;
  const problems: ImportProblem[] = [];
  const single: Mode | null = options.event.attendance === 'in-person' ? 'in_person' : options.event.attendance === 'online' ? 'remote' : null;
  if (index.country === -1) problems.push({file, line: 1, message: `no column "${options.columns.country ?? 'country'}": found ${header.join(' | ')}; name it with --column country=<its name>`});
  if (index.mode === -1 && single === null) problems.push({file, line: 1, message: `no column "${options.columns.mode ?? 'mode'}" (in person / remote), which a mixed event needs; name it with --column mode=<its name>`});
  const ignored = header.filter((_, i) => !Object.values(index).includes(i));
  const dropped = ignored.length > 0 ? [`columns ${ignored.map((name) => `"${name}"`).join(', ')}: not participation fields, not read`] : [];
  if (problems.length > 0) return {data: null, problems, dropped};

  const participants = new Map<string, ModeCounts>();
  const firstTime: Record<Answer, number> = {yes: 0, no: 0, not_stated: 0};
  const gender: Record<Gender, number> = {woman: 0, man: 0, another: 0, not_stated: 0};
  const fellowships = Object.fromEntries(COUNTRY_GROUPS.map((group) => [group, 0])) as Record<CountryGroup, number>;
  let empty = 0;
  rows.forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => cell.trim() === '')) {
      empty += 1;
      return;
    }
    const cell = (field: Field) => (index[field] === -1 ? '' : (row[index[field]] ?? '').trim());
    const bad = (field: Field, expected: string) => problems.push({file, line, message: `${header[index[field]]}: found '${cell(field)}', expected ${expected}`});
    const countryText = cell('country');
    const code = UNSTATED.has(key(countryText)) ? NOT_STATED : options.countryCode(countryText);
    if (code === null) bad('country', 'a country name in one of the six UN languages or its ISO code (empty if not stated)');
    const modeText = key(cell('mode'));
    const mode = modeText === '' ? single : MODE_WORDS[modeText];
    if (!mode) bad('mode', single ? 'in person or remote' : 'in person or remote (the event is held both ways)');
    const answer = (field: 'first_time' | 'fellowship'): Answer | undefined => (UNSTATED.has(key(cell(field))) ? 'not_stated' : ANSWER_WORDS[key(cell(field))]);
    const first = answer('first_time');
    if (index.first_time !== -1 && !first) bad('first_time', 'yes, no or nothing');
    const genderText = key(cell('gender'));
    const stated: Gender | undefined = UNSTATED.has(genderText) ? 'not_stated' : GENDER_WORDS[genderText];
    if (index.gender !== -1 && !stated) bad('gender', 'woman, man, another or nothing (not stated)');
    const fellow = answer('fellowship');
    if (index.fellowship !== -1 && !fellow) bad('fellowship', 'yes, no or nothing');
    if (code === null || !mode || !first || !stated || !fellow) return;
    const counts = participants.get(code) ?? {in_person: 0, remote: 0};
    counts[mode] += 1;
    participants.set(code, counts);
    firstTime[first] += 1;
    gender[stated] += 1;
    if (fellow === 'yes') fellowships[options.groupOf(code)] += 1;
  });
  if (empty > 0) dropped.push(`${empty} empty row(s)`);
  if (problems.length > 0) return {data: null, problems, dropped};
  const codes = [...participants.keys()].sort((a, b) => (a === NOT_STATED ? 1 : b === NOT_STATED ? -1 : a.localeCompare(b)));
  return {
    data: {
      event: options.event.id,
      source: options.source,
      collected: options.collected,
      participants: Object.fromEntries(codes.map((code) => [code, participants.get(code) as ModeCounts])),
      ...(index.first_time !== -1 && {first_time: firstTime}),
      ...(index.gender !== -1 && {gender}),
      ...(index.fellowship !== -1 && {fellowships}),
      sample: options.event.sample,
    },
    problems,
    dropped,
  };
}

/** A participation file as YAML, saying how it was made. */
export const participationYaml = (data: ParticipationData) =>
  `# Written by \`npm run participation:import\`: counts only, no names or addresses (README, section "Participation").\n${data.sample ? '# Sample data: made-up counts for a made-up event.\n' : ''}${stringify(data, {flowCollectionPadding: false, lineWidth: 0, collectionStyle: 'block'})}`;
