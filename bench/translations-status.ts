/**
 * Prints how long `translations status` takes: on this site (in process, and
 * the whole command with its start-up), and on a generated tree of 2,000
 * English pages translated into 5 locales (10,000 translations: current,
 * outdated, untracked and orphaned ones), without and with git history.
 *
 * Usage: npm run bench:translations [-- --pages 2000]
 */
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {contentHash} from '../plugins/translations/status/contentHash';
import {withPin} from '../plugins/translations/status/pin';
import {translationsDir} from '../plugins/translations/status/readTranslations';
import {buildTranslationReport} from '../plugins/translations/status/report';
import {TRANSLATED_LOCALES} from '../locales';

const SITE = path.join(__dirname, '..');
const {values} = parseArgs({options: {pages: {type: 'string', default: '2000'}}});
const PAGES = Number(values.pages);

async function timed<T>(run: () => Promise<T>): Promise<{ms: number; result: T}> {
  const start = process.hrtime.bigint();
  const result = await run();
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, result};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Best of a few runs, to set aside start-up noise. */
async function medianOf(runs: number, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(run)).ms);
  return median(times);
}

/** A tree shaped like the site, made from its real pages: what each status costs to find. */
async function generate(dir: string) {
  const samples = await Promise.all(
    ['handbooks/newcomers-handbook.md', 'guidelines/preparing-a-contribution.md', 'mentoring/mentor-role.md'].map((page) => readFile(path.join(SITE, 'docs', page), 'utf8')),
  );
  await mkdir(path.join(dir, 'i18n/_reference'), {recursive: true});
  await writeFile(path.join(dir, 'i18n/_reference/code.json'), await readFile(path.join(SITE, 'i18n/_reference/code.json')));
  for (let i = 0; i < PAGES; i += 1) {
    const page = `section-${i % 20}/page-${i}.md`;
    const source = (samples[i % samples.length] ?? '').replace(/^title: .*$/m, `title: Page ${i}`);
    await mkdir(path.join(dir, 'docs', path.dirname(page)), {recursive: true});
    await writeFile(path.join(dir, 'docs', page), source);
    for (const locale of TRANSLATED_LOCALES) {
      const target = path.join(dir, translationsDir(locale), i % 50 === 0 ? `moved/${page}` : page);
      const pin = i % 10 === 0 ? null : {hash: i % 4 === 0 ? contentHash(`${source}older`) : contentHash(source)};
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, pin ? withPin(source, pin) : source);
    }
  }
  await writeFile(path.join(dir, 'i18n/fr/code.json'), await readFile(path.join(SITE, 'i18n/fr/code.json')));
}

async function main() {
  const site = await medianOf(5, () => buildTranslationReport(SITE, TRANSLATED_LOCALES));
  const command = await timed(async () => execFileSync(path.join(SITE, 'node_modules/.bin/tsx'), ['scripts/translations.ts', 'status'], {cwd: SITE}));
  console.log(`This site: report ${site.toFixed(0)} ms (median of 5); the whole command with tsx start-up ${command.ms.toFixed(0)} ms`);

  const dir = await mkdtemp(path.join(tmpdir(), 'bsg-translations-bench-'));
  try {
    process.stdout.write(`Generating ${PAGES} pages × ${TRANSLATED_LOCALES.length} locales… `);
    await generate(dir);
    console.log('done');
    const bare = await timed(() => buildTranslationReport(dir, TRANSLATED_LOCALES));
    const counts = Object.entries(
      bare.result.entries.reduce<Record<string, number>>((acc, e) => ({...acc, [e.status]: (acc[e.status] ?? 0) + 1}), {}),
    ).map(([status, n]) => `${status} ${n}`);
    console.log(`Generated tree, no git: ${bare.ms.toFixed(0)} ms for ${bare.result.entries.length} (page, locale) pairs (${counts.join(', ')})`);
    execFileSync('git', ['init', '-q'], {cwd: dir});
    execFileSync('git', ['add', '-A'], {cwd: dir});
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-qm', 'pages'], {cwd: dir});
    const withGit = await timed(() => buildTranslationReport(dir, TRANSLATED_LOCALES));
    console.log(`Generated tree, one git commit: ${withGit.ms.toFixed(0)} ms (×${(withGit.ms / bare.ms).toFixed(2)} of no git: history, dates and pinned versions looked up)`);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

void main();
