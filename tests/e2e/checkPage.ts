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

type Check = (page: Page) => Promise<void>;

/**
 * Chromium for a test file: connected before its tests, closed after.
 * `visit` opens a page of its own for each check; `look` is for checks that
 * only read the page (no click, no typing, no resize, no script that changes
 * it): one page per address for the whole file, opened, hydrated and run
 * through axe once, each check then failing on that page's axe violations
 * and console errors as `visit` does. A check that fails drops the page: a
 * retry starts from a fresh load.
 */
export function browserForFile(): {browser: () => Browser; visit: (url: string, check: Check) => Promise<void>; look: (url: string, check: Check) => Promise<void>} {
  let browser: Browser | undefined;
  const opened = new Map<string, Promise<{page: Page; errors: string[]; violations?: Promise<string[]>}>>();
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
  const look = async (url: string, check: Check) => {
    let open = opened.get(url);
    if (!open) opened.set(url, (open = openPage(current(), url)));
    try {
      const shared = await open;
      await check(shared.page);
      // After the first check, as visit runs it: what hydration and lazy parts add is in the page by then.
      shared.violations ??= seriousAxeViolations(shared.page);
      expect(await shared.violations, `accessibility of ${url}`).toEqual([]);
      expect(shared.errors, `console errors on ${url}`).toEqual([]);
    } catch (error) {
      opened.delete(url);
      await open.then(({page}) => page.close(), () => undefined);
      throw error;
    }
  };
  return {browser: current, visit: (url, check) => checkPage(current(), url, check), look};
}
