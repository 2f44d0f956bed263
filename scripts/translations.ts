/**
 * npm run translations -- status [--locale xx] [--json]
 *   Where each translation of each guidance page stands (current, outdated —
 *   with how much the English changed —, missing, untracked, orphaned), and the
 *   UI strings each locale lacks or no longer needs.
 * npm run translations -- start <locale> <page>
 *   Writes i18n/<locale>/…/<page> from the English page, pinned to its version.
 * npm run translations -- pin <locale> <page>
 *   Sets a translation's pin to the English page's current version, once the
 *   translation has been brought up to date with it.
 * npm run translations -- check [--locale xx] [--json]
 *   Validates every translation; exits 1 on problems. Also lists, per file,
 *   the English sentences a reviewer should compare first (not blocking).
 * npm run translations -- fix-typography [--locale xx] [files…]
 *   Rewrites the prose of translations and UI string files to their locale's
 *   typography (French spaces, full-width and Arabic punctuation), in place.
 *
 * `--site DIR` runs on another checkout (the pull request workflow checks the base branch with it).
 */
import {access, readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {runCheck} from '../plugins/translations/check/runCheck';
import {runFixTypography, typographyFiles} from '../plugins/translations/check/runFixTypography';
import {writeAtomically} from '../plugins/utils/files';
import {readHistory, uncommitted} from '../plugins/translations/status/gitHistory';
import {repin, withPin} from '../plugins/translations/status/pin';
import type {Pin} from '../plugins/translations/status/pin';
import {readTranslations, translationsDir} from '../plugins/translations/status/readTranslations';
import {buildTranslationReport} from '../plugins/translations/status/report';
import {TRANSLATED_LOCALES, isTranslatedLocale} from '../locales';
import type {TranslationStatus} from '../plugins/translations/status/classify';
import type {ReportEntry} from '../plugins/translations/status/report';

const STATUSES: TranslationStatus[] = ['current', 'outdated', 'missing', 'untracked', 'orphaned'];

const {values: options, positionals} = parseArgs({
  allowPositionals: true,
  options: {locale: {type: 'string'}, json: {type: 'boolean', default: false}, site: {type: 'string'}},
});
const siteDir = path.resolve(options.site ?? path.join(__dirname, '..'));

function locales(): readonly string[] {
  if (options.locale === undefined) return TRANSLATED_LOCALES;
  if (!isTranslatedLocale(options.locale)) throw new Error(`unknown locale "${options.locale}": expected one of ${TRANSLATED_LOCALES.join(', ')}`);
  return [options.locale];
}

const describe = (entry: ReportEntry) => {
  if (entry.status !== 'outdated') return '';
  if (!entry.change) return ' (pinned version not in git history: size of the change unknown)';
  const sections = entry.change.sections.map((s) => (s === '' ? '(introduction)' : s));
  return ` (${entry.change.lines} line${entry.change.lines === 1 ? '' : 's'} changed; sections: ${sections.join('; ')})`;
};

async function status() {
  const report = await buildTranslationReport(siteDir, locales());
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`locale  pages  UI strings  ${STATUSES.map((s) => s.padStart(9)).join(' ')}`);
  for (const [locale, {pages, ui}] of Object.entries(report.coverage)) {
    const counts = STATUSES.map((s) => String(report.entries.filter((e) => e.locale === locale && e.status === s).length).padStart(9));
    console.log(`${locale.padEnd(6)}  ${`${pages}%`.padStart(5)}  ${`${ui}%`.padStart(10)}  ${counts.join(' ')}`);
  }
  for (const [locale, ui] of Object.entries(report.ui)) {
    for (const key of ui.missing) console.log(`  ${locale} UI string missing:  ${key}`);
    for (const key of ui.obsolete) console.log(`  ${locale} UI string obsolete: ${key}`);
  }
  const detail = options.locale !== undefined ? report.entries.filter((e) => e.status !== 'current') : report.entries.filter((e) => e.status === 'outdated' || e.status === 'orphaned' || e.status === 'untracked');
  for (const entry of detail) console.log(`  ${entry.locale} ${entry.status.padEnd(9)} ${entry.page}${describe(entry)}`);
  if (!report.history) console.log('No git history here: dates and the size of changes are unknown.');
}

/** The English page a translation command names, and the pin of its current version. */
async function englishVersion(locale: string | undefined, page: string | undefined, command: string) {
  if (!locale || !page) throw new Error(`usage: npm run translations -- ${command} <locale> <page>, e.g. ${command} fr guidelines/preparing-a-contribution`);
  if (!isTranslatedLocale(locale)) throw new Error(`unknown locale "${locale}": expected one of ${TRANSLATED_LOCALES.join(', ')}`);
  const {sources} = await readTranslations(siteDir, []);
  const wanted = page.replace(/^docs\//, '').replace(/\.mdx?$/, '');
  const source = sources.get(`${wanted}.md`) ?? sources.get(`${wanted}.mdx`);
  if (!source) throw new Error(`no English page "${page}" under docs/: expected a path such as guidelines/preparing-a-contribution`);
  // The commit goes into the pin only if the English file is the committed version.
  const edited = await uncommitted(siteDir, 'docs');
  const latest = edited.has(source.page) ? undefined : (await readHistory(siteDir, 'docs'))?.get(source.page)?.[0];
  const pin: Pin = {hash: source.hash, ...(latest && {commit: latest.commit})};
  const target = path.join(siteDir, translationsDir(locale), source.page);
  const exists = await access(target).then(() => true, () => false);
  return {source, pin, target, exists, describe: `the English version ${pin.hash}${pin.commit ? ` (commit ${pin.commit.slice(0, 7)})` : ''}`};
}

async function start([locale, page]: string[]) {
  const {source, pin, target, exists, describe: version} = await englishVersion(locale, page, 'start');
  if (exists) throw new Error(`${path.relative(siteDir, target)} already exists: edit it, then run npm run translations -- pin ${locale} ${source.page}`);
  await writeAtomically(target, withPin(source.text, pin));
  console.log(`Wrote ${path.relative(siteDir, target)}, pinned to ${version}.`);
  console.log('Translate the text; keep headings, code blocks, links and Recommendation citations; then run npm run translations -- check.');
}

async function pin([locale, page]: string[]) {
  const {source, pin: current, target, exists, describe: version} = await englishVersion(locale, page, 'pin');
  if (!exists) throw new Error(`${path.relative(siteDir, target)} does not exist: start it with npm run translations -- start ${locale} ${source.page}`);
  await writeAtomically(target, repin(await readFile(target, 'utf8'), current));
  console.log(`Pinned ${path.relative(siteDir, target)} to ${version}: it now counts as current. Run npm run translations -- check.`);
}

async function check() {
  const today = new Date().toISOString().slice(0, 10);
  const {files, problems, risks} = await runCheck(siteDir, locales(), today);
  if (options.json) console.log(JSON.stringify({problems, risks}, null, 2));
  else {
    for (const p of problems) console.log(`${p.file}:${p.line} [${p.rule}] ${p.message}`);
    if (risks.length > 0) console.log('\nSentences to compare first (not blocking):');
    for (const r of risks) console.log(`${r.file}:${r.line} [${r.risks.join(', ')}] English line ${r.englishLine}: ${r.sentence}`);
    console.log(problems.length === 0 ? `${files} translation(s) checked: no problems.` : `${files} translation(s) checked: ${problems.length} problem(s).`);
  }
  if (problems.length > 0) process.exitCode = 1;
}

async function fixTypographyCommand(files: string[]) {
  const targets = files.length > 0 ? files.map((file) => path.relative(siteDir, path.resolve(file))) : await typographyFiles(siteDir, locales());
  const results = await runFixTypography(siteDir, targets);
  let changed = 0;
  for (const {file, changes, skipped} of results) {
    if (changes.length > 0) changed += 1;
    for (const change of changes) console.log(`${file}:${change.line} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`);
    for (const line of skipped) console.log(`${file}:${line} not rewritten (an escape or entity in the text): fix it by hand`);
  }
  console.log(`${results.length} file(s) read, ${changed} rewritten.`);
}

const [command, ...rest] = positionals;
const commands: Record<string, () => Promise<void>> = {status, check, start: () => start(rest), pin: () => pin(rest), 'fix-typography': () => fixTypographyCommand(rest)};
const run = command ? commands[command] : undefined;
(run ? run() : Promise.reject(new Error(`unknown command "${command ?? ''}": expected status, start, pin, check or fix-typography`))).catch((error: unknown) => {
  console.error(`translations: ${(error as Error).message}`);
  process.exitCode = 1;
});
