/**
 * What a page view costs a reader on a phone (issue 23): each page type opened
 * at 390×844 with touch in Chromium, read to its end, then the bytes the page
 * needs (HTML, CSS, JS, data, fonts, images), the bytes of prefetch for other
 * pages (`<link rel=prefetch>` and lowest-priority requests) and the total, as
 * a static host that gzips text sends them. Side by side, the same for a plain
 * Docusaurus site built in the same run (bench/plainDocusaurus.ts), and every
 * BSG Hub page again with Save-Data on.
 *
 * Usage:
 *   npm run build -- --locale en --locale fr --locale ar && npm run bench:prefetch
 *   npm run bench:prefetch -- --site /tmp/other-build   # weigh another build of BSG Hub
 *
 * Budget: total ≤ 1.05 × needed on every page type; with Save-Data, no prefetch at all.
 */
import {parseArgs} from 'node:util';
import {buildPlainDocusaurus} from './plainDocusaurus';
import {launchChromium} from '../tests/e2e/browser';
import {BUILD_DIR, serveBuild} from '../tests/e2e/server';
import {TRANSFER_KINDS, openRecordingPage, readToEnd, transferSize} from '../tests/e2e/transfers';
import type {TransferKind} from '../tests/e2e/transfers';
import type {Browser} from 'playwright-core';

const PAGES = [
  {name: 'doc page (E.164 guideline)', path: '/docs/guidelines/applying-e164-numbering'},
  {name: 'French doc page', path: '/fr/docs/guidelines/preparing-a-contribution'},
  {name: 'Arabic doc page', path: '/ar/docs/guidelines/preparing-a-contribution'},
  {name: 'home', path: '/'},
  {name: 'Recommendation E.164', path: '/recommendations/E.164'},
  {name: 'thread', path: '/forum/18'},
];
const PLAIN_PAGES = [{name: 'plain Docusaurus 3.10 doc page', path: '/docs/guidelines/applying-e164-numbering'}];
const BUDGET = 1.05;

type Bytes = Record<TransferKind, number> & {needed: number; prefetch: number; total: number};

/** Opens `url` as a reader does and weighs what the browser fetched, counting each address once. */
async function weigh(browser: Browser, url: string, saveData: boolean, sizes: Map<string, Promise<number>>): Promise<Bytes> {
  const {context, page, transfers} = await openRecordingPage(browser, {saveData});
  try {
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await readToEnd(page);
    const bytes: Bytes = {...Object.fromEntries(TRANSFER_KINDS.map((kind) => [kind, 0])), needed: 0, prefetch: 0, total: 0} as Bytes;
    for (const transfer of transfers()) {
      const pending = sizes.get(transfer.url) ?? transferSize(transfer.url);
      sizes.set(transfer.url, pending);
      const size = await pending;
      if (transfer.prefetch) bytes.prefetch += size;
      else {
        bytes[transfer.kind] += size;
        bytes.needed += size;
      }
      bytes.total += size;
    }
    return bytes;
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

async function main() {
  const {values} = parseArgs({options: {site: {type: 'string', default: BUILD_DIR}}});
  console.log('Building a plain Docusaurus site from the official template…');
  const plain = buildPlainDocusaurus();
  const sites = [
    {dir: values.site, pages: PAGES, checked: true},
    {dir: plain.buildDir, pages: PLAIN_PAGES, checked: false},
  ];
  const browser = await launchChromium();
  const overBudget: string[] = [];
  try {
    console.log(`\nKB, gzip; ${values.site} and ${plain.buildDir}\n`);
    console.log(`| page | HTML | CSS | JS | data | fonts | images | other | needed | prefetch | total | total ÷ needed | Save-Data: needed | Save-Data: prefetch |`);
    console.log(`|---${'|---'.repeat(13)}|`);
    for (const {dir, pages, checked} of sites) {
      const server = await serveBuild(dir);
      // The same file costs the same on every page: weighed once per site.
      const sizes = new Map<string, Promise<number>>();
      try {
        for (const {name, path} of pages) {
          const normal = await weigh(browser, server.url + path, false, sizes);
          const saveData = await weigh(browser, server.url + path, true, sizes);
          const ratio = normal.total / normal.needed;
          if (checked && ratio > BUDGET) overBudget.push(`${name}: total ${kb(normal.total)} KB is more than ${BUDGET} × ${kb(normal.needed)} KB needed`);
          if (checked && saveData.prefetch > 0) overBudget.push(`${name}: ${kb(saveData.prefetch)} KB of prefetch with Save-Data on`);
          const kinds = TRANSFER_KINDS.map((kind) => kb(normal[kind]));
          console.log(`| ${name} | ${kinds.join(' | ')} | ${kb(normal.needed)} | ${kb(normal.prefetch)} | ${kb(normal.total)} | ${ratio.toFixed(2)} | ${kb(saveData.needed)} | ${kb(saveData.prefetch)} |`);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    plain.remove();
  }
  console.log(overBudget.length === 0 ? `\nBudget holds: total ≤ ${BUDGET} × needed on every page type, no prefetch under Save-Data.` : `\nOver budget:\n${overBudget.map((line) => `- ${line}`).join('\n')}`);
  if (overBudget.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
