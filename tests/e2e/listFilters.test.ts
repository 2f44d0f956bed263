import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import {recordErrors} from './browser';

const baseUrl = inject('baseUrl');
const {browser: chromium} = browserForFile();

/** The pages whose filters need JavaScript (issue 23, item 5: Lighthouse's layout shift was 0.10–0.25 on them). */
const LISTS = ['/forum', '/recommendations', '/events'];

/** Layout shifts of the page since it started, as Lighthouse adds them up (those after an input do not count). */
const SHIFTS = `window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
}).observe({type: 'layout-shift', buffered: true});`;

describe.each(['en', 'ar'])('list pages in %s, on a phone', (locale) => {
  it.each(LISTS)('%s: the filters appear when the page becomes interactive, and nothing moves', async (path) => {
    const context = await chromium().newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, serviceWorkers: 'block'});
    try {
      const page = await context.newPage();
      const url = localeUrl(baseUrl, locale, path);
      const errors = recordErrors(page, url);
      await page.addInitScript(SHIFTS);
      // The site's code arrives late, as on a slow connection: the page is painted from its HTML first.
      await page.route('**/assets/js/main.*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.continue();
      });
      await page.goto(url, {waitUntil: 'commit'});
      const filters = page.locator('form[role="search"]');
      await filters.waitFor({state: 'attached'});
      expect(await filters.isVisible(), 'filters shown before they work').toBe(false);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await filters.waitFor({state: 'visible'});
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as {__shifts: number}).__shifts)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(LISTS)('%s: without JavaScript, the filters take no place', async (path) => {
    const context = await chromium().newContext({viewport: {width: 390, height: 844}, javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(localeUrl(baseUrl, locale, path));
      const box = await page.locator('form[role="search"]').boundingBox();
      expect(box).toBeNull();
    } finally {
      await context.close();
    }
  });
});
