import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {openPage} from './browser';
import {browserForFile, localeUrl} from './checkPage';
import {BUILD_DIR} from './server';
import type {Page} from 'playwright-core';

const baseUrl = inject('baseUrl');
const {browser, visit} = browserForFile();

type Query = {locale: string; query: string; expect: string; hard?: string};
const QUERIES = JSON.parse(await readFile(path.join(__dirname, '../fixtures/search/queries.json'), 'utf8')) as Query[];
const query = (locale: string, text: string) => {
  const found = QUERIES.find((q) => q.locale === locale && q.query === text);
  if (!found) throw new Error(`${locale} "${text}" is not in tests/fixtures/search/queries.json`);
  return found;
};

const DOC = '/docs/handbooks/newcomers-handbook';

/** Waits until the dialog shows the answer to what is typed and picked: its results say they are busy until then. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('dialog').locator('[aria-live][aria-busy="false"]').waitFor();
}

/** Opens search with `/`, types `text`, and returns the result links in order. */
async function search(page: Page, text: string, kind?: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('/');
  const field = page.getByRole('dialog').locator('input[type="search"]');
  await field.fill(text);
  if (kind) await page.getByRole('dialog').locator(`input[type="radio"][value="${kind}"]`).check();
  await settled(page);
  return page.getByRole('dialog').locator('ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The query of the set in `locale` finds its expected page first, through the dialog. */
async function findsFirst(locale: string, text: string) {
  const {expect: expected} = query(locale, text);
  await visit(localeUrl(baseUrl, locale, DOC), async (page) => {
    expect((await search(page, text))[0]?.replace(/#.*/, '')).toBe(expected);
  });
}

describe('a query in each language finds the expected page first', () => {
  it.each([
    ['en', 'national standardization secretariat'],
    ['fr', 'préparer une contribution'],
    ['es', 'secretaría nacional de normalización'],
    ['ru', 'наставник'],
    ['zh', '标准化秘书处'],
    ['ar', 'أمانة التقييس الوطنية'],
  ])('%s: %s', findsFirst);
});

describe('hard cases', () => {
  it.each([
    ['zh', '标准化', 'a Chinese word inside a longer run of text'],
    ['ar', 'مرشد', 'Arabic without the article'],
    ['ar', 'اعداد مساهمة', 'Arabic without hamza'],
    ['fr', 'secretariat national de normalisation', 'French without accents'],
    ['es', 'secretaria nacional de normalizacion', 'Spanish without accents'],
    ['en', 'SG12RG-AFR terms of reference', 'words from the accepted answer of a forum thread'],
  ])('%s: %s (%s)', (locale, text) => findsFirst(locale, text));
});

describe('the search dialog', () => {
  it('loads nothing for search until opened, then only the index of the page language', async () => {
    await visit(localeUrl(baseUrl, 'fr', DOC), async (page) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
      await search(page, 'contribution');
      const index = requests.filter((url) => url.includes('/pagefind/'));
      expect(index).toContain('/pagefind/pagefind.js');
      expect(index.some((url) => /pagefind\.fr_[^/]*\.pf_meta$/.test(url))).toBe(true);
      expect(index.some((url) => /pagefind\.(en|ar|es|ru|zh)/.test(url))).toBe(false);
    });
  });

  it('says its results are busy until they answer what is typed', async () => {
    // The service worker would answer the index requests before the route could slow them.
    const {page, errors} = await openPage(browser(), localeUrl(baseUrl, 'en', DOC), {serviceWorkers: 'block'});
    try {
      // A slow connection: the search code takes a second to come.
      await page.route('**/pagefind/pagefind.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      await page.locator('button[data-search]').first().click();
      const dialog = page.getByRole('dialog');
      const region = dialog.locator('[aria-live]');
      expect(await region.getAttribute('aria-busy')).toBe('false');
      await dialog.locator('input[type="search"]').fill('fellowship');
      expect(await region.getAttribute('aria-busy')).toBe('true');
      await settled(page);
      expect(await dialog.locator('ol a').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works from the keyboard: Ctrl+K opens, arrows move, Enter opens, Escape closes', async () => {
    await visit(localeUrl(baseUrl, 'en', DOC), async (page) => {
      await page.waitForLoadState('networkidle');
      const dialog = page.getByRole('dialog');
      // On two busy cores the shortcut's listener may not be there yet: press again until the dialog opens.
      await expect
        .poll(async () => {
          if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
          return dialog.isVisible();
        }, {timeout: 20_000, interval: 500})
        .toBe(true);
      await page.keyboard.type('fellowship');
      await settled(page);
      const hrefs = await dialog.locator('ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[0]);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
      await page.keyboard.press('Escape');
      await dialog.waitFor({state: 'hidden'});
      await page.keyboard.press('/');
      await dialog.waitFor({state: 'visible'});
      // The kept query's results are still there: the first arrow reaches the first of them.
      await dialog.locator('ol a').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[0]);
      await Promise.all([page.waitForURL(`${baseUrl}${hrefs[0]}`, {timeout: 10_000}), page.keyboard.press('Enter')]);
    });
  }, 60_000);

  it('shows title, section, highlighted excerpt and kind, and filters forum threads with their status', async () => {
    await visit(localeUrl(baseUrl, 'en', DOC), async (page) => {
      const hrefs = await search(page, 'regulator', 'forum');
      expect(hrefs.length).toBeGreaterThan(1);
      expect(hrefs.every((href) => href.startsWith('/forum/'))).toBe(true);
      const first = page.getByRole('dialog').locator('ol li').first();
      expect(await first.getAttribute('data-kind')).toBe('forum');
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      expect(await page.getByRole('dialog').locator('ol li', {hasText: /Answered|Unanswered/}).count()).toBe(hrefs.length);
    });
  });

  it('shows hostile forum content as text in excerpts', async () => {
    await visit(localeUrl(baseUrl, 'en', DOC), async (page) => {
      let alerted = false;
      page.on('dialog', (dialog) => {
        alerted = true;
        void dialog.dismiss();
      });
      await search(page, 'onerror alert');
      expect(await page.getByRole('dialog').locator('ol img, ol script').count()).toBe(0);
      expect(alerted).toBe(false);
    });
  });

  it('is right to left in Arabic and fits a 360 px screen', async () => {
    await visit(localeUrl(baseUrl, 'ar', DOC), async (page) => {
      await page.setViewportSize({width: 360, height: 740});
      await search(page, 'مساهمة');
      const dialog = page.getByRole('dialog');
      expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
});

describe('results on the way to asking (issue 21)', () => {
  it('have clean titles on every page type the index holds', async () => {
    await visit(localeUrl(baseUrl, 'en', DOC), async (page) => {
      await search(page, 'E.164');
      const dialog = page.getByRole('dialog');
      // Every result, not only the first five.
      while (await dialog.getByRole('button', {name: /More results/}).isVisible()) {
        const count = await dialog.locator('ol li').count();
        await dialog.getByRole('button', {name: /More results/}).click();
        await expect.poll(() => dialog.locator('ol li').count()).toBeGreaterThan(count);
      }
      const results = await dialog.locator('ol li').evaluateAll((items) =>
        items.map((item) => ({href: item.querySelector('a')?.getAttribute('href') ?? '', title: item.querySelector('a > span')?.textContent ?? ''})),
      );
      const type = (href: string) => href.replace(/^\/(docs|forum|events|recommendations)\/.*/, '$1');
      expect(new Set(results.map((result) => type(result.href)))).toEqual(new Set(['docs', 'forum', 'events', 'recommendations']));
      expect(results.filter((result) => /PAGEFIND|___/.test(result.title))).toEqual([]);
      expect(results.find((result) => result.href === '/recommendations/E.164')?.title).toBe('ITU-T E.164 The international public telecommunication numbering plan');
    });
  });

  it('keep the words of table cells apart in excerpts', async () => {
    await visit(localeUrl(baseUrl, 'en', DOC), async (page) => {
      await search(page, 'main areas home series');
      const excerpt = await page.getByRole('dialog').locator('ol li a[href^="/docs/handbooks/study-groups"]').first().textContent();
      // The table's header row: Pagefind joined <th> cells ("main areasHome series").
      expect(excerpt).toContain('main areas Home series');
    });
  });

  it('offer to ask the question when nothing is found, with the words as its title', async () => {
    await visit(localeUrl(baseUrl, 'fr', DOC), async (page) => {
      await page.locator('button[data-search]').first().click();
      // A made-up word: Pagefind falls back to the series letter Q of a table ("série Q)"), which is no match.
      await page.getByRole('dialog').locator('input[type="search"]').fill('qwxkjvb & qwkv?');
      const ask = page.getByRole('dialog').getByTestId('search-ask');
      await ask.waitFor();
      expect(await ask.getAttribute('href')).toBe('/fr/forum/ask?title=qwxkjvb+%26+qwkv%3F');
      expect(await ask.textContent()).toBe('Poser cette question');
    });
  });

  it.each([
    // Each finds pages through a short word it begins with: X (X.805, "x."), م, Q (Q.5050).
    ['en', 'xqwkjvb', '/forum/ask?title=xqwkjvb'],
    ['ar', 'مقثغضظ', '/ar/forum/ask?title=%D9%85%D9%82%D8%AB%D8%BA%D8%B6%D8%B8'],
    ['zh', 'qwxkjvb', '/zh/forum/ask?title=qwxkjvb'],
  ])('%s: find nothing for the made-up word %s, not the pages of a word it begins with', async (locale, text, href) => {
    await visit(localeUrl(baseUrl, locale, DOC), async (page) => {
      await page.locator('button[data-search]').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="search"]').fill(text);
      await settled(page);
      expect(await dialog.locator('ol li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([]);
      expect(await dialog.getByTestId('search-ask').getAttribute('href')).toBe(href);
    });
  });

  it('fill a phone screen, without sideways scroll', async () => {
    await visit(localeUrl(baseUrl, 'ru', DOC), async (page) => {
      await page.setViewportSize({width: 390, height: 844});
      await search(page, 'наставник');
      const dialog = page.getByRole('dialog');
      expect(await dialog.boundingBox()).toEqual({x: 0, y: 0, width: 390, height: 844});
      expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
});

it('sends no Algolia code when Algolia is not configured', async () => {
  const dir = path.join(BUILD_DIR, 'assets/js');
  const scripts = await Promise.all((await readdir(dir)).map((file) => readFile(path.join(dir, file), 'utf8')));
  expect(scripts.filter((code) => /algolia/i.test(code))).toEqual([]);
  expect(await readFile(path.join(BUILD_DIR, 'docs/handbooks/newcomers-handbook.html'), 'utf8')).toMatch(/data-search="?offline/);
});
