/**
 * Lighthouse on every page type (tests/e2e/pageTypes.ts), against the
 * production build served on 127.0.0.1, in Debian's Chromium started with its
 * background networking off (offline: no plugin, no network audit).
 *
 * - Accessibility: every page type in English and Arabic, with the failing audits.
 * - Performance: Lighthouse's mobile run (emulated phone, simulated slow 4G and
 *   4× CPU slowdown) of every page type in English and of the Arabic doc page,
 *   and side by side the same doc page on a plain Docusaurus 3.10 site built in
 *   the same run (bench/plainDocusaurus.ts); both served gzipped, as a static
 *   host serves them. Each page `--runs` times (default 3), one page after the
 *   other in turn so that a busy spell of the machine falls on all alike; the
 *   medians are printed with the load average, since a loaded machine lowers
 *   every score.
 *
 * - `--baseline <dir>`: another build of this site, say of the commit before a
 *   change, served beside it; each page of the performance run is then also
 *   measured on it, in the same turns, so that before and after share the
 *   machine's noise. `--pages doc,home` keeps the page types whose name contains
 *   one of the words.
 *
 * Budgets (issue 23): accessibility 100 and a median performance of at least 98
 * on every page; the exit code is 1 when one is missed.
 *
 * Usage: npm run build && npm run bench:lighthouse [-- --only performance|accessibility] [--runs 5]
 *        [--baseline ../before/build] [--pages doc]
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {loadavg} from 'node:os';
import path from 'node:path';
import {parseArgs, promisify} from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import {buildPlainDocusaurus} from './plainDocusaurus';
import {CHROMIUM_PATH} from '../tests/e2e/browser';
import {PAGE_TYPE_LOCALES, PAGE_TYPES} from '../tests/e2e/pageTypes';
import {localeUrl, serveBuild} from '../tests/e2e/server';

// Lighthouse's command line in plain Node: tsx names functions with a helper that
// is not defined in the page, where Lighthouse evaluates its own functions.
const LIGHTHOUSE_CLI = createRequire(__filename).resolve('lighthouse/cli/index.js');

const PERFORMANCE_BUDGET = 98;
const DOC_PATH = PAGE_TYPES.find(({name}) => name === 'doc page')!.path;
/** The metrics Lighthouse's performance score is made of, as printed. */
const METRICS = [
  {id: 'first-contentful-paint', label: 'FCP', unit: 's'},
  {id: 'largest-contentful-paint', label: 'LCP', unit: 's'},
  {id: 'total-blocking-time', label: 'TBT', unit: 'ms'},
  {id: 'cumulative-layout-shift', label: 'CLS', unit: ''},
  {id: 'speed-index', label: 'SI', unit: 's'},
] as const;

type Category = {score: number | null; auditRefs: {id: string; weight: number}[]};
type Result = {
  runtimeError?: {code: string; message: string};
  categories: {accessibility?: Category; performance?: Category};
  audits: Record<string, {score: number | null; numericValue?: number}>;
};

/** Lighthouse's `category` of `url`, in the Chrome listening on `port`. */
async function audit(url: string, port: number, category: 'accessibility' | 'performance'): Promise<Result> {
  const {stdout} = await promisify(execFile)(process.execPath, [
    LIGHTHOUSE_CLI, url, `--port=${port}`, `--only-categories=${category}`, '--output=json', '--quiet',
  ], {maxBuffer: 64 * 1024 * 1024});
  const result = JSON.parse(stdout) as Result;
  if (result.runtimeError) throw new Error(`${url}: ${result.runtimeError.code} ${result.runtimeError.message}`);
  return result;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const score = (category: Category | undefined) => Math.round((category?.score ?? 0) * 100);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

/** Accessibility of every page type in English and Arabic; the pages below 100. */
async function accessibility(baseUrl: string, port: number): Promise<string[]> {
  const below: string[] = [];
  console.log('| page type | locale | accessibility | failing audits |\n|---|---|---|---|');
  for (const locale of PAGE_TYPE_LOCALES) {
    for (const {name, path} of PAGE_TYPES) {
      const lhr = await audit(localeUrl(baseUrl, locale, path), port, 'accessibility');
      const category = lhr.categories.accessibility;
      const failing = (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
        .map((ref) => `${ref.id} (weight ${ref.weight})`);
      if (score(category) < 100) below.push(`${name} (${locale}): accessibility ${score(category)}`);
      console.log(`| ${name} | ${locale} | ${score(category)} | ${failing.join(', ')} |`);
    }
  }
  return below;
}

type Page = {name: string; url: string; budget: boolean};

/** Every page type in English, the doc page in French and Arabic, each followed by the same page of the baseline if any. */
function sitePages(baseUrl: string, baselineUrl: string | undefined, only: string[] | undefined): Page[] {
  const pages = [
    ...PAGE_TYPES.map(({name, path}) => ({name, locale: 'en', path})),
    {name: 'doc page (fr)', locale: 'fr', path: DOC_PATH},
    {name: 'doc page (ar)', locale: 'ar', path: DOC_PATH},
  ].filter(({name}) => !only || only.some((word) => name.includes(word)));
  return pages.flatMap(({name, locale, path}) => [
    {name, url: localeUrl(baseUrl, locale, path), budget: true},
    ...(baselineUrl ? [{name: `${name}, baseline`, url: localeUrl(baselineUrl, locale, path), budget: false}] : []),
  ]);
}

/** Median performance of the site's pages and the plain site's doc page; the pages below budget. */
async function performance(site: Page[], plainUrl: string, port: number, runs: number): Promise<string[]> {
  const pages = [...site, {name: 'plain Docusaurus 3.10 doc page', url: plainUrl + DOC_PATH, budget: false}];
  const results = new Map<string, Result[]>(pages.map(({name}) => [name, []]));
  for (let run = 1; run <= runs; run += 1) {
    console.log(`run ${run} of ${runs} (load average ${load()})`);
    for (const {name, url} of pages) results.get(name)!.push(await audit(url, port, 'performance'));
  }
  const below: string[] = [];
  console.log(`\n| page | performance (median of ${runs}) | scores | ${METRICS.map(({label, unit}) => `${label}${unit ? ` (${unit})` : ''}`).join(' | ')} |`);
  console.log(`|---|---|---|${'---|'.repeat(METRICS.length)}`);
  for (const {name, budget} of pages) {
    const lhrs = results.get(name)!;
    const scores = lhrs.map((lhr) => score(lhr.categories.performance));
    const metrics = METRICS.map(({id, unit}) => {
      const value = median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
      return unit === 's' ? (value / 1000).toFixed(2) : unit === 'ms' ? value.toFixed(0) : value.toFixed(3);
    });
    if (budget && median(scores) < PERFORMANCE_BUDGET) below.push(`${name}: performance ${median(scores)} (budget ${PERFORMANCE_BUDGET})`);
    console.log(`| ${name} | ${median(scores)} | ${scores.join(', ')} | ${metrics.join(' | ')} |`);
  }
  return below;
}

async function main() {
  const {values} = parseArgs({options: {only: {type: 'string'}, runs: {type: 'string', default: '3'}, baseline: {type: 'string'}, pages: {type: 'string'}}});
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number of runs, got "${values.runs}"`);
  if (values.only !== undefined && !['performance', 'accessibility'].includes(values.only)) {
    throw new Error(`--only: expected performance or accessibility, got "${values.only}"`);
  }
  if (values.baseline !== undefined && !existsSync(path.join(values.baseline, 'index.html'))) {
    throw new Error(`--baseline: expected a built site (a folder with index.html), got "${values.baseline}"`);
  }
  const plain = values.only === 'accessibility' ? undefined : (console.log('Building a plain Docusaurus site from the official template…'), buildPlainDocusaurus());
  const server = await serveBuild(undefined, {gzip: true});
  const plainServer = plain && await serveBuild(plain.buildDir, {gzip: true});
  const baselineServer = plain && values.baseline !== undefined ? await serveBuild(path.resolve(values.baseline), {gzip: true}) : undefined;
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS});
  const started = Date.now();
  const below: string[] = [];
  try {
    console.log(`Lighthouse, load average ${load()}\n`);
    if (values.only !== 'performance') below.push(...await accessibility(server.url, chrome.port));
    const only = values.pages?.split(',').map((word) => word.trim()).filter(Boolean);
    if (plainServer) below.push(...await performance(sitePages(server.url, baselineServer?.url, only), plainServer.url, chrome.port, runs));
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${load()}.`);
  } finally {
    chrome.kill();
    await server.close();
    await plainServer?.close();
    await baselineServer?.close();
    plain?.remove();
  }
  console.log(below.length === 0 ? 'Budgets hold.' : `Below budget:\n${below.map((line) => `- ${line}`).join('\n')}`);
  if (below.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
