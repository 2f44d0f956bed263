import {describe, expect, inject, it} from 'vitest';
import {openPage} from './browser';
import {browserForFile, localeUrl} from './checkPage';
import {isNotFoundStatus, NOT_FOUND_PATH} from './pageTypes';
import {LOCALES} from '../../locales';
import type {Page} from 'playwright-core';

const baseUrl = inject('baseUrl');
const {browser, visit} = browserForFile();

const THREAD = '/forum/18';
const EVENT = '/events/sample-sg13-meeting-geneva-2027';
/** `<html lang>` of each locale. */
const HTML_LANG: Record<string, string> = {en: 'en', ar: 'ar', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-Hans'};
// Not isMobile: Chromium would then zoom out a page wider than the screen, and innerWidth would grow with it.
const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true};

/** Opens the navbar's locale dropdown (desktop) and follows the link to `path` in `locale`. */
async function switchTo(page: Page, locale: string, path: string): Promise<void> {
  await page.locator('.navbar__items--right .dropdown > .navbar__link').click();
  await Promise.all([page.waitForURL(localeUrl(baseUrl, locale, path)), page.locator(`.navbar__items--right .dropdown__menu a[lang="${HTML_LANG[locale]}"]`).click()]);
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

describe('the locale menu of a page written from a template', () => {
  it.each([
    ['thread', THREAD, 'en', 'fr'],
    ['thread', THREAD, 'fr', 'ar'],
    ['event', EVENT, 'ar', 'ru'],
    ['event', EVENT, 'zh', 'en'],
  ])('leads from the %s page %s in %s to the same page in %s', async (_kind, path, from, to) => {
    await visit(localeUrl(baseUrl, from, path), async (page) => {
      const links = await page.locator('.navbar__items--right .dropdown__menu a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(LOCALES.map((locale) => localeUrl('', locale, path)));
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => new URL(l.getAttribute('href') ?? '').pathname));
      expect(alternates).toEqual(expect.arrayContaining(LOCALES.map((locale) => localeUrl('', locale, path))));
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), switchTo(page, to, path)]);
      expect(response.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(localeUrl('', to, path));
      expect(await page.getAttribute('html', 'lang')).toBe(HTML_LANG[to]);
    });
  }, 60_000);
});

describe('the 404 page', () => {
  it.each(LOCALES)('is in the language of the address, with search and places to start: %s', async (locale) => {
    const url = localeUrl(baseUrl, locale, NOT_FOUND_PATH);
    const {page, errors} = await openPage(browser(), url);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe(HTML_LANG[locale]);
      const main = page.getByTestId('not-found');
      const heading = await main.locator('h1').textContent();
      if (locale !== 'en') expect(heading).not.toBe('Page Not Found');
      const links = await main.locator('ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/forum', '/docs/guidelines'].map((path) => localeUrl('', locale, path))));
      await main.locator('button[data-search]').click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(errors.filter((error) => !isNotFoundStatus(error))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the English home page offers the browser\'s language', () => {
  const home = async (browserLocale: string, act: (page: Page) => Promise<void>) => {
    const context = await browser().newContext({locale: browserLocale});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await act(page);
    } finally {
      await context.close();
    }
  };
  const offer = (page: Page) => page.getByTestId('language-suggestion');

  it('in that language, and not again once dismissed', async () => {
    await home('fr-FR', async (page) => {
      await offer(page).waitFor();
      expect(await offer(page).getAttribute('lang')).toBe('fr');
      expect(await offer(page).textContent()).toContain('BSG Hub existe aussi en français.');
      expect(await offer(page).locator('a').getAttribute('href')).toBe('/fr/');
      await offer(page).getByRole('button').click();
      await offer(page).waitFor({state: 'detached'});
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(300);
      expect(await offer(page).count()).toBe(0);
    });
  });

  it('right to left in Arabic, and not again once followed', async () => {
    await home('ar-EG', async (page) => {
      await offer(page).waitFor();
      expect(await offer(page).getAttribute('dir')).toBe('rtl');
      // The static server answers /ar/ with /ar.
      await Promise.all([page.waitForURL(/\/ar\/?$/), offer(page).locator('a').click()]);
      await page.goto(`${baseUrl}/`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(300);
      expect(await offer(page).count()).toBe(0);
    });
  });

  it('never to a browser that prefers English, nor to a reader who chose English on the site', async () => {
    await home('en-US', async (page) => {
      await page.waitForTimeout(300);
      expect(await offer(page).count()).toBe(0);
    });
    await home('ru-RU', async (page) => {
      await offer(page).waitFor();
      // From the Russian home page, the locale menu back to English: a choice, not a first visit.
      await page.goto(`${baseUrl}/ru/`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await switchTo(page, 'en', '/');
      await page.waitForTimeout(300);
      expect(await offer(page).count()).toBe(0);
    });
  });
});

describe('on a phone', () => {
  it.each(LOCALES)('the languages are one tap away: %s', async (locale) => {
    const context = await browser().newContext(PHONE);
    try {
      const page = await context.newPage();
      await page.goto(localeUrl(baseUrl, locale, THREAD));
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const toggle = page.getByTestId('locale-menu').locator('summary');
      const box = await toggle.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 64).toBe(true);
      await toggle.tap();
      const links = page.getByTestId('locale-menu').locator('a');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(LOCALES.map((l) => localeUrl('', l, THREAD)));
      const to = locale === 'fr' ? 'ar' : 'fr';
      await Promise.all([page.waitForURL(localeUrl(baseUrl, to, THREAD)), links.and(page.locator(`[lang="${HTML_LANG[to]}"]`)).tap()]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('the language button has a name in the page\'s language and passes axe', async () => {
    await visit(localeUrl(baseUrl, 'ar', '/'), async (page) => {
      await page.setViewportSize({width: 390, height: 844});
      expect(await page.getByTestId('locale-menu').locator('summary').ariaSnapshot()).toContain('اللغات');
    });
  });
});
