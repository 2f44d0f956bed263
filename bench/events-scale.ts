/**
 * What many events cost. Generates N events (default 500) from the sample
 * events (each past one with a copy of its participation, so about half), builds the English site with them and with the samples only, and
 * prints for both: the build time, and the gzip first-load bytes of a doc
 * page, an event page and the event list.
 *
 * Budget (issue 16): a doc page grows by at most 5% with 500 events, and an
 * event page is no heavier than a doc page.
 *
 * Usage: npm run bench:events [-- --events 500]
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {launchChromium} from '../tests/e2e/browser';
import {timedEnglishBuild} from './englishBuild';
import {weighPage} from '../tests/e2e/pageWeight';
import {serveBuild} from '../tests/e2e/server';

const siteDir = path.join(__dirname, '..');
const sampleDir = path.join(siteDir, 'data/events');
const participationDir = path.join(siteDir, 'data/participation');
const countArg = process.argv.indexOf('--events');
const count = countArg > -1 ? Number(process.argv[countArg + 1]) : 500;
const DOC = '/docs/guidelines/preparing-a-contribution';
const EVENT = '/events/sample-sg13-meeting-geneva-2027';

/** N events: copies of the samples, each with its own id (and file name), with a copy of its participation if it has one. */
function generateEvents(target: string, participationTarget: string, n: number) {
  const samples = readdirSync(sampleDir).filter((file) => file.endsWith('.yml')).map((file) => readFileSync(path.join(sampleDir, file), 'utf8'));
  mkdirSync(target, {recursive: true});
  mkdirSync(participationTarget, {recursive: true});
  let counted = 0;
  for (let index = 0; index < n; index += 1) {
    const sample = samples[index % samples.length] as string;
    const sampleId = /^id: (.+)$/m.exec(sample)?.[1] as string;
    const id = index < samples.length ? sampleId : `${sampleId}-${index}`;
    writeFileSync(path.join(target, `${id}.yml`), sample.replace(/^id: .+$/m, () => `id: ${id}`));
    const participation = path.join(participationDir, `${sampleId}.yml`);
    if (existsSync(participation)) {
      writeFileSync(path.join(participationTarget, `${id}.yml`), readFileSync(participation, 'utf8').replace(/^event: .+$/m, () => `event: ${id}`));
      counted += 1;
    }
  }
  return counted;
}

async function weigh(outDir: string) {
  const server = await serveBuild(outDir);
  const browser = await launchChromium();
  try {
    const total = async (page: string) => (await weighPage(browser, server.url + page)).total;
    return {doc: await total(DOC), event: await total(EVENT), list: await total('/events')};
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'bsg-events-bench-'));
  try {
    const counted = generateEvents(path.join(work, 'events'), path.join(work, 'participation'), count);
    console.log(`Building the English site with the sample events, then with ${count} events (${counted} of them with participation)…`);
    const baseTime = timedEnglishBuild(path.join(work, 'base'), {EVENTS_DATA_DIR: sampleDir, PARTICIPATION_DATA_DIR: participationDir});
    const bigTime = timedEnglishBuild(path.join(work, 'big'), {EVENTS_DATA_DIR: path.join(work, 'events'), PARTICIPATION_DATA_DIR: path.join(work, 'participation')});
    const base = await weigh(path.join(work, 'base'));
    const big = await weigh(path.join(work, 'big'));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
    console.log(`build time (en):          samples ${baseTime.toFixed(1)} s, ${count} events ${bigTime.toFixed(1)} s (×${(bigTime / baseTime).toFixed(2)})`);
    console.log(`doc page, first load:     samples ${kb(base.doc)}, ${count} events ${kb(big.doc)} (+${growth(base.doc, big.doc)}; budget +5%)`);
    console.log(`event page, first load:   samples ${kb(base.event)}, ${count} events ${kb(big.event)} (doc page: ${kb(big.doc)})`);
    console.log(`event list, first load:   samples ${kb(base.list)}, ${count} events ${kb(big.list)}`);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
