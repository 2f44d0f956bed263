/**
 * Prints what BSG Hub costs: the time to build all six locales (cold, then
 * warm with the bundler cache), and the compressed bytes (gzip) of a page's
 * first load in Chromium.
 *
 * Usage:
 *   npm run bench                     # build, then weigh the default pages
 *   npm run bench -- --no-build       # weigh the existing build/ only
 *   npm run bench -- --verbose /fr/docs/handbooks/newcomers-handbook
 *
 * Budget (issue 2): a doc page must not send more than a plain Docusaurus 3.10
 * classic site, measured at 180 KB gzip (HTML 7, JS 158, CSS 15).
 */
import {execFileSync} from 'node:child_process';
import {launchChromium} from '../tests/e2e/browser';
import {weighPage} from '../tests/e2e/pageWeight';
import {serveBuild} from '../tests/e2e/server';

const DEFAULT_PAGES = [
  '/docs/guidelines/preparing-a-contribution',
  '/ar/docs/guidelines/preparing-a-contribution',
  '/zh/docs/guidelines/remote-participation',
  '/',
  '/indicators',
  '/ar/indicators',
];
const BUDGET_KB = 180;

const args = process.argv.slice(2);
const pages = args.filter((arg) => arg.startsWith('/'));
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

function timed(command: string[]): number {
  const start = process.hrtime.bigint();
  execFileSync('npx', command, {stdio: ['ignore', 'ignore', 'inherit']});
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main() {
  if (!args.includes('--no-build')) {
    timed(['docusaurus', 'clear']);
    console.log('Building all six locales, cold then warm…');
    const cold = timed(['docusaurus', 'build']);
    const warm = timed(['docusaurus', 'build']);
    console.log(`build time, all six locales: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s (warm/cold ${(warm / cold).toFixed(2)})`);
  }
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    console.log(`\n${'page (first load, gzip KB)'.padEnd(50)}   HTML     JS    CSS  total`);
    for (const path of pages.length > 0 ? pages : DEFAULT_PAGES) {
      const weight = await weighPage(browser, server.url + path);
      const flag = weight.total / 1024 > BUDGET_KB ? `  over the ${BUDGET_KB} KB budget` : '';
      console.log(`${path.padEnd(50)} ${kb(weight.document)} ${kb(weight.script)} ${kb(weight.stylesheet)} ${kb(weight.total)}${flag}`);
      if (args.includes('--verbose')) weight.files.forEach((file) => console.log(`  ${file}`));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
