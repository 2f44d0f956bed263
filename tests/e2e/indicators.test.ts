import {csvParseRows} from 'd3-dsv';
import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import type {Page} from 'playwright-core';

const baseUrl = inject('baseUrl');
// Most checks only read the page: they share one page per address (look), each one hydrated and run through axe once.
const {browser, visit, look} = browserForFile();

/** Every figure's table as the page shows it: header labels and the raw value of each cell. */
const tables = (page: Page) =>
  page.locator('main figure').evaluateAll((figures) =>
    figures.map((figure) => ({
      id: figure.id,
      csv: figure.querySelector<HTMLAnchorElement>('a[data-format="csv"]')?.href ?? '',
      json: figure.querySelector<HTMLAnchorElement>('a[data-format="json"]')?.href ?? '',
      columns: Array.from(figure.querySelectorAll('thead th')).map((th) => th.textContent ?? ''),
      rows: Array.from(figure.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.getAttribute('data-value') ?? '')),
    })),
  );

describe.each(['en', 'ar'])('the indicators page in %s', (locale) => {
  const url = localeUrl(baseUrl, locale, '/indicators');

  it('shows each indicator as a chart with its source and date, in the page’s direction', async () => {
    await look(url, async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('main section h2').count()).toBe(5);
      const charts = page.locator('main figure svg[role="img"]');
      expect(await charts.count()).toBeGreaterThanOrEqual(12);
      for (const chart of await charts.all()) {
        expect(await chart.getAttribute('aria-label')).toBeTruthy();
        expect(await chart.locator('rect, path').count()).toBeGreaterThan(0);
        const box = await chart.boundingBox();
        expect(box?.width).toBeGreaterThan(200);
      }
      expect(await page.locator('main figcaption time[datetime]').count()).toBe(await page.locator('main figure').count());
      // Bars grow from the start of the line: the left in English, the right in Arabic.
      const bar = page.locator('#answer-status svg rect').first();
      const [x, width] = [Number(await bar.getAttribute('x')), Number(await bar.getAttribute('width'))];
      const chartWidth = Number((await page.locator('#answer-status svg').getAttribute('viewBox'))?.split(' ')[2]);
      if (locale === 'ar') expect(x + width).toBe(chartWidth);
      else expect(x).toBe(0);
    });
  });

  it('says that the forum numbers come from sample data, on the page and on the charts', async () => {
    await look(url, async (page) => {
      expect(await page.locator('section[aria-labelledby="questions"] [role="note"]').count()).toBe(1);
      expect(await page.locator('section[aria-labelledby="askers"] [role="note"]').count()).toBe(1);
      expect(await page.locator('section[aria-labelledby="guidance"] [role="note"]').count()).toBe(0);
      expect(await page.locator('#questions-per-month svg .bsg-chart__sample').count()).toBe(1);
      expect(await page.locator('#pages-per-programme svg .bsg-chart__sample').count()).toBe(0);
    });
  });

  it('offers downloads that hold exactly the numbers of the tables', async () => {
    await look(url, async (page) => {
      const figures = await tables(page);
      expect(figures.length).toBeGreaterThanOrEqual(13);
      for (const figure of figures) {
        const csv = await page.request.get(figure.csv);
        expect(csv.ok(), figure.csv).toBe(true);
        const [header, ...rows] = csvParseRows(await csv.text());
        // A table with no rows is not shown ("Nothing to count yet"); its download has the header alone.
        if (figure.columns.length > 0) expect(header, figure.id).toEqual(figure.columns);
        expect(rows, figure.id).toEqual(figure.rows);
        const json = (await (await page.request.get(figure.json)).json()) as {id: string; columns: string[]; rows: (string | number | null)[][]; as_of: string};
        expect(json.id).toBe(figure.id);
        expect(json.columns).toEqual(header);
        expect(json.rows.map((row) => row.map((value) => String(value ?? '')))).toEqual(figure.rows);
      }
    });
  });
});

describe.each([
  {locale: 'ar', malawi: 'ملاوي', egypt: 'مصر', africa: 'أفريقيا', asia: 'آسيا', dir: 'rtl'},
  {locale: 'zh', malawi: '马拉维', egypt: '埃及', africa: '非洲', asia: '亚洲', dir: 'ltr'},
])('who asks, in $locale', ({locale, malawi, egypt, africa, asia, dir}) => {
  it('names countries and regions in the page’s language, from the UN names', async () => {
    await look(localeUrl(baseUrl, locale, '/indicators'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      const countries = page.locator('#askers-by-country');
      const names = await countries.locator('tbody th').allTextContents();
      expect(names).toEqual(expect.arrayContaining([malawi, egypt]));
      // The chart says the same, in the same language.
      expect(await countries.locator('svg').textContent()).toContain(malawi);
      const malawiRow = countries.locator('tbody tr', {has: page.locator(`th:text-is("${malawi}")`)});
      expect(await malawiRow.locator('td').nth(1).textContent()).toBe(africa);
      const regions = await page.locator('#askers-by-region tbody th').allTextContents();
      expect(regions.slice(0, 3)).toEqual([africa, expect.any(String), asia]);
      // No English name of a country or region is left.
      expect(names.concat(regions).filter((name) => /[A-Za-z]/.test(name))).toEqual([]);
      // The note says which UN table, and that it has no developed / developing classification.
      expect(await page.locator('section[aria-labelledby="askers"] > p:not([role])').count()).toBe(2);
    });
  });
});

describe.each([
  {locale: 'en', fewer: 'fewer than 5', africa: 'Africa', dir: 'ltr'},
  {locale: 'ar', fewer: 'أقل من 5', africa: 'أفريقيا', dir: 'rtl'},
])('participation, in $locale', ({locale, fewer, africa, dir}) => {
  it('shows each meeting by group, region and income, with small counts suppressed, and says it is sample data', async () => {
    await look(localeUrl(baseUrl, locale, '/indicators'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      const section = page.locator('section[aria-labelledby="participation"]');
      expect(await section.locator('[role="note"]').count()).toBe(1);
      expect(await section.locator('figure').count()).toBe(8);
      for (const chart of await section.locator('figure svg[role="img"]').all()) {
        expect(await chart.getAttribute('aria-label')).toBeTruthy();
        expect(await chart.locator('.bsg-chart__sample').count()).toBe(1);
      }
      const byGroup = section.locator('#participation-by-group');
      expect(await byGroup.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
      expect(await byGroup.locator('tbody td', {hasText: fewer}).count()).toBeGreaterThan(0);
      // Region names from the UN data, in the page's language.
      expect(await section.locator('#participation-by-region thead th').allTextContents()).toContain(africa);
      // The notes say how small counts are protected and where the income groups come from.
      expect(await section.locator(':scope > p:not([role])').count()).toBe(3);
    });
  });
});

describe('participation on event and study-group pages', () => {
  it('a past event shows its own suppressed figures; a study group its meetings over time', async () => {
    await look(localeUrl(baseUrl, 'en', '/events/sample-sg3rg-afr-cotonou-2025-03'), async (page) => {
      const figures = page.locator('section.event-participation');
      expect(await figures.locator('h2').textContent()).toBe('Who took part');
      // A space ends each term and value (search excerpts keep them apart).
      expect((await figures.locator('dd[data-cell="total"]').textContent())?.trim()).toMatch(/^\d+$/);
      expect(await figures.locator('dd', {hasText: 'fewer than 5'}).count()).toBeGreaterThan(0);
    });
    await look(localeUrl(baseUrl, 'en', '/study-groups/SG13'), async (page) => {
      const rows = page.locator('section[aria-labelledby="participation"] tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
    });
  });
});

describe('the indicators page without JavaScript', () => {
  it('has its charts in the HTML: nothing is drawn in the browser', async () => {
    const context = await browser().newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(localeUrl(baseUrl, 'en', '/indicators'));
    expect(await page.locator('main figure svg[role="img"] rect').count()).toBeGreaterThan(50);
    await context.close();
  });

  it('follows dark mode', async () => {
    await visit(localeUrl(baseUrl, 'en', '/indicators'), async (page) => {
      const fill = () => page.locator('#answer-status svg rect').first().evaluate((rect) => getComputedStyle(rect).fill);
      const light = await fill();
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      const dark = await fill();
      expect(light).toBe('rgb(11, 92, 173)');
      expect(dark).toBe('rgb(108, 178, 245)');
    });
  });
});
