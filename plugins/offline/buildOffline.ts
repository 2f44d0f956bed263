/**
 * The build step of offline reading (issue 23), run by scripts/build.ts once
 * every page is final (after its Content-Security-Policy is written): for each
 * locale in the build, the list of what saving that language downloads, its
 * size, and the locale's service worker.
 */
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {fromHtml} from 'hast-util-from-html';
import {visit} from 'unist-util-visit';
import {DEFAULT_LOCALE, LOCALES} from '../../locales';
import {MANIFEST_PATH, SUMMARY_PATH, type OfflineManifest, type OfflineSummary} from './manifest';
import {classifyFiles, filesOfLocale, pageUrl, summarize, type BuiltFile, type SavedPage} from './savedSet';
import type {ServiceWorkerConfig} from './sw/config';
import type {Text} from 'hast';

export type OfflineBuildOptions = {
  /** The site's `baseUrl` (docusaurus.config.ts). */
  baseUrl: string;
  /** The question gateway's URL, if the site has one: the worker leaves it alone. */
  gatewayUrl: string | null;
};

const SERVICE_WORKER_ENTRY = path.join(__dirname, 'sw/serviceWorker.ts');

/** The `<title>` of a built page, for the offline page's list of what is saved. */
function pageTitle(html: string, fallback: string): string {
  let title = '';
  visit(fromHtml(html), 'element', (element) => {
    if (element.tagName !== 'title') return;
    title = element.children.map((child) => (child as Text).value ?? '').join('');
    return false;
  });
  return title.trim() || fallback;
}

/** Every file under `outDir`, by relative path with `/`. */
async function listFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, {recursive: true, withFileTypes: true});
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

async function bundleServiceWorker(config: ServiceWorkerConfig): Promise<string> {
  const result = await build({
    entryPoints: [SERVICE_WORKER_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    // Workbox drops its development logging in production.
    define: {OFFLINE_CONFIG: JSON.stringify(config), 'process.env.NODE_ENV': '"production"'},
    // The version makes each build's worker differ from the last, which is how the browser learns of a new build.
    banner: {js: `/* BSG Hub offline reading ${config.version} */`},
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote no service worker for ${config.baseUrl} from ${SERVICE_WORKER_ENTRY}`);
  return file.text;
}

/** Writes `<locale>/offline/{manifest,summary}.json` and `<locale>/sw.js` for one locale; returns what saving it costs. */
async function buildLocale(outDir: string, dir: string, allFiles: readonly string[], options: OfflineBuildOptions): Promise<OfflineSummary> {
  const otherDirs = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && locale !== dir);
  const localeDir = path.join(outDir, dir);
  const baseUrl = dir === '' ? options.baseUrl : `${options.baseUrl}${dir}/`;
  const hash = createHash('sha256');
  const titles = new Map<string, string>();
  const sized: BuiltFile[] = [];
  const candidates = classifyFiles(filesOfLocale(allFiles.map((file) => ({path: file, bytes: 0})), dir, dir === '' ? otherDirs : []));
  for (const file of [...candidates.guidance, ...candidates.forum, ...candidates.assets]) {
    const content = await readFile(path.join(localeDir, file.path));
    hash.update(`${file.path}\0`).update(content);
    if (file.path.endsWith('.html')) titles.set(file.path, pageTitle(content.toString('utf8'), file.path));
    sized.push({path: file.path, bytes: gzipSync(content).length});
  }
  const sorted = classifyFiles(sized);
  const version = hash.digest('hex').slice(0, 16);
  const toPage = (file: BuiltFile): SavedPage => ({url: pageUrl(baseUrl, file.path), title: titles.get(file.path) ?? file.path});
  const manifest: OfflineManifest = {
    version,
    pages: {guidance: sorted.guidance.map(toPage), forum: sorted.forum.map(toPage)},
    assets: sorted.assets.map((file) => baseUrl + file.path),
  };
  const summary: OfflineSummary = {version, ...summarize(sorted)};
  const otherBaseUrls = dir === '' ? otherDirs.map((other) => `${options.baseUrl}${other}/`) : [];
  const worker = await bundleServiceWorker({baseUrl, otherBaseUrls, neverCache: options.gatewayUrl ? [options.gatewayUrl] : [], version});
  await mkdir(path.join(localeDir, 'offline'), {recursive: true});
  await writeFile(path.join(localeDir, MANIFEST_PATH), JSON.stringify(manifest));
  await writeFile(path.join(localeDir, SUMMARY_PATH), JSON.stringify(summary));
  await writeFile(path.join(localeDir, 'sw.js'), worker);
  return summary;
}

/**
 * Builds offline reading for every locale of the build in `outDir`, by base
 * URL: the root (the default locale, or the one locale of a one-locale build,
 * which Docusaurus puts at the root) and each locale folder.
 */
export async function buildOffline(outDir: string, options: OfflineBuildOptions): Promise<Record<string, OfflineSummary>> {
  const allFiles = await listFiles(outDir);
  const summaries: Record<string, OfflineSummary> = {};
  for (const locale of LOCALES) {
    const dir = locale === DEFAULT_LOCALE ? '' : locale;
    if (existsSync(path.join(outDir, dir, 'index.html'))) summaries[dir === '' ? options.baseUrl : `${options.baseUrl}${dir}/`] = await buildLocale(outDir, dir, allFiles, options);
  }
  return summaries;
}
