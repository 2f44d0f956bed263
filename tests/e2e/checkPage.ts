import {afterAll, beforeAll, expect} from 'vitest';
import {launchChromium, openPage, seriousAxeViolations} from './browser';
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

/** One Chromium for a test file: started before its tests, closed after. */
export function browserForFile(): {browser: () => Browser; visit: (url: string, check: (page: Page) => Promise<void>) => Promise<void>} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
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
