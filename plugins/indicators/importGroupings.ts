import {dsvFormat} from 'd3-dsv';
import {stringify} from 'yaml';
import worldCountries from 'world-countries';
import type {CountryGroupings} from './compute/countries';

/** The columns of the UNSD M49 overview table ("Download CSV" on the M49 overview page) that the groupings need. */
const COLUMNS = {
  iso3: /^ISO-alpha3 Code$/i,
  ldc: /^Least Developed Countries/i,
  lldc: /^Land Locked Developing Countries/i,
  sids: /^Small Island Developing States/i,
  /** Only in older versions of the table. */
  developed: /^Developed \/ Developing Countries$/i,
} as const;

export type ImportProblem = {line: number; message: string};

const KNOWN = new Set(worldCountries.map((country) => country.cca3));

/** The UNSD file is separated by semicolons, commas or tabs depending on where it was saved. */
const delimiterOf = (header: string) => [';', '\t', ','].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');

/**
 * Reads the UN country groups from the UNSD M49 overview table: a country is
 * in a group when its column holds `x`. Every problem is returned, with the
 * file line it is on.
 */
export function groupingsFromM49(text: string, meta: {asOf: string; source: string}): {groupings: CountryGroupings | null; problems: ImportProblem[]} {
  const clean = text.replace(/^\uFEFF/, '');
  const header = clean.split(/\r?\n/, 1)[0] ?? '';
  const rows = dsvFormat(delimiterOf(header)).parse(clean);
  const find = (pattern: RegExp) => rows.columns.find((column) => pattern.test(column.trim()));
  const columns = {iso3: find(COLUMNS.iso3), ldc: find(COLUMNS.ldc), lldc: find(COLUMNS.lldc), sids: find(COLUMNS.sids), developed: find(COLUMNS.developed)};
  const missing = (['iso3', 'ldc', 'lldc', 'sids'] as const).filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    const expected = missing.map((key) => `"${COLUMNS[key].source.replace(/[\^$\\]/g, '')}"`).join(', ');
    return {groupings: null, problems: [{line: 1, message: `missing column(s) ${expected}; found: ${rows.columns.join(' | ')}. Expected the UNSD M49 overview table (CSV download).`}]};
  }
  const problems: ImportProblem[] = [];
  const lists: Record<'ldc' | 'lldc' | 'sids' | 'developed', string[]> = {ldc: [], lldc: [], sids: [], developed: []};
  rows.forEach((row, index) => {
    const line = index + 2;
    const code = (row[columns.iso3 as string] ?? '').trim();
    if (code === '') return; // Antarctica and a few areas have no ISO code.
    if (!KNOWN.has(code)) problems.push({line, message: `ISO-alpha3 Code: found '${code}', expected an ISO 3166-1 alpha-3 code that world-countries knows`});
    for (const group of ['ldc', 'lldc', 'sids'] as const) {
      const value = (row[columns[group] as string] ?? '').trim().toLowerCase();
      if (value === 'x') lists[group].push(code);
      else if (value !== '') problems.push({line, message: `${columns[group]}: found '${value}', expected x or nothing`});
    }
    if (columns.developed && /^developed$/i.test((row[columns.developed] ?? '').trim())) lists.developed.push(code);
  });
  if (problems.length > 0) return {groupings: null, problems};
  const sorted = (codes: string[]) => [...new Set(codes)].sort();
  const groupings: CountryGroupings = {as_of: meta.asOf, source: meta.source, ldc: sorted(lists.ldc), lldc: sorted(lists.lldc), sids: sorted(lists.sids)};
  if (columns.developed) groupings.developed = sorted(lists.developed);
  return {groupings, problems};
}

/** The groupings file as YAML, saying how it was made. */
export const groupingsYaml = (groupings: CountryGroupings, file: string) =>
  `# Written by \`npm run countries:import\` from ${file}. Do not edit by hand: import a newer table instead.\n${stringify(groupings, {flowCollectionPadding: false})}`;
