import {gzipSync} from 'node:zlib';
import type {Browser, BrowserContext, BrowserContextOptions, CDPSession, Page} from 'playwright-core';

/** A phone as the readers of issue 23 hold it: 390×844 CSS pixels, touch. */
export const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, deviceScaleFactor: 3, isMobile: true, hasTouch: true};

export const TRANSFER_KINDS = ['html', 'css', 'js', 'data', 'font', 'image', 'other'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** One request of a page view, as the browser's network panel shows it. */
export type Transfer = {url: string; kind: TransferKind; prefetch: boolean};

/** The kind of each of the DevTools protocol's resource types (Network.ResourceType) that a page needs. */
const KIND_OF_TYPE: Record<string, TransferKind> = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
  XHR: 'data',
  Fetch: 'data',
  Font: 'font',
  Image: 'image',
};

/**
 * A prefetch is a request for later, not for the page on screen: `<link rel=prefetch>`
 * (what Docusaurus adds for every link that scrolls into view) or anything the
 * browser fetches at its lowest priority. The kind of a prefetch is guessed from
 * its address, since the browser does not know what it will be used for.
 */
export function toTransfer(type: string, priority: string, url: string): Transfer {
  const prefetch = type === 'Prefetch' || priority === 'VeryLow';
  const kind = KIND_OF_TYPE[type] ?? (/\.js$/.test(new URL(url).pathname) ? 'js' : /\.css$/.test(new URL(url).pathname) ? 'css' : 'other');
  return {url, kind, prefetch};
}

/** A page at phone size that records every request it makes, optionally with Save-Data on (navigator.connection.saveData and the header). */
export async function openRecordingPage(browser: Browser, {saveData = false} = {}): Promise<{context: BrowserContext; page: Page; cdp: CDPSession; transfers: () => Transfer[]}> {
  const context = await browser.newContext({...PHONE, ...(saveData && {extraHTTPHeaders: {'Save-Data': 'on'}})});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const seen = new Map<string, Transfer>();
  cdp.on('Network.requestWillBeSent', ({request, type}) => {
    if (!request.url.startsWith('http') || seen.has(request.url)) return;
    seen.set(request.url, toTransfer(type ?? 'Other', request.initialPriority, request.url));
  });
  await cdp.send('Network.enable');
  if (saveData) await cdp.send('Emulation.setDataSaverOverride', {dataSaverEnabled: true});
  return {context, page, cdp, transfers: () => [...seen.values()]};
}

/**
 * Once the page has loaded, scrolls to its end a screen at a time, as a reader
 * does, then gives what the scrolling set off `quietMs` to start.
 */
export async function readToEnd(page: Page, quietMs = 1500): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (;;) {
    // Two frames at each position: on a busy machine, a link must not pass through the screen unseen.
    const atEnd = await page.evaluate(async () => {
      window.scrollBy(0, window.innerHeight * 0.8);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(150);
    if (atEnd) break;
  }
  await page.waitForTimeout(quietMs);
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The bytes a static host that gzips text sends for `url`: the gzip size of
 * HTML, CSS, JS, JSON and SVG, the file's size for fonts and images (already compressed).
 */
export async function transferSize(url: string): Promise<number> {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  return COMPRESSIBLE.test(response.headers.get('content-type') ?? '') ? gzipSync(body).length : body.length;
}
