/**
 * npm run build [-- <docusaurus build options>]
 *
 * Builds the site with Docusaurus, gives every page its Content-Security-Policy,
 * writes each locale's service worker and list of pages to save offline, then, unless Algolia DocSearch is configured (or BSG_HUB_SEARCH=off), builds
 * its offline search index (Pagefind). Both come after Docusaurus because the
 * forum and the translations dashboard write pages in their postBuild, and
 * Docusaurus runs the plugins' postBuild side by side: no plugin can be sure
 * to run last, and each locale is built (and post-built) on its own.
 */
import {spawnSync} from 'node:child_process';
import {cp} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {secureSite} from '../plugins/csp/secureSite';
import {gatewayLinks, gatewayUrlFromEnv} from '../plugins/forum/gateway';
import {PDF_DIR_VARIABLE} from '../plugins/pdf/frontMatter';
import {PDF_URL_PATH} from '../plugins/pdf/pages';
import {buildOffline} from '../plugins/offline/buildOffline';
import {indexSite} from '../plugins/search-local/indexSite';
import {algoliaOrigins, searchFromEnv} from '../plugins/search-local/searchMode';

const args = process.argv.slice(2);
const {values} = parseArgs({args, strict: false, options: {'out-dir': {type: 'string'}}});
const siteDir = path.join(__dirname, '..');
const outDir = path.resolve(siteDir, typeof values['out-dir'] === 'string' ? values['out-dir'] : 'build');

// A build with PDFs (issue 23) gets their sizes through the pages' front matter, which Rspack's persistent cache
// keeps from the build before, which had none (it keys on the config file, not on the manifest it reads): no cache then.
const pdfDir = process.env[PDF_DIR_VARIABLE];
const env = pdfDir ? {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'} : process.env;
const built = spawnSync(path.join(siteDir, 'node_modules/.bin/docusaurus'), ['build', ...args], {cwd: siteDir, stdio: 'inherit', env});
if (built.status !== 0) process.exit(built.status ?? 1);

const seconds = (start: number) => ((Date.now() - start) / 1000).toFixed(1);
const search = searchFromEnv(process.env);
// Checked again by docusaurus.config.ts, which has already stopped the build if it is wrong.
const gatewayUrl = gatewayUrlFromEnv(process.env);

async function afterDocusaurus(): Promise<void> {
  // The PDFs the pages now link to (their sizes came from the same folder's manifest, see docusaurus.config.ts).
  if (pdfDir) {
    await cp(path.resolve(pdfDir), path.join(outDir, PDF_URL_PATH), {recursive: true});
    console.log(`[pdf] PDFs copied from ${pdfDir} to ${path.relative(siteDir, outDir)}/${PDF_URL_PATH}`);
  }
  let start = Date.now();
  // The ask page's forms go to GitHub's new-discussion page (plugins/forum/index.ts) and to the
  // question gateway, if any; the ALTCHA widget's worker is a file of the site (AskWithGateway/loadAltcha.ts).
  const gatewayOrigins = gatewayUrl ? [gatewayLinks(gatewayUrl).origin] : [];
  const formOrigins = ['https://github.com', ...gatewayOrigins];
  // The ask page fetches the gateway's challenge and posts to it; DocSearch queries Algolia.
  const connectOrigins = [...gatewayOrigins, ...(search.kind === 'algolia' ? algoliaOrigins(search.algolia.appId) : [])];
  const secured = await secureSite(outDir, {search: search.kind, formOrigins, connectOrigins});
  const already = secured.alreadySecured > 0 ? `; ${secured.alreadySecured} pages already had one, left as they were` : '';
  console.log(`[csp] ${secured.pages} pages given a Content-Security-Policy (+${secured.bytesAdded} bytes) in ${seconds(start)} s${already}.`);
  if (secured.blocked.length > 0) {
    console.warn(`[csp] Inline scripts inside page content, which the policy does not allow (the browser will not run them):\n${secured.blocked.map((place) => `- ${place}`).join('\n')}`);
  }
  // After the policy: the sizes offered for offline reading are those of the final pages.
  start = Date.now();
  const offline = await buildOffline(outDir, {baseUrl: '/', gatewayUrl});
  const sizes = Object.entries(offline).map(([baseUrl, {guidance, forum}]) => `${baseUrl} ${(guidance.bytes / 1e6).toFixed(1)} MB + forum ${(forum.bytes / 1e6).toFixed(1)} MB`);
  console.log(`[offline] Service workers and lists of pages to save written in ${seconds(start)} s: ${sizes.join(', ')}.`);
  if (search.kind !== 'local') {
    console.log(search.kind === 'algolia' ? '[search] Algolia DocSearch is configured: no offline index built.' : '[search] BSG_HUB_SEARCH=off: no search.');
    return;
  }
  start = Date.now();
  const {pages, languages} = await indexSite(outDir);
  const perLanguage = Object.entries(languages).map(([language, count]) => `${language} ${count}`).join(', ');
  console.log(`[search] Indexed ${pages} pages (${perLanguage}) in ${seconds(start)} s: ${path.relative(siteDir, outDir)}/pagefind/`);
}

afterDocusaurus().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
