/**
 * What search costs a reader, per locale, and how well it finds:
 * - bytes search adds to a page's first load (gzip): a doc page of the site
 *   built with the offline search against the same site built without search;
 * - bytes downloaded to show the first results of a query (Pagefind's script,
 *   WebAssembly, the language's metadata, index chunks and excerpts), then for
 *   a second query;
 * - recall on the query set of tests/fixtures/search/queries.json: expected
 *   page first (top-1) and in the first three (top-3), and the hard cases.
 *
 * Usage: npm run bench:search [-- --no-build]   (--no-build reuses build/ and
 * /tmp/bsg-bench-nosearch from a previous run)
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {launchChromium} from '../tests/e2e/browser';
import {weighPage} from '../tests/e2e/pageWeight';
import {serveBuild} from '../tests/e2e/server';
import {LOCALES} from '../locales';
import type {Browser, Page} from 'playwright-core';

const SITE = path.join(__dirname, '..');
const WITHOUT = path.join(tmpdir(), 'bsg-bench-nosearch');
const DOC = '/docs/handbooks/newcomers-handbook';
/** A first and a later query per locale (the later one shares nothing with the first). */
const SESSIONS: Record<string, [string, string]> = {
  en: ['secretariat', 'fellowship'],
  ar: ['مساهمة', 'المرشد'],
  es: ['contribución', 'secretaría'],
  fr: ['contribution', 'mentor'],
  ru: ['вклад', 'наставник'],
  zh: ['标准化', '导师'],
};

type Query = {locale: string; query: string; expect: string; hard?: string};
const QUERIES = JSON.parse(readFileSync(path.join(SITE, 'tests/fixtures/search/queries.json'), 'utf8')) as Query[];

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
const localeUrl = (base: string, locale: string, p: string) => `${base}${locale === 'en' ? '' : `/${locale}`}${p}`;

function build(outDir: string, env: NodeJS.ProcessEnv) {
  execFileSync(path.join(SITE, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--out-dir', outDir], {cwd: SITE, env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'inherit']});
}

/** Gzip bytes of everything the page downloads while `act` runs. */
async function bytesDuring(page: Page, act: () => Promise<void>): Promise<number> {
  let total = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (response: {body: () => Promise<Buffer>}) => {
    pending.push(response.body().then((body) => void (total += gzipSync(body).length), () => undefined));
  };
  page.on('response', onResponse);
  await act();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return total;
}

/** Types a query into the open dialog and waits for the results of the whole text. */
async function runQuery(page: Page, text: string): Promise<string[]> {
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type="search"]').fill(text);
  await dialog.locator('ol a, p').first().waitFor();
  await page.waitForTimeout(400);
  return dialog.locator('ol a').evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace(/#.*/, '')));
}

async function measure(browser: Browser, base: string, locale: string) {
  const page = await browser.newPage();
  try {
    await page.goto(localeUrl(base, locale, DOC), {waitUntil: 'networkidle'});
    const [first, later] = SESSIONS[locale] ?? ['', ''];
    const firstBytes = await bytesDuring(page, async () => {
      await page.keyboard.press('/');
      await runQuery(page, first);
    });
    const laterBytes = await bytesDuring(page, async () => void (await runQuery(page, later)));
    const queries = QUERIES.filter((q) => q.locale === locale);
    let top1 = 0;
    let top3 = 0;
    let hard = 0;
    for (const q of queries) {
      const results = await runQuery(page, q.query);
      if (results[0] === q.expect) {
        top1 += 1;
        if (q.hard) hard += 1;
      }
      if (results.slice(0, 3).includes(q.expect)) top3 += 1;
      if (results[0] !== q.expect) console.log(`  miss ${locale} "${q.query}": ${results.slice(0, 3).join(', ') || 'nothing'} (expected ${q.expect})`);
    }
    return {firstBytes, laterBytes, top1, top3, hard, count: queries.length, hardCount: queries.filter((q) => q.hard).length};
  } finally {
    await page.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    console.log('Building all locales with the offline search (build/) and without search…');
    build(path.join(SITE, 'build'), {});
    build(WITHOUT, {BSG_HUB_SEARCH: 'off'});
  }
  const [withSearch, without] = [await serveBuild(path.join(SITE, 'build')), await serveBuild(WITHOUT)];
  const browser = await launchChromium();
  const totals = {top1: 0, top3: 0, hard: 0, count: 0, hardCount: 0};
  try {
    const rows: string[] = [];
    for (const locale of LOCALES) {
      const added = (await weighPage(browser, localeUrl(withSearch.url, locale, DOC))).total - (await weighPage(browser, localeUrl(without.url, locale, DOC))).total;
      const m = await measure(browser, withSearch.url, locale);
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += m[key];
      rows.push(`${locale.padEnd(6)} ${kb(added)}   ${kb(m.firstBytes)}   ${kb(m.laterBytes)}   ${`${m.top1}/${m.count}`.padStart(5)}  ${`${m.top3}/${m.count}`.padStart(5)}  ${`${m.hard}/${m.hardCount}`.padStart(4)}`);
    }
    console.log('\nlocale  added to first load  first results  later search  top-1  top-3  hard   (KB gzip)');
    rows.forEach((row) => console.log(row));
    console.log(`all    recall top-1 ${totals.top1}/${totals.count}, top-3 ${totals.top3}/${totals.count}, hard cases top-1 ${totals.hard}/${totals.hardCount}`);
  } finally {
    await browser.close();
    await withSearch.close();
    await without.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
