import {dsvFormat} from 'd3-dsv';
import {stringify} from 'yaml';
import {INCOME_GROUPS} from './types';
import type {ImportProblem} from './m49Table';
import type {CountryNames, IncomeGroup, IncomeGroups} from './types';

/** The `Income group` values of the World Bank's CLASS workbook (sheet "List of economies"). */
const GROUP_OF: Record<string, IncomeGroup> = {
  'low income': 'low',
  'lower middle income': 'lower_middle',
  'upper middle income': 'upper_middle',
  'high income': 'high',
};
const COLUMNS = ['Economy', 'Code', 'Region', 'Income group'] as const;

type Meta = {asOf: string; fiscalYear: string; source: string};

/**
 * The World Bank's income groups from its CLASS table (`CLASS_FY2026.csv`, the
 * sheet "List of economies"), keyed by the ISO alpha-3 codes of the M49
 * table. Rows without a region are the World Bank's aggregates (`LIC`, `WLD`)
 * and are skipped; an economy without an income group (Venezuela, Ethiopia in
 * FY2026) stays out of the four lists. Codes the M49 table does not have
 * (`XKX` Kosovo, `CHI` Channel Islands, `TWN`) are returned in `unmatched`, for
 * the import to say so. Nothing is returned unless the table is sound.
 */
export function importIncome(file: string, text: string, names: CountryNames, meta: Meta): {income: IncomeGroups | null; unmatched: string[]; problems: ImportProblem[]} {
  const parsed = dsvFormat(',').parse(text.replace(/^\uFEFF/, ''));
  const missing = COLUMNS.filter((column) => !parsed.columns.includes(column));
  if (missing.length > 0) {
    return {income: null, unmatched: [], problems: [{file, line: 1, message: `missing column(s) ${missing.join(', ')}; found: ${parsed.columns.join(' | ')}. Expected the sheet "List of economies" of the World Bank's CLASS workbook as CSV.`}]};
  }
  const known = new Set(names.countries.map((country) => country.iso3));
  const problems: ImportProblem[] = [];
  const lists = Object.fromEntries(INCOME_GROUPS.map((group) => [group, [] as string[]])) as Record<IncomeGroup, string[]>;
  const unmatched: string[] = [];
  const seen = new Map<string, number>();
  parsed.forEach((row, index) => {
    const line = index + 2;
    const code = (row.Code ?? '').trim();
    if ((row.Region ?? '').trim() === '') return;
    if (!/^[A-Z]{3}$/.test(code)) problems.push({file, line, message: `Code: found '${code}', expected three capital letters`});
    if (seen.has(code)) problems.push({file, line, message: `Code: found '${code}' again (also on line ${seen.get(code)})`});
    seen.set(code, line);
    const value = (row['Income group'] ?? '').trim();
    const group = GROUP_OF[value.toLowerCase()];
    if (value !== '' && !group) problems.push({file, line, message: `Income group: found '${value}', expected Low income, Lower middle income, Upper middle income, High income or nothing`});
    if (!known.has(code)) unmatched.push(code);
    else if (group) lists[group].push(code);
  });
  if (problems.length > 0) return {income: null, unmatched: [], problems};
  return {
    income: {as_of: meta.asOf, fiscal_year: meta.fiscalYear, source: meta.source, ...(Object.fromEntries(INCOME_GROUPS.map((group) => [group, lists[group].sort()])) as Record<IncomeGroup, string[]>)},
    unmatched: unmatched.sort(),
    problems: [],
  };
}

/** The income groups as YAML, saying how they were made. */
export const incomeYaml = (income: IncomeGroups, file: string) =>
  `# Written by \`npm run income:import\` from ${file} (a CSV export of the World Bank's CLASS workbook, not published as such by the World Bank). Do not edit by hand: import a newer table instead.\n${stringify(income, {flowCollectionPadding: false, lineWidth: 0})}`;
