/**
 * What a large forum costs. Generates a snapshot of N threads (default 1,000)
 * from the sample threads, builds the English site with it and without it
 * (the sample snapshot), and prints for both: the build time, and the gzip
 * first-load bytes of a doc page and of a thread page.
 *
 * Budget (issue 4): a doc page grows by at most 5% with 1,000 threads, and a
 * thread page is no heavier than a doc page.
 *
 * Usage: npm run bench:forum [-- --threads 1000]
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {launchChromium} from '../tests/e2e/browser';
import {timedEnglishBuild} from './englishBuild';
import {weighPage} from '../tests/e2e/pageWeight';
import {serveBuild} from '../tests/e2e/server';
import type {Thread} from '../plugins/forum/types';

const siteDir = path.join(__dirname, '..');
const countArg = process.argv.indexOf('--threads');
const count = countArg > -1 ? Number(process.argv[countArg + 1]) : 1000;
const DOC = '/docs/guidelines/preparing-a-contribution';

/** N threads made by renumbering copies of the sample threads. */
function generateSnapshot(target: string, n: number) {
  const sampleDir = path.join(siteDir, 'data/forum');
  const samples = readdirSync(path.join(sampleDir, 'threads')).map(
    (file) => JSON.parse(readFileSync(path.join(sampleDir, 'threads', file), 'utf8')) as Thread,
  );
  mkdirSync(path.join(target, 'threads'), {recursive: true});
  writeFileSync(path.join(target, 'state.json'), readFileSync(path.join(sampleDir, 'state.json')));
  for (let number = 1; number <= n; number += 1) {
    const sample = samples[(number - 1) % samples.length] as Thread;
    const thread = {...sample, number, url: sample.url.replace(/\d+$/, String(number)), title: `${sample.title} (${number})`};
    writeFileSync(path.join(target, 'threads', `${String(number).padStart(4, '0')}.json`), JSON.stringify(thread));
  }
}

async function weigh(outDir: string) {
  const server = await serveBuild(outDir);
  const browser = await launchChromium();
  try {
    return {doc: (await weighPage(browser, server.url + DOC)).total, thread: (await weighPage(browser, `${server.url}/forum/1`)).total};
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'bsg-forum-bench-'));
  try {
    generateSnapshot(path.join(work, 'snapshot'), count);
    console.log(`Building the English site with the ${'sample'} snapshot, then with ${count} threads…`);
    const baseTime = timedEnglishBuild(path.join(work, 'base'), {FORUM_SNAPSHOT_DIR: path.join(siteDir, 'data/forum')});
    const bigTime = timedEnglishBuild(path.join(work, 'big'), {FORUM_SNAPSHOT_DIR: path.join(work, 'snapshot')});
    const base = await weigh(path.join(work, 'base'));
    const big = await weigh(path.join(work, 'big'));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
    console.log(`build time (en):        sample ${baseTime.toFixed(1)} s, ${count} threads ${bigTime.toFixed(1)} s (×${(bigTime / baseTime).toFixed(2)})`);
    console.log(`doc page, first load:   sample ${kb(base.doc)}, ${count} threads ${kb(big.doc)} (+${growth(base.doc, big.doc)}; budget +5%)`);
    console.log(`thread page, first load: sample ${kb(base.thread)}, ${count} threads ${kb(big.thread)} (doc page with ${count} threads: ${kb(big.doc)})`);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
