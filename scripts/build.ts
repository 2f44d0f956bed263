/**
 * npm run build [-- <docusaurus build options>]
 *
 * Builds the site with Docusaurus, then, unless Algolia DocSearch is
 * configured (or BSG_HUB_SEARCH=off), its offline search index (Pagefind). The index is built after
 * Docusaurus because the forum writes its thread pages at the very end.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {searchFromEnv} from '../plugins/search-local/searchMode';
import {indexSite} from '../plugins/search-local/indexSite';

const args = process.argv.slice(2);
const {values} = parseArgs({args, strict: false, options: {'out-dir': {type: 'string'}}});
const siteDir = path.join(__dirname, '..');
const outDir = path.resolve(siteDir, typeof values['out-dir'] === 'string' ? values['out-dir'] : 'build');

const built = spawnSync(path.join(siteDir, 'node_modules/.bin/docusaurus'), ['build', ...args], {cwd: siteDir, stdio: 'inherit'});
if (built.status !== 0) process.exit(built.status ?? 1);

const search = searchFromEnv(process.env);
if (search.kind !== 'local') {
  console.log(search.kind === 'algolia' ? '[search] Algolia DocSearch is configured: no offline index built.' : '[search] BSG_HUB_SEARCH=off: no search.');
} else {
  const start = Date.now();
  indexSite(outDir).then(
    ({pages, languages}) => {
      const perLanguage = Object.entries(languages).map(([language, count]) => `${language} ${count}`).join(', ');
      console.log(`[search] Indexed ${pages} pages (${perLanguage}) in ${((Date.now() - start) / 1000).toFixed(1)} s: ${path.relative(siteDir, outDir)}/pagefind/`);
    },
    (error: unknown) => {
      console.error(`[search] ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
