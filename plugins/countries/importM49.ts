import {LOCALES} from '../../locales';
import type {Locale} from '../../locales';
import {stringify} from 'yaml';
import {readM49Table} from './m49Table';
import type {ImportProblem, M49Row} from './m49Table';
import type {CountryGroupings, CountryNames, UnNames} from './types';

export type M49File = {file: string; text: string};
type Meta = {asOf: string; source: string};

const codesOf = (row: M49Row) => `ISO ${row.iso3}, region ${row.region ?? 'none'}`;

/** Every language's table must list the same countries, with the same codes, as the English one. */
function sameCodes(english: M49Row[], other: M49Row[], file: string, englishFile: string): ImportProblem[] {
  const byM49 = new Map(english.map((row) => [row.m49, row]));
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const row of other) {
    seen.add(row.m49);
    const match = byM49.get(row.m49);
    if (!match) problems.push({file, line: row.line, message: `M49 Code ${row.m49} (${row.iso3}) is not in ${englishFile}`});
    else if (codesOf(match) !== codesOf(row)) problems.push({file, line: row.line, message: `M49 Code ${row.m49}: found ${codesOf(row)}, ${englishFile}:${match.line} has ${codesOf(match)}`});
  }
  const absent = english.filter((row) => !seen.has(row.m49));
  if (absent.length > 0) problems.push({file, line: 1, message: `missing the countries of ${englishFile} with M49 Code ${absent.map((row) => `${row.m49} (${row.iso3})`).join(', ')}`});
  return problems;
}

/**
 * The UN country groups (from the English table) and the UN short names of
 * countries and regions in the six languages, from UNSD's M49 overview table
 * in each language. Nothing is returned unless every file is sound.
 */
export function importM49(files: Record<Locale, M49File>, meta: Meta): {groupings: CountryGroupings | null; names: CountryNames | null; problems: ImportProblem[]} {
  const tables = Object.fromEntries(LOCALES.map((locale) => [locale, readM49Table(files[locale].file, files[locale].text)])) as Record<Locale, ReturnType<typeof readM49Table>>;
  const english = tables.en.rows;
  const problems = [
    ...LOCALES.flatMap((locale) => tables[locale].problems),
    // Compared only once both tables read cleanly: a broken English table would make every language differ.
    ...LOCALES.filter((locale) => locale !== 'en' && tables.en.problems.length + tables[locale].problems.length === 0).flatMap((locale) => sameCodes(english, tables[locale].rows, files[locale].file, files.en.file)),
  ];
  if (problems.length > 0) return {groupings: null, names: null, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)};

  const byLocale = LOCALES.map((locale) => [locale, new Map(tables[locale].rows.map((row) => [row.m49, row]))] as const);
  const namesOf = (m49: string, pick: (row: M49Row) => string) => Object.fromEntries(byLocale.map(([locale, rows]) => [locale, pick(rows.get(m49) as M49Row)])) as UnNames;
  const regionRows = [...new Map(english.filter((row) => row.region !== null).map((row) => [row.region as string, row])).values()];
  const names: CountryNames = {
    as_of: meta.asOf,
    source: meta.source,
    regions: regionRows.map((row) => ({m49: row.region as string, names: namesOf(row.m49, (r) => r.regionName)})),
    countries: english.map((row) => ({iso3: row.iso3, m49: row.m49, region: row.region, names: namesOf(row.m49, (r) => r.name)})),
  };
  const list = (flag: 'ldc' | 'lldc' | 'sids') => english.filter((row) => row[flag]).map((row) => row.iso3).sort();
  const groupings: CountryGroupings = {as_of: meta.asOf, source: meta.source, ldc: list('ldc'), lldc: list('lldc'), sids: list('sids')};
  return {groupings, names, problems};
}

/** A data file as YAML, saying how it was made. */
export const importedYaml = (data: CountryGroupings | CountryNames, files: string) =>
  `# Written by \`npm run countries:import\` from ${files}. Do not edit by hand: import a newer table instead.\n${stringify(data, {flowCollectionPadding: false, lineWidth: 0})}`;
