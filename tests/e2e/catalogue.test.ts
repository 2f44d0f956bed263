import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';

const baseUrl = inject('baseUrl');
const CITING_DOC = '/docs/guidelines/preparing-a-contribution';

const {browser: chromium, visit} = browserForFile();

describe.each(['en', 'fr', 'zh'])('catalogue in %s', (locale) => {
  it('links an in-text citation to the Recommendation page, which lists the citing guidance', async () => {
    await visit(localeUrl(baseUrl, locale, CITING_DOC), async (page) => {
      const citation = page.locator('article .markdown :is(p, li) > a[href$="/recommendations/E.164"]').first();
      expect(await citation.textContent()).toMatch(/E\.164/);
      await citation.click();
      await page.waitForURL(localeUrl(baseUrl, locale, '/recommendations/E.164'));
      await page.waitForSelector('h1:has-text("ITU-T E.164")');
      const guidance = page.locator(`[data-testid="guidance"] a[href="${new URL(localeUrl(baseUrl, locale, CITING_DOC)).pathname}"]`);
      expect(await guidance.count()).toBe(1);
    });
  });
});

describe('Recommendation list', () => {
  it('shows every Recommendation without JavaScript', async () => {
    const context = await chromium().newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/recommendations`);
      const count = await page.locator('[data-recommendation]').count();
      expect(count).toBeGreaterThanOrEqual(40);
      // The filters need JavaScript: in the HTML (so that they appear without moving the list), not shown without it.
      expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('filters by series and policy relevance, and keeps the filters in the URL', async () => {
    await visit(`${baseUrl}/recommendations`, async (page) => {
      const all = await page.locator('[data-recommendation]').count();
      await page.selectOption('select[name="series"]', 'K');
      const kSeries = await page.locator('[data-recommendation]').allTextContents();
      expect(kSeries.length).toBeGreaterThan(0);
      expect(kSeries.length).toBeLessThan(all);
      expect(kSeries.every((text) => text.startsWith('ITU-T K.'))).toBe(true);
      expect(page.url()).toContain('series=K');
      await page.selectOption('select[name="guidance"]', 'yes');
      expect(await page.locator('[data-recommendation]').count()).toBeLessThanOrEqual(kSeries.length);
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(await page.inputValue('select[name="series"]')).toBe('K');
    });
  });

  it('is right to left in Arabic and links each study group page', async () => {
    await visit(`${baseUrl}/ar/study-groups/SG12`, async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.locator('a[href="/ar/recommendations/E.800"]').count()).toBe(1);
    });
  });
});
