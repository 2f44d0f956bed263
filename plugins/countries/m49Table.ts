import {dsvFormat} from 'd3-dsv';
import worldCountries from 'world-countries';

/** The columns of the UNSD M49 overview table ("Download CSV" on the M49 overview page) that the import reads. */
const COLUMNS = {
  region: /^Region Code$/i,
  regionName: /^Region Name$/i,
  name: /^Country or Area$/i,
  m49: /^M49 Code$/i,
  iso3: /^ISO-alpha3 Code$/i,
  ldc: /^Least Developed Countries/i,
  lldc: /^Land Locked Developing Countries/i,
  sids: /^Small Island Developing States/i,
} as const;
type Column = keyof typeof COLUMNS;

export type M49Row = {line: number; iso3: string; m49: string; region: string | null; regionName: string; name: string; ldc: boolean; lldc: boolean; sids: boolean};
export type ImportProblem = {file: string; line: number; message: string};

const KNOWN = new Set(worldCountries.map((country) => country.cca3));

/** The file is separated by semicolons, commas or tabs depending on where it was saved. */
const delimiterOf = (header: string) => [';', '\t', ','].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');

/** A spreadsheet that opened the file may have dropped leading zeros ("4" for "004"). */
const m49Code = (value: string) => (/^\d{1,3}$/.test(value) ? value.padStart(3, '0') : null);

/**
 * Reads one language's M49 overview table. Rows without an ISO code (Sark, in
 * older tables) are left out: the site keys countries by it. Every problem is
 * returned with the file line it is on.
 */
export function readM49Table(file: string, text: string): {rows: M49Row[]; problems: ImportProblem[]} {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = dsvFormat(delimiterOf(clean.split(/\r?\n/, 1)[0] ?? '')).parse(clean);
  const columns = Object.fromEntries(Object.entries(COLUMNS).map(([key, pattern]) => [key, parsed.columns.find((column) => pattern.test(column.trim()))])) as Record<Column, string | undefined>;
  const missing = (Object.keys(COLUMNS) as Column[]).filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    const expected = missing.map((key) => `"${COLUMNS[key].source.replace(/[\^$\\]/g, '')}"`).join(', ');
    return {rows: [], problems: [{file, line: 1, message: `missing column(s) ${expected}; found: ${parsed.columns.join(' | ')}. Expected the UNSD M49 overview table (CSV download).`}]};
  }
  const problems: ImportProblem[] = [];
  const rows: M49Row[] = [];
  const seen = new Map<string, number>();
  parsed.forEach((raw, index) => {
    const line = index + 2;
    const cell = (key: Column) => (raw[columns[key] as string] ?? '').trim();
    const report = (key: Column, found: string, expected: string) => problems.push({file, line, message: `${columns[key]}: found '${found}', expected ${expected}`});
    const iso3 = cell('iso3');
    if (iso3 === '') return;
    if (!KNOWN.has(iso3)) report('iso3', iso3, 'an ISO 3166-1 alpha-3 code that world-countries knows');
    const m49 = m49Code(cell('m49'));
    if (m49 === null) report('m49', cell('m49'), 'an M49 code of one to three digits');
    for (const [key, code] of [['iso3', iso3], ['m49', m49]] as const) {
      if (code !== null && seen.has(`${key}:${code}`)) report(key, code, `a code used once (it is also on line ${seen.get(`${key}:${code}`)})`);
      if (code !== null) seen.set(`${key}:${code}`, line);
    }
    const region = cell('region') === '' ? null : m49Code(cell('region'));
    if (cell('region') !== '' && region === null) report('region', cell('region'), 'an M49 code of one to three digits, or nothing (Antarctica)');
    if (cell('name') === '') report('name', '', 'the UN short name of the country or area');
    const flag = (key: 'ldc' | 'lldc' | 'sids') => {
      const value = cell(key).toLowerCase();
      if (value !== 'x' && value !== '') report(key, value, 'x or nothing');
      return value === 'x';
    };
    rows.push({line, iso3, m49: m49 ?? '', region, regionName: cell('regionName'), name: cell('name'), ldc: flag('ldc'), lldc: flag('lldc'), sids: flag('sids')});
  });
  return {rows, problems};
}
