import {chromium} from 'playwright-core';
import {afterAll, beforeAll, expect, inject} from 'vitest';
import {openPage, seriousAxeViolations} from './browser';
import type {Browser, Page} from 'playwright-core';

export {localeUrl} from './server';

/** Opens a page, runs `check` on it, then fails on console errors and serious axe violations. */
export async function checkPage(browser: Browser, url: string, check: (page: Page) => Promise<void>): Promise<void> {
  const {page, errors} = await openPage(browser, url);
  try {
    await check(page);
    expect(await seriousAxeViolations(page), `accessibility of ${url}`).toEqual([]);
    expect(errors, `console errors on ${url}`).toEqual([]);
  } finally {
    await page.close();
  }
}

/**
 * The suite's Chromium (globalSetup.ts), for a test file: a connection of
 * its own, whose close() closes every context the file opened and leaves the
 * browser to the next file.
 */
export function startChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** Chromium for a test file: connected before its tests, closed after. */
export function browserForFile(): {browser: () => Browser; visit: (url: string, check: (page: Page) => Promise<void>) => Promise<void>} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = () => {
    if (!browser) throw new Error('Chromium is not running: browserForFile() must be called at the top of the test file.');
    return browser;
  };
  return {browser: current, visit: (url, check) => checkPage(current(), url, check)};
}
