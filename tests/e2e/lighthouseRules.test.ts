import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {loadAxe, openPage} from './browser';
import {startChromium} from './checkPage';
import {LIGHTHOUSE_PHONE, LIGHTHOUSE_RULES, runLighthouseRules} from './lighthouseRules';
import {isNotFoundStatus, NOT_FOUND_PATH, PAGE_TYPE_LOCALES, PAGE_TYPES} from './pageTypes';
import {localeUrl} from './server';
import type {Browser} from 'playwright-core';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Lighthouse's accessibility score is 100 when none of its weighted axe rules
 * fails. Lighthouse itself takes about 13 s a page here (bench/lighthouse.ts),
 * so the tests run those rules with axe-core, on Lighthouse's phone.
 */
describe('Lighthouse\'s accessibility rules', () => {
  it('are read from Lighthouse, and catch a logo whose alt text repeats the name beside it', async () => {
    expect(LIGHTHOUSE_RULES.length).toBeGreaterThan(40);
    expect(LIGHTHOUSE_RULES).toEqual(expect.arrayContaining(['image-redundant-alt', 'color-contrast', 'target-size', 'heading-order']));
    const {page} = await openPage(browser, `${baseUrl}/`, LIGHTHOUSE_PHONE);
    try {
      // The logo's alt is empty: the home link takes its name from the title beside it.
      expect(await page.locator('.navbar__brand img').evaluateAll((images) => images.map((img) => img.getAttribute('alt')))).toEqual(['', '']);
      expect(await page.locator('.navbar__brand').first().ariaSnapshot()).toMatch(/^- link "BSG Hub"/);
      await page.evaluate(() => {
        document.querySelector('.navbar__brand img')?.setAttribute('alt', document.querySelector('.navbar__title')?.textContent ?? '');
      });
      await loadAxe(page);
      expect((await runLighthouseRules(page)).violations.join('\n')).toEqual(expect.stringMatching(/^image-redundant-alt: .* at img\[alt="BSG Hub"\]$/));
    } finally {
      await page.close();
    }
  });

  describe.each(PAGE_TYPE_LOCALES)('in %s', (locale) => {
    it.each(PAGE_TYPES)('pass on the $name', async ({path}) => {
      const url = localeUrl(baseUrl, locale, path);
      const {page, errors} = await openPage(browser, url, LIGHTHOUSE_PHONE);
      try {
        await loadAxe(page);
        const {violations, ran} = await runLighthouseRules(page);
        expect(violations, `Lighthouse's accessibility rules on ${url}`).toEqual([]);
        // Every rule reported on (passed, failed, incomplete or not applicable): none was skipped.
        expect([...ran].sort()).toEqual([...LIGHTHOUSE_RULES].sort());
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('pass on the 404 page', async () => {
      const url = localeUrl(baseUrl, locale, NOT_FOUND_PATH);
      const {page, errors} = await openPage(browser, url, LIGHTHOUSE_PHONE);
      try {
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        await loadAxe(page);
        const {violations, ran} = await runLighthouseRules(page);
        expect(violations, `Lighthouse's accessibility rules on ${url}`).toEqual([]);
        expect([...ran].sort()).toEqual([...LIGHTHOUSE_RULES].sort());
        expect(errors.filter((error) => !isNotFoundStatus(error))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
