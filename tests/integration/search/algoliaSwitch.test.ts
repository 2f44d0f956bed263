import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, expect, it} from 'vitest';

/*
 * With the three Algolia variables, `npm run build` gives the site DocSearch's
 * search bar and builds no offline index. Nothing here contacts Algolia: the
 * build does not, and the test reads the files it wrote.
 */
const SITE = path.join(__dirname, '../../..');
let outDir: string;
let stdout: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'bsg-algolia-'));
  ({stdout} = await promisify(execFile)(path.join(SITE, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--locale', 'en', '--out-dir', outDir], {
    cwd: SITE,
    env: {...process.env, ALGOLIA_APP_ID: 'DUMMYAPPID', ALGOLIA_SEARCH_API_KEY: 'dummy-search-key', ALGOLIA_INDEX_NAME: 'bsg-hub'},
    maxBuffer: 64 * 1024 * 1024,
  }));
}, 300_000);
afterAll(() => rm(outDir, {recursive: true, force: true}));

it('renders the DocSearch button instead of the offline search', async () => {
  const html = await readFile(path.join(outDir, 'docs/handbooks/newcomers-handbook.html'), 'utf8');
  expect(html).toMatch(/class="?DocSearch DocSearch-Button/);
  expect(html).not.toMatch(/data-search="?offline/);
  const scripts = await Promise.all((await readdir(path.join(outDir, 'assets/js'))).map((file) => readFile(path.join(outDir, 'assets/js', file), 'utf8')));
  expect(scripts.some((code) => code.includes('DUMMYAPPID')), 'the DocSearch settings reach the page').toBe(true);
});

it('builds no offline index, and says so', () => {
  expect(existsSync(path.join(outDir, 'pagefind'))).toBe(false);
  expect(stdout).toContain('[search] Algolia DocSearch is configured: no offline index built.');
});

it('gives its pages a Content-Security-Policy without WebAssembly, which only the offline search compiles, that lets DocSearch reach Algolia', async () => {
  const html = await readFile(path.join(outDir, 'docs/handbooks/newcomers-handbook.html'), 'utf8');
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'; style-src /);
  expect(html).toContain("; connect-src 'self' https://DUMMYAPPID-dsn.algolia.net https://DUMMYAPPID-1.algolianet.com https://DUMMYAPPID-2.algolianet.com https://DUMMYAPPID-3.algolianet.com;");
  expect(html).not.toContain('wasm-unsafe-eval');
});
