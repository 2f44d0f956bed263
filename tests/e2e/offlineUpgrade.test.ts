/**
 * An update between two builds (issue 23): a reader has a page of build A open
 * and its service worker installed; build B replaces A on the server; the
 * browser finds B's worker; the reader follows a link. Every file loads (no
 * 404 for a chunk of A that B no longer has) and the next page is all B's.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import handler from 'serve-handler';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {startChromium} from './checkPage';
import {PHONE, whenServiceWorkerReady} from './offlineHelpers';
import {BUILD_DIR} from './server';
import type {AddressInfo} from 'node:net';
import type {Browser} from 'playwright-core';

const SITE_DIR = path.join(__dirname, '../..');
let tmp = '';
let root = BUILD_DIR;
let server: http.Server | undefined;
let siteUrl = '';
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-upgrade-'));
  // Build B: French alone at /fr/ (as in the full site), with another repository, so its main bundle and page data differ from A's.
  await promisify(execFile)(path.join(SITE_DIR, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--locale', 'fr', '--config', 'tests/e2e/frenchAtPrefix.config.ts', '--out-dir', tmp], {
    cwd: SITE_DIR,
    env: {...process.env, BSG_HUB_REPOSITORY_URL: 'https://github.com/bsg-hub/bsg-hub-next', BSG_HUB_SEARCH: 'off'},
    maxBuffer: 64 * 1024 * 1024,
  });
  // One address, whose files change from build A (the e2e build) to build B when the test says so.
  server = http.createServer((request, response) => handler(request, response, {public: root, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await startChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(tmp, {recursive: true, force: true});
});

const mainScript = () => Array.from(document.scripts).map((script) => script.src).find((src) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(src));

it('a page of build A, open when build B is deployed, loads B in full at its next link: no 404, no mix', async () => {
  // Build A again if a first try left B in place (a retry).
  root = BUILD_DIR;
  const context = await browser!.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/fr/docs/handbooks/newcomers-handbook`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await whenServiceWorkerReady(page);
    const mainA = await page.evaluate(mainScript);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });

    root = tmp;
    // The browser looks for a new worker on each page load and when a tab comes back into view; here, at once.
    await page.evaluate(() => {
      (window as unknown as {workerA: ServiceWorker | null}).workerA = navigator.serviceWorker.controller;
      return navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== (window as unknown as {workerA: ServiceWorker | null}).workerA, undefined, {timeout: 20_000});

    // A link whose page A never loaded nor prefetched (the footer, out of view): B has no chunk of A's for it.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('footer a[href="/fr/docs/privacy"]')?.click());
    await page.waitForURL(`${siteUrl}/fr/docs/privacy`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    const mainB = await page.evaluate(mainScript);
    expect(failed).toEqual([]);
    expect(mainB).not.toBe(mainA);
    expect(fs.existsSync(path.join(tmp, new URL(mainB!).pathname))).toBe(true);
    expect(await page.locator('h1').first().textContent()).not.toBe('');
  } finally {
    await context.close();
  }
}, 60_000);
