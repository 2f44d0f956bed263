import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {buildTranslationReport} from '../../plugins/translations/status/report';
import {browserForFile, localeUrl} from './checkPage';

const baseUrl = inject('baseUrl');
const SITE = path.join(__dirname, '../..');
const {visit} = browserForFile();

/** The docs plugin's URL of a page under docs/. */
const docUrl = (locale: string, page: string) => localeUrl(baseUrl, locale, `/docs/${page.replace(/\.mdx?$/, '')}`);

const report = await buildTranslationReport(SITE, ['ar', 'fr']);
const outdated = (locale: string) => report.entries.find((e) => e.locale === locale && e.status === 'outdated');
const current = (locale: string) => report.entries.find((e) => e.locale === locale && e.status === 'current');

describe.each(['en', 'ar'])('the translation status page in %s', (locale) => {
  it('shows coverage per language as a table and a chart, then the pages that need work with their GitHub links', async () => {
    await visit(localeUrl(baseUrl, locale, '/translations'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      const rows = page.locator('main table').first().locator('tbody tr');
      expect(await rows.count()).toBe(5);
      const fr = rows.filter({has: page.locator('a[href="#locale-fr"]')});
      expect(await fr.locator('td').first().textContent()).toBe(`${report.coverage.fr?.pages}%`);
      expect(await page.locator('main svg[role="img"] rect').count()).toBe(10);

      const section = page.locator('section[aria-labelledby="locale-fr"]');
      const missing = section.locator('tr[data-status="missing"]').first();
      expect(await missing.locator('a[href*="/translations/new/fr/"]').count()).toBe(1);
      const stale = section.locator('tr[data-status="outdated"]').first();
      expect(await stale.locator('a[href*="/edit/main/i18n/fr/docusaurus-plugin-content-docs/current/"]').count()).toBe(1);
      // "What changed" needs the pinned English version in the git history (a shallow clone may lack it).
      const stalePage = await stale.locator('code').textContent();
      const pinned = report.entries.find((e) => e.locale === 'fr' && e.page === stalePage)?.pinnedCommit;
      expect(await stale.locator('a[href*="/compare/"]').count()).toBe(pinned ? 1 : 0);
      if (pinned) expect(await stale.locator('a[href*="/compare/"]').getAttribute('href')).toMatch(new RegExp(`/compare/${pinned}\\.\\.\\.main#diff-[0-9a-f]{64}$`));
    });
  });
});

it('lists missing pages oldest first', async () => {
  await visit(localeUrl(baseUrl, 'en', '/translations'), async (page) => {
    const dates = await page.locator('section[aria-labelledby="locale-fr"] tr[data-status] time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
  });
});

it("the translate link opens GitHub's new-file form prefilled with the English page and its pin", async () => {
  await visit(localeUrl(baseUrl, 'en', '/translations'), async (page) => {
    const href = await page.locator('section[aria-labelledby="locale-fr"] tr[data-status="missing"] a[href*="/translations/new/"]').first().getAttribute('href');
    const html = await (await fetch(`${baseUrl}${href}`)).text();
    const target = new URL(/http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1]?.replaceAll('&#x26;', '&').replaceAll('&amp;', '&') ?? '');
    expect(target.pathname).toMatch(/\/new\/main\/i18n\/fr\/docusaurus-plugin-content-docs\/current/);
    expect(target.searchParams.get('filename')).toMatch(/\.mdx?$/);
    expect(target.searchParams.get('value')).toMatch(/^---\ntranslation_of:\n {2}hash: [0-9a-f]{16}\n/);
    expect(target.toString().length).toBeLessThanOrEqual(8000);
  });
});

describe('readers of an outdated translation', () => {
  it.each(['fr', 'ar'])('see a notice in %s with the date of the English page and a link to it, in the HTML itself', async (locale) => {
    const entry = outdated(locale);
    expect(entry, `the site ships an outdated ${locale} translation to test the notice on`).toBeDefined();
    const url = docUrl(locale, entry?.page ?? '');
    const html = await (await fetch(url)).text();
    expect(html, "the notice is in the server-rendered page: no script is needed").toMatch(/data-testid="?translation-notice"?[^>]*data-outdated/);
    await visit(url, async (page) => {
      const notice = page.locator('[data-testid="translation-notice"][data-outdated]');
      await expect(notice.isVisible()).resolves.toBe(true);
      expect(await notice.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await notice.textContent()).not.toContain('earlier version of the English page');
      expect(await notice.locator('a[hreflang="en"]').getAttribute('href')).toBe(`/docs/${entry?.page.replace(/\.mdx?$/, '')}`);
    });
  });

  it('a current translation shows no notice', async () => {
    await visit(docUrl('fr', current('fr')?.page ?? ''), async (page) => {
      expect(await page.locator('[data-testid="translation-notice"][data-outdated], [data-testid="translation-fallback"]').count()).toBe(0);
    });
  });
});
