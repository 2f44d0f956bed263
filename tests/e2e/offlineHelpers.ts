import http from 'node:http';
import {gzipSync} from 'node:zlib';
import handler from 'serve-handler';
import type {AddressInfo} from 'node:net';
import type {BrowserContextOptions, Page} from 'playwright-core';

/** The phone the figures are measured on. */
export const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

/**
 * Waits until the locale's service worker has cached the files `page`'s HTML
 * names (its scripts and styles, which every page shares), loaded before the
 * worker was there. (A locale's home page may be out of its scope: the test
 * server, as `docusaurus serve`, answers `/fr/` with a redirect to `/fr`.)
 */
export async function whenServiceWorkerReady(page: Page, timeout = 20_000): Promise<void> {
  const ready = () =>
    page.evaluate(async () => {
      const cached = new Set((await (await caches.open('bsg-hub-assets')).keys()).map((request) => request.url));
      const named = [...Array.from(document.scripts, (script) => script.src), ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'), (link) => link.href)];
      const loaded = named.filter((name) => /\/assets\/.+\.[0-9a-f]{8,}\.\w+$/.test(name));
      return loaded.length > 0 && loaded.every((name) => cached.has(name));
    });
  // Not page.waitForFunction: it takes the promise an async function returns for a truthy answer.
  for (const end = Date.now() + timeout; !(await ready()); await page.waitForTimeout(250)) {
    if (Date.now() > end) throw new Error(`The service worker of ${page.url()} did not cache the page's files within ${timeout} ms`);
  }
}

/** One response the server sent: status, path, bytes sent (uncompressed, as serve-handler sends them) and their gzip size. */
export type Sent = {status: number; path: string; bytes: number; gzip: number};

/**
 * The build served on 127.0.0.1 as tests/e2e/server.ts does (with
 * `cacheControl` on every response, if given), counting what it sends: the network cost of a page view, whoever asks (the page or its
 * service worker, which a page's own network log does not show).
 */
export async function countingServer(dir: string, cacheControl?: string): Promise<{url: string; sent: Sent[]; close: () => Promise<void>}> {
  const sent: Sent[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    const write = response.write.bind(response);
    response.write = ((chunk: unknown, ...rest: never[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as Buffer));
      return write(chunk as Buffer, ...rest);
    }) as typeof response.write;
    response.on('finish', () => {
      const body = Buffer.concat(chunks);
      sent.push({status: response.statusCode, path: request.url ?? '', bytes: body.length, gzip: body.length > 0 ? gzipSync(body).length : 0});
    });
    const headers = cacheControl ? [{source: '**', headers: [{key: 'Cache-Control', value: cacheControl}]}] : [];
    void handler(request, response, {public: dir, cleanUrls: true, trailingSlash: false, headers});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
