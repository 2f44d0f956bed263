/**
 * npm run translations -- status [--locale xx] [--json]
 *
 * Where each translation of each guidance page stands: current, outdated
 * (its English source changed since the version it pins), missing, orphaned
 * (its source is gone) or untracked (no pin).
 */
import path from 'node:path';
import {classifyTranslations, coverage} from '../plugins/translations/status/classify';
import {readTranslations} from '../plugins/translations/status/readTranslations';
import type {TranslationStatus} from '../plugins/translations/status/classify';

const LOCALES = ['ar', 'es', 'fr', 'ru', 'zh'];
const STATUSES: TranslationStatus[] = ['current', 'outdated', 'missing', 'untracked', 'orphaned'];

async function status(args: string[]) {
  const localeArg = args.indexOf('--locale');
  const only = localeArg > -1 ? args[localeArg + 1] : undefined;
  if (only !== undefined && !LOCALES.includes(only)) throw new Error(`Unknown locale "${only}": expected one of ${LOCALES.join(', ')}.`);
  const {sources, translations} = await readTranslations(path.join(__dirname, '..'), only ? [only] : LOCALES);
  const entries = classifyTranslations(sources, translations);
  const percent = coverage(entries);
  if (args.includes('--json')) {
    console.log(JSON.stringify({coverage: Object.fromEntries(percent), sourceHashes: Object.fromEntries(sources), pages: entries}, null, 2));
    return;
  }
  console.log(`locale  coverage  ${STATUSES.map((s) => s.padStart(9)).join(' ')}`);
  for (const locale of translations.keys()) {
    const counts = STATUSES.map((s) => String(entries.filter((e) => e.locale === locale && e.status === s).length).padStart(9));
    console.log(`${locale.padEnd(6)}  ${`${percent.get(locale)}%`.padStart(8)}  ${counts.join(' ')}`);
  }
  if (only) {
    for (const entry of entries.filter((e) => e.status !== 'current')) console.log(`  ${entry.status.padEnd(9)} ${entry.page}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
(command === 'status' ? status(rest) : Promise.reject(new Error(`Unknown command "${command ?? ''}": expected status.`))).catch((error: unknown) => {
  console.error(`translations: ${(error as Error).message}`);
  process.exitCode = 1;
});
