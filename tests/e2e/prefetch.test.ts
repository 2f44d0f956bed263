import {describe, expect, inject, it} from 'vitest';
import {browserForFile} from './checkPage';
import {openRecordingPage, readToEnd} from './transfers';
import type {Transfer} from './transfers';
import type {Locator, Page} from 'playwright-core';

/** Issue 23: a page view fetches what it shows; the next page only on the reader's intent, and never under Save-Data. */
const {browser} = browserForFile();
const LONG_PAGE = `${inject('baseUrl')}/docs/guidelines/applying-e164-numbering`;
const NEXT_LINK = '.pagination-nav__link--next';
/** Code a page loads for itself when a part of it comes into view (src/components/OfflineSave). */
const OWN_LAZY_CODE = /\/assets\/js\/offline-save\.[0-9a-f]+\.js$/;

const urls = (transfers: Transfer[]) => new Set(transfers.map((transfer) => transfer.url));

/** The long doc page at phone size, read to its end; `shown`: what was fetched before the reader scrolled. */
async function readLongPage(saveData = false) {
  const recording = await openRecordingPage(browser(), {saveData});
  await recording.page.goto(LONG_PAGE);
  await recording.page.waitForSelector('html[data-has-hydrated="true"]');
  const shown = urls(recording.transfers());
  await readToEnd(recording.page);
  return {...recording, shown};
}

/** The requests made since `before` was taken. */
const requestsSince = (before: Set<string>, transfers: Transfer[]) => transfers.filter((transfer) => !before.has(transfer.url));

/** What a page fetches within two seconds of a reader's gesture: enough for a preload to start, on a busy machine too. */
const GESTURE_WAIT_MS = 2000;

/** Hovers, focuses and touches the link, and checks that none of it fetched anything. */
async function expectNothingFetchedOnIntent(page: Page, link: Locator, transfers: () => Transfer[]): Promise<void> {
  const before = urls(transfers());
  await link.hover();
  await link.focus();
  await link.dispatchEvent('touchstart');
  await page.waitForTimeout(GESTURE_WAIT_MS);
  expect(requestsSince(before, transfers())).toEqual([]);
}

/** Follows the link by a click and checks that the router, not a new page load, brought the next page. */
async function followWithoutReload(page: Page, link: Locator, transfers: () => Transfer[]): Promise<void> {
  const href = await link.getAttribute('href');
  const before = urls(transfers());
  await page.evaluate(() => Object.assign(window, {sameDocument: true}));
  await link.click();
  await page.waitForURL((url) => url.pathname === href);
  await expect.poll(() => page.locator('article h1').textContent()).not.toBe('Applying ITU-T E.164 and E.212 nationally');
  expect(await page.evaluate(() => 'sameDocument' in window), 'client-side navigation').toBe(true);
  await page.waitForTimeout(GESTURE_WAIT_MS);
  expect(requestsSince(before, transfers()).filter((transfer) => transfer.kind === 'html')).toEqual([]);
}

describe('a page view fetches what it shows', () => {
  it('reading a long page to its end fetches nothing for the pages its links lead to', async () => {
    const {context, transfers, shown} = await readLongPage();
    try {
      expect(transfers().filter((transfer) => transfer.prefetch)).toEqual([]);
      // The page's own offline panel loads its code when it comes into view: that is this page, not the next one.
      expect(transfers().filter((transfer) => transfer.kind === 'js' && !shown.has(transfer.url) && !OWN_LAZY_CODE.test(transfer.url))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['pointer hover', (link: Locator) => link.hover()],
    ['keyboard focus', (link: Locator) => link.focus()],
    ['touchstart', (link: Locator) => link.dispatchEvent('touchstart')],
  ])('%s on a link loads the next page, and a click then shows it without a page load', async (_intent, intend) => {
    const {context, page, transfers} = await readLongPage();
    try {
      const link = page.locator(NEXT_LINK);
      const before = urls(transfers());
      await intend(link);
      await expect
        .poll(() => requestsSince(before, transfers()).filter((transfer) => transfer.kind === 'js' && !transfer.prefetch).length, {timeout: 5000})
        .toBeGreaterThan(0);
      await followWithoutReload(page, link, transfers);
    } finally {
      await context.close();
    }
  });

  it('with Save-Data on, neither reading nor hover, focus or touch fetches another page; a click still shows it', async () => {
    const {context, page, transfers} = await readLongPage(true);
    try {
      expect(await page.evaluate(() => (navigator as Navigator & {connection?: {saveData: boolean}}).connection?.saveData)).toBe(true);
      const link = page.locator(NEXT_LINK);
      await expectNothingFetchedOnIntent(page, link, transfers);
      expect(transfers().filter((transfer) => transfer.prefetch)).toEqual([]);
      await followWithoutReload(page, link, transfers);
    } finally {
      await context.close();
    }
  });

  it('on a 2G connection, neither hover, focus nor touch fetches another page', async () => {
    const {context, page, cdp, transfers} = await readLongPage();
    try {
      // A round trip of 1.6 s is what the Network Information API calls 2G.
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 1600, downloadThroughput: 35_000 / 8, uploadThroughput: 35_000 / 8});
      await expect.poll(() => page.evaluate(() => (navigator as Navigator & {connection?: {effectiveType: string}}).connection?.effectiveType)).toBe('2g');
      const link = page.locator(NEXT_LINK);
      await expectNothingFetchedOnIntent(page, link, transfers);
    } finally {
      await context.close();
    }
  });
});
