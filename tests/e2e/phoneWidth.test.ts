import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {localeUrl, startChromium} from './checkPage';
import {NOT_FOUND_PATH, PAGE_TYPES} from './pageTypes';
import {LOCALES} from '../../locales';
import type {Browser} from 'playwright-core';

const baseUrl = inject('baseUrl');
const PAGES = [...PAGE_TYPES, {name: '404', path: NOT_FOUND_PATH}];

let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Issue 21: nothing slides sideways on a small phone, whatever the language. */
describe('no horizontal scroll at 360 px', () => {
  it.each(LOCALES)('on every page type in %s', async (locale) => {
    // One context and one page per locale, reused for every page type: 14 pages in a few seconds.
    const context = await browser.newContext({viewport: {width: 360, height: 740}});
    try {
      const page = await context.newPage();
      const wider: string[] = [];
      for (const {name, path} of PAGES) {
        await page.goto(localeUrl(baseUrl, locale, path));
        await page.waitForSelector('html[data-has-hydrated="true"]');
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if ((scrollWidth ?? 0) > (innerWidth ?? 0)) wider.push(`${name} (${path}): ${scrollWidth} px wide`);
      }
      expect(wider).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
