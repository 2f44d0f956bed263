/**
 * npm run countries:import -- <folder> --as-of YYYY-MM-DD [--source TEXT]
 *
 * Reads UNSD's M49 overview table in the six UN languages
 * (`<folder>/m49-overview-<locale>.csv`: the "Download CSV" of
 * https://unstats.un.org/unsd/methodology/m49/overview/ in each language) and
 * writes data/countries/groupings.yml (least developed countries, landlocked
 * developing countries, small island developing States), data/countries/names.yml
 * (the UN short names of countries and regions in each language) and the
 * country dropdown of the GitHub question form. `--as-of` is the date the
 * table reflects (the lists change as countries graduate).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {GROUPINGS_FILE} from '../plugins/countries/groupings';
import {importedYaml, importM49} from '../plugins/countries/importM49';
import {NAMES_FILE} from '../plugins/countries/names';
import {QUESTION_FORM_FILE, withCountryDropdown} from '../plugins/countries/questionForm';
import {writeAtomically} from '../plugins/utils/files';
import {LOCALES} from '../locales';
import {runCommand} from './runCommand';
import type {Locale} from '../locales';
import type {M49File} from '../plugins/countries/importM49';

const USAGE = 'usage: npm run countries:import -- <folder with m49-overview-{en,ar,es,fr,ru,zh}.csv> --as-of YYYY-MM-DD [--source TEXT]';
const DEFAULT_SOURCE = 'UN Statistics Division, Standard country or area codes for statistical use (M49), overview table: https://unstats.un.org/unsd/methodology/m49/overview/';
const SITE = path.join(__dirname, '..');

async function readFiles(folder: string): Promise<Record<Locale, M49File> | null> {
  const files = await Promise.all(
    LOCALES.map(async (locale) => {
      const file = path.join(folder, `m49-overview-${locale}.csv`);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        console.error(`${file}: cannot read it (${error.code ?? error.message}): expected the CSV downloaded from the UNSD M49 overview page in ${locale}`);
        return null;
      });
      return text === null ? null : ([locale, {file, text}] as const);
    }),
  );
  return files.every((entry) => entry !== null) ? (Object.fromEntries(files) as Record<Locale, M49File>) : null;
}

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {'as-of': {type: 'string'}, source: {type: 'string', default: DEFAULT_SOURCE}}});
  const [folder] = positionals;
  const asOf = values['as-of'];
  if (!folder || !asOf) {
    console.error(USAGE);
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error(`--as-of: found '${asOf}', expected the date the table reflects, YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const files = await readFiles(folder);
  if (!files) {
    console.error(USAGE);
    return 2;
  }
  const {groupings, names, problems} = importM49(files, {asOf, source: values.source});
  if (!groupings || !names) {
    console.error(`${problems.length} problem(s), nothing written:`);
    for (const problem of problems) console.error(`- ${problem.file}:${problem.line} ${problem.message}`);
    return 1;
  }
  const from = LOCALES.map((locale) => path.basename(files[locale].file)).join(', ');
  const form = await readFile(path.join(SITE, QUESTION_FORM_FILE), 'utf8');
  await writeAtomically(path.join(SITE, GROUPINGS_FILE), importedYaml(groupings, from));
  await writeAtomically(path.join(SITE, NAMES_FILE), importedYaml(names, from));
  await writeAtomically(path.join(SITE, QUESTION_FORM_FILE), withCountryDropdown(form, names));
  console.log(`${GROUPINGS_FILE}: ${groupings.ldc.length} LDCs, ${groupings.lldc.length} LLDCs, ${groupings.sids.length} SIDS, as of ${asOf}.`);
  console.log(`${NAMES_FILE}: ${names.countries.length} countries and ${names.regions.length} regions in ${LOCALES.length} languages.`);
  console.log(`${QUESTION_FORM_FILE}: the country dropdown lists them.`);
  return 0;
}

runCommand(main);
