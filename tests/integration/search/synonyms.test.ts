import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {indexSite} from '../../../plugins/search-local/indexSite';
import {synonymProperties} from '../../../plugins/search-local/synonyms';
import {launchChromium} from '../../e2e/browser';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';

/*
 * Issue 22: a reader who searches for 贡献 finds the page that uses ITU's
 * term 文稿. remark-itu gives the term's first use the glossary's
 * alternatives in an attribute (tests/unit/remark-itu); here the real
 * Pagefind indexes two such pages and real Chromium searches the index.
 */
let outDir: string;
let server: Server;
let base: string;

const attributes = (synonyms: string) =>
  Object.entries(synonymProperties(synonyms))
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value}"`)
    .join(' ');
const page = (body: string) => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>页面</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'bsg-synonyms-'));
  await mkdir(path.join(outDir, 'with'));
  await mkdir(path.join(outDir, 'without'));
  await writeFile(path.join(outDir, 'with/index.html'), page(`<h1>提交</h1><p>请按时提交<span ${attributes('贡献 提案')}>文稿</span>。</p>`));
  await writeFile(path.join(outDir, 'without/index.html'), page('<h1>会议</h1><p>请按时提交文稿。</p>'));
  await indexSite(outDir);
  server = createServer((request, response) => {
    const file = path.join(outDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    readFile(file).then(
      (data) => response.writeHead(200, {'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream'}).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(outDir, {recursive: true, force: true});
});

it('finds the page that says 文稿 when the reader searches for its synonym 贡献, and only that page', async () => {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${base}/with/index.html`);
    // A string, not a function: Vitest would rewrite a function's import().
    const search = (query: string): Promise<string[]> =>
      tab.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const {results} = await pagefind.search(${JSON.stringify(query)});
        return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url).sort();
      })()`);
    expect(await search('贡献')).toEqual(['/with/']);
    expect(await search('文稿')).toEqual(['/with/', '/without/']);
  } finally {
    await browser.close();
  }
}, 60_000);
