/**
 * npm run pdf [-- --build-dir build] [--out-dir build/pdf] [--locale ar --locale zh]
 *
 * Prints every guidance page (docs/guidelines, docs/handbooks, docs/mentoring)
 * of a full build, in each language built, to a PDF through Chromium's print
 * engine and the site's print stylesheet (issue 23): `<out-dir>/<locale>/<section>/<page>.<locale>.pdf`,
 * plus `manifest.json` (each PDF's size), which a second build reads to link
 * each page to its PDF (BSG_HUB_PDF_DIR, see the README). Chromium:
 * CHROMIUM_PATH, else /usr/bin/chromium. The fonts are the system's (fontconfig).
 */
import {existsSync} from 'node:fs';
import {mkdir, readdir, rename, writeFile} from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import handler from 'serve-handler';
import {LOCALES, isLocale} from '../locales';
import {formatSize, readPdfManifest} from '../plugins/pdf/frontMatter';
import {builtDocIds, localeDir, mergeManifests, printJobs, toManifest} from '../plugins/pdf/jobs';
import {PDF_SECTIONS} from '../plugins/pdf/pages';
import {printPage} from '../plugins/pdf/print';
import type {PrintJob} from '../plugins/pdf/print';
import type {AddressInfo} from 'node:net';

const {values} = parseArgs({
  options: {'build-dir': {type: 'string', default: 'build'}, 'out-dir': {type: 'string'}, locale: {type: 'string', multiple: true}},
});
const buildDir = path.resolve(values['build-dir'] ?? 'build');
const outDir = path.resolve(values['out-dir'] ?? path.join(buildDir, 'pdf'));
const locales = values.locale ?? LOCALES;

/** A path as the operator reads it: relative to where the command runs, unless it lies elsewhere. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

/** The guidance pages each requested locale has in the build; a locale not built is skipped, and said so. */
async function builtPages() {
  const pages = [];
  for (const locale of locales) {
    const root = path.join(buildDir, localeDir(locale));
    if (!existsSync(path.join(root, 'docs'))) {
      console.warn(`[pdf] ${locale}: not in ${shown(buildDir)}/, skipped.`);
      continue;
    }
    const files = await Promise.all(
      PDF_SECTIONS.map(async (section) => (await readdir(path.join(root, 'docs', section)).catch(() => [])).map((name) => `docs/${section}/${name}`)),
    );
    pages.push({locale, docIds: builtDocIds(files.flat())});
  }
  return pages;
}

/** The build, served on 127.0.0.1 as `npm run serve` serves it (clean URLs, no trailing slash). */
async function serve(dir: string) {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No site build in ${dir}: run "npm run build" first.`);
  const server = http.createServer((request, response) => void handler(request, response, {public: dir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close()};
}

async function main(): Promise<void> {
  const start = Date.now();
  const unknown = locales.filter((locale) => !isLocale(locale));
  if (unknown.length > 0) throw new Error(`[pdf] --locale ${unknown.join(', ')}: not a language of the site (${LOCALES.join(', ')}).`);
  const server = await serve(buildDir);
  const jobs = printJobs(await builtPages(), server.url, outDir);
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu']});
  // No script: the built HTML is the whole page, and nothing (a language suggestion, a theme toggle) changes it before printing.
  const page = await (await browser.newContext({javaScriptEnabled: false, colorScheme: 'light'})).newPage();
  const printed: {job: PrintJob; bytes: number}[] = [];
  const failed: string[] = [];
  try {
    for (const [index, job] of jobs.entries()) {
      try {
        const bytes = await printPage(page, job);
        printed.push({job, bytes});
        console.log(`[pdf] ${index + 1}/${jobs.length} ${job.locale} ${job.docId}: ${shown(job.file)} (${formatSize(bytes, 'en')})`);
      } catch (error) {
        failed.push((error as Error).message);
        console.error(`[pdf] ${index + 1}/${jobs.length} ${(error as Error).message}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  // The manifest lists what was printed (and what an earlier run printed in other languages), written whole: a build never reads half of it.
  await mkdir(outDir, {recursive: true});
  const manifest = path.join(outDir, 'manifest.json');
  const previous = existsSync(manifest) ? readPdfManifest(outDir, '--out-dir') : {pdfs: {}};
  const merged = mergeManifests(previous, toManifest(printed, outDir), locales);
  await writeFile(`${manifest}.tmp`, `${JSON.stringify(merged, null, 2)}\n`);
  await rename(`${manifest}.tmp`, manifest);
  for (const locale of new Set(printed.map(({job}) => job.locale))) {
    const sizes = printed.filter(({job}) => job.locale === locale).map(({bytes}) => bytes);
    const total = sizes.reduce((sum, bytes) => sum + bytes, 0);
    console.log(`[pdf] ${locale}: ${sizes.length} PDFs, ${formatSize(total, 'en')} in all, ${formatSize(total / sizes.length, 'en')} on average, ${formatSize(Math.max(...sizes), 'en')} the largest.`);
  }
  console.log(`[pdf] ${printed.length} PDFs in ${((Date.now() - start) / 1000).toFixed(1)} s: ${shown(outDir)}/`);
  if (failed.length > 0) throw new Error(`[pdf] ${failed.length} of ${jobs.length} pages could not be printed:\n${failed.map((message) => `- ${message}`).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
