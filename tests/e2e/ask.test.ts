import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import {BUILD_DIR} from './server';
import {LOCALES} from '../../locales';
import type {Page} from 'playwright-core';

const baseUrl = inject('baseUrl');
/** The box that narrows the countries (the Recommendations have one too). */
const countrySearch = (page: Page) => page.locator('input[type="search"][aria-controls$="-country"]');
const {browser, visit} = browserForFile();

describe('the ask page’s country', () => {
  it('lists the UN names in the reader’s language, narrowed as one types, and stores the ISO code with the name', async () => {
    await visit(localeUrl(baseUrl, 'ar', '/forum/ask'), async (page) => {
      const select = page.locator('select[name="country"]');
      expect(await select.locator('option').first().textContent()).toBe('أفضّل عدم الإفصاح');
      expect(await select.locator('option').count()).toBeGreaterThan(240);
      expect(await select.locator('option[value="Burkina Faso (BFA)"]').textContent()).toBe('بوركينا فاسو');
      const search = countrySearch(page);
      await search.fill('بوركينا');
      expect(await select.locator('option').count()).toBe(2);
      expect(await select.inputValue()).toBe('Burkina Faso (BFA)');
      expect(await page.locator(`[id="${await search.getAttribute('aria-describedby')}"]`).textContent()).toContain('1');
      await page.fill('input[name="title"]', 'ترقيم');
      await expect.poll(() => page.getAttribute('button[type="submit"]', 'data-url')).toContain('title=');
      const url = new URL((await page.getAttribute('button[type="submit"]', 'data-url')) ?? '');
      expect(url.searchParams.get('country')).toBe('Burkina Faso (BFA)');
      expect(url.searchParams.get('body')).toContain('### Country\n\nBurkina Faso (BFA)');
    });
  });

  it('finds a country without its accents, by its English name or by its code', async () => {
    await visit(localeUrl(baseUrl, 'fr', '/forum/ask'), async (page) => {
      const select = page.locator('select[name="country"]');
      const search = countrySearch(page);
      await search.fill('cote d');
      expect(await select.inputValue()).toBe('Côte d’Ivoire (CIV)');
      await search.fill('Egypt');
      expect(await select.locator('option:checked').textContent()).toBe('Égypte');
      await search.fill('BFA');
      expect(await select.inputValue()).toBe('Burkina Faso (BFA)');
    });
  });

  it('works without JavaScript: a plain select in a GET form to GitHub’s question form', async () => {
    const context = await browser().newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    let submitted: URL | undefined;
    await page.route('https://github.com/**', async (route) => {
      submitted = new URL(route.request().url());
      await route.fulfill({status: 200, contentType: 'text/html', body: '<title>GitHub</title>'});
    });
    await page.goto(localeUrl(baseUrl, 'zh', '/forum/ask'));
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await page.locator('select[name="country"] option[value="China (CHN)"]').textContent()).toBe('中国');
    await page.fill('input[name="title"]', '编号');
    await page.fill('textarea[name="body"]', '如何申请?');
    await page.selectOption('select[name="country"]', 'China (CHN)');
    await page.click('button[type="submit"]');
    await page.waitForURL('https://github.com/**');
    expect(submitted?.searchParams.get('country')).toBe('China (CHN)');
    expect(submitted?.searchParams.get('category')).toBe('q-a');
    await context.close();
  });
});

describe('the ask page of a site built without BSG_HUB_GATEWAY_URL', () => {
  it('offers GitHub’s form alone, and the build holds no gateway form and no ALTCHA code', async () => {
    await visit(localeUrl(baseUrl, 'fr', '/forum/ask'), async (page) => {
      expect(await page.locator('form').count()).toBe(1);
      expect(await page.locator('form[method="post"], input[name="email"], input[name="website"], altcha-widget').count()).toBe(0);
    });
    const scripts = fs.readdirSync(path.join(BUILD_DIR, 'assets/js'));
    const withAltcha = scripts.filter((name) => /altcha-widget|\$altcha/.test(fs.readFileSync(path.join(BUILD_DIR, 'assets/js', name), 'utf8')));
    expect(withAltcha).toEqual([]);
  });
});


/** A new page of the given size, hydrated; closed after `check`. */
async function onPhone(url: string, width: number, check: (page: Page) => Promise<void>) {
  const page = await browser().newPage({viewport: {width, height: 800}, isMobile: true, hasTouch: true});
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await check(page);
  } finally {
    await page.close();
  }
}

describe('the ask page on a phone', () => {
  it.each(LOCALES)('fits 360 px in %s: no option or label sets the width, the page never scrolls sideways', async (locale) => {
    await onPhone(localeUrl(baseUrl, locale, '/forum/ask'), 360, async (page) => {
      // The longest country name is in the list (the widest option before the fix).
      expect(await page.locator('select[name="country"] option').count()).toBeGreaterThan(240);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.fill('textarea[name="body"]', 'x'.repeat(3000));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });

  it.each(['fr', 'ru', 'ar'])('is where the home page’s "I have a question" card leads, in %s', async (locale) => {
    await onPhone(localeUrl(baseUrl, locale, '/'), 390, async (page) => {
      const ask = page.locator(`a[href="${locale === 'en' ? '' : `/${locale}`}/forum/ask"]`);
      expect(await page.locator('a[href*="github.com"][href*="discussions/new"]').count()).toBe(0);
      await Promise.all([page.waitForURL(localeUrl(baseUrl, locale, '/forum/ask')), ask.first().tap()]);
      expect(await page.locator('h1').textContent()).not.toBe('');
    });
  });

  it('keeps the GitHub form’s draft through a reload (French)', async () => {
    await onPhone(localeUrl(baseUrl, 'fr', '/forum/ask'), 390, async (page) => {
      await page.fill('input[name="title"]', 'Numérotation');
      await page.fill('textarea[name="body"]', 'Comment faire ?');
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect.poll(() => page.inputValue('textarea[name="body"]')).toBe('Comment faire ?');
      expect(await page.inputValue('input[name="title"]')).toBe('Numérotation');
      expect(await page.evaluate(() => localStorage.getItem('bsg-hub.ask-draft.fr'))).toContain('Numérotation');
    });
  });
});
