/**
 * Lighthouse's accessibility score of every page type (tests/e2e/pageTypes.ts)
 * in English and Arabic, against the production build served on 127.0.0.1,
 * with the failing audits. Offline: only the accessibility category runs
 * (no network audits, no plugins), in Debian's Chromium started with its
 * background networking off.
 *
 * Usage: npm run build && npm run bench:lighthouse
 */
import {execFile} from 'node:child_process';
import {createRequire} from 'node:module';
import {promisify} from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_PATH} from '../tests/e2e/browser';
import {PAGE_TYPE_LOCALES, PAGE_TYPES} from '../tests/e2e/pageTypes';
import {localeUrl, serveBuild} from '../tests/e2e/server';

// Lighthouse's command line in plain Node: tsx names functions with a helper that
// is not defined in the page, where Lighthouse evaluates its own functions.
const LIGHTHOUSE_CLI = createRequire(__filename).resolve('lighthouse/cli/index.js');

type Result = {
  runtimeError?: {code: string; message: string};
  categories: {accessibility?: {score: number | null; auditRefs: {id: string; weight: number}[]}};
  audits: Record<string, {score: number | null}>;
};

/** Lighthouse's accessibility category of `url`, in the Chrome listening on `port`. */
async function audit(url: string, port: number): Promise<Result> {
  const {stdout} = await promisify(execFile)(process.execPath, [
    LIGHTHOUSE_CLI, url, `--port=${port}`, '--only-categories=accessibility', '--output=json', '--quiet',
  ], {maxBuffer: 64 * 1024 * 1024});
  return JSON.parse(stdout) as Result;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main() {
  const server = await serveBuild();
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS});
  const started = Date.now();
  let below100 = 0;
  try {
    console.log('| page type | locale | accessibility | failing audits |\n|---|---|---|---|');
    for (const locale of PAGE_TYPE_LOCALES) {
      for (const {name, path} of PAGE_TYPES) {
        const lhr = await audit(localeUrl(server.url, locale, path), chrome.port);
        if (lhr.runtimeError) throw new Error(`${path} in ${locale}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const category = lhr.categories.accessibility;
        const score = Math.round((category?.score ?? 0) * 100);
        if (score < 100) below100 += 1;
        const failing = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => `${ref.id} (weight ${ref.weight})`);
        console.log(`| ${name} | ${locale} | ${score} | ${failing.join(', ')} |`);
      }
    }
    console.log(`\n${PAGE_TYPES.length * PAGE_TYPE_LOCALES.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; below 100: ${below100}`);
  } finally {
    chrome.kill();
    await server.close();
  }
  if (below100 > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
