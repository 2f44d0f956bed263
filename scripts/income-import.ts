/**
 * npm run income:import -- <folder> [--fiscal-year FY2026] [--as-of 2025-07-01] [--source TEXT]
 *
 * Reads the World Bank's income groups (`<folder>/CLASS_<fiscal year>.csv`, the
 * sheet "List of economies" of its CLASS workbook as CSV; the copy of FY2026
 * is in ../shared/data/worldbank-income/) and writes data/countries/income.yml:
 * the ISO alpha-3 codes of low, lower-middle, upper-middle and high income
 * economies, with the fiscal year, the date it takes effect and the source.
 * The build reads the committed file, never the folder.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {INCOME_FILE} from '../plugins/countries/income';
import {importIncome, incomeYaml} from '../plugins/countries/importIncome';
import {loadCountryNames} from '../plugins/countries/names';
import {writeAtomically} from '../plugins/utils/files';
import {INCOME_GROUPS} from '../plugins/countries/types';
import {runCommand} from './runCommand';

const USAGE = 'usage: npm run income:import -- <folder with CLASS_FY2026.csv> [--fiscal-year FY2026] [--as-of 2025-07-01] [--source TEXT]';
const DEFAULT_SOURCE = 'World Bank, World Bank Country and Lending Groups (CLASS workbook, sheet "List of economies"), CC BY 4.0: https://datahelpdesk.worldbank.org/knowledgebase/articles/906519-world-bank-country-and-lending-groups';
const SITE = path.join(__dirname, '..');

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {'fiscal-year': {type: 'string', default: 'FY2026'}, 'as-of': {type: 'string'}, source: {type: 'string', default: DEFAULT_SOURCE}},
  });
  const [folder] = positionals;
  const fiscalYear = values['fiscal-year'];
  if (!folder || !/^FY\d{4}$/.test(fiscalYear)) {
    console.error(USAGE);
    return 2;
  }
  // The groups of FY2026 are set on 1 July 2025 (the fiscal year starts then).
  const asOf = values['as-of'] ?? `${Number(fiscalYear.slice(2)) - 1}-07-01`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error(`--as-of: found '${asOf}', expected YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const {names, problems: nameProblems} = loadCountryNames(SITE);
  if (!names) {
    console.error(`The UN country data is needed to match codes: ${nameProblems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`);
    return 1;
  }
  const file = path.join(folder, `CLASS_${fiscalYear}.csv`);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    console.error(`${file}: cannot read it (${error.code ?? error.message}): expected the sheet "List of economies" of the World Bank's CLASS workbook as CSV`);
    return null;
  });
  if (text === null) return 2;
  const {income, unmatched, problems} = importIncome(file, text, names, {asOf, fiscalYear, source: values.source});
  if (!income) {
    console.error(`${problems.length} problem(s), nothing written:`);
    for (const problem of problems) console.error(`- ${problem.file}:${problem.line} ${problem.message}`);
    return 1;
  }
  await writeAtomically(path.join(SITE, INCOME_FILE), incomeYaml(income, path.basename(file)));
  console.log(`${INCOME_FILE}: ${INCOME_GROUPS.map((group) => `${income[group].length} ${group.replace('_', '-')}`).join(', ')} income economies, ${fiscalYear} (as of ${asOf}).`);
  if (unmatched.length > 0) console.log(`Not in the UN M49 table, left out: ${unmatched.join(', ')}.`);
  return 0;
}

runCommand(main);
