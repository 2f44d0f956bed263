import type {BrowserContext, BrowserContextOptions, Page} from 'playwright-core';

/** The phone the figures are measured on. */
export const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

/** Waits until the locale's service worker controls `page` and has cached the hashed files the page loaded before it did. */
export async function whenServiceWorkerReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const cached = await (await caches.open('bsg-hub-assets')).keys();
    return cached.some((request) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(request.url));
  }, undefined, {timeout: 20_000, polling: 250});
}

export type Transfer = {bytes: number; requests: string[]};

/**
 * What a navigation costs on the wire: the bytes Chromium received from the
 * network (headers and bodies, as `encodedDataLength` counts them), and the
 * requests that went there; answers of the service worker or of the HTTP
 * cache cost nothing.
 */
export async function measureTransfer(context: BrowserContext, page: Page, navigate: () => Promise<unknown>): Promise<Transfer> {
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  const urls = new Map<string, string>();
  const local = new Set<string>();
  const transfer: Transfer = {bytes: 0, requests: []};
  session.on('Network.responseReceived', ({requestId, response}) => {
    urls.set(requestId, `${response.status} ${new URL(response.url).pathname}`);
    if (response.fromServiceWorker || response.fromDiskCache || response.fromPrefetchCache) local.add(requestId);
  });
  session.on('Network.requestServedFromCache', ({requestId}) => local.add(requestId));
  session.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    if (local.has(requestId)) return;
    transfer.bytes += encodedDataLength;
    transfer.requests.push(`${urls.get(requestId) ?? requestId} ${encodedDataLength}`);
  });
  await navigate();
  await page.waitForLoadState('networkidle');
  await session.detach();
  return transfer;
}
