/**
 * npm run countries:import -- <m49-overview.csv> --as-of YYYY-MM-DD [--source TEXT]
 *
 * Writes data/countries/groupings.yml (least developed countries, landlocked
 * developing countries, small island developing States and, in older tables,
 * developed countries) from the UNSD M49 overview table: the "Download CSV"
 * of https://unstats.un.org/unsd/methodology/m49/overview/. `--as-of` is the
 * date the table reflects (the lists change as countries graduate).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {GROUPINGS_FILE} from '../plugins/indicators/groupings';
import {writeAtomically} from '../plugins/utils/files';
import {groupingsFromM49, groupingsYaml} from '../plugins/indicators/importGroupings';

const USAGE = 'usage: npm run countries:import -- <m49-overview.csv> --as-of YYYY-MM-DD [--source TEXT]';
const DEFAULT_SOURCE = 'UN Statistics Division, Standard country or area codes for statistical use (M49), overview table: https://unstats.un.org/unsd/methodology/m49/overview/';

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {'as-of': {type: 'string'}, source: {type: 'string', default: DEFAULT_SOURCE}}});
  const [file] = positionals;
  const asOf = values['as-of'];
  if (!file || !asOf) {
    console.error(USAGE);
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error(`--as-of: found '${asOf}', expected the date the table reflects, YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    console.error(`${file}: cannot read it (${error.code ?? error.message}): expected the CSV downloaded from the UNSD M49 overview page\n${USAGE}`);
    return null;
  });
  if (text === null) return 2;
  const {groupings, problems} = groupingsFromM49(text, {asOf, source: values.source});
  if (!groupings) {
    console.error(`${file}: ${problems.length} problem(s), nothing written:`);
    for (const problem of problems) console.error(`- ${file}:${problem.line} ${problem.message}`);
    return 1;
  }
  await writeAtomically(path.join(__dirname, '..', GROUPINGS_FILE), groupingsYaml(groupings, path.basename(file)));
  const developed = groupings.developed ? `, ${groupings.developed.length} developed` : ' (the table has no developed/developing column: countries on no list will show as not classified)';
  console.log(`${GROUPINGS_FILE}: ${groupings.ldc.length} LDCs, ${groupings.lldc.length} LLDCs, ${groupings.sids.length} SIDS${developed}, as of ${asOf}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
