import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {buildTranslationReport} from '../../plugins/translations/status/report';
import {readTranslations} from '../../plugins/translations/status/readTranslations';
import {browserForFile, localeUrl} from './checkPage';

const baseUrl = inject('baseUrl');
const SITE = path.join(__dirname, '../..');
// Every check here only reads the page: one page per address (look), hydrated and run through axe once.
const {look} = browserForFile();

/** The docs plugin's URL of a page under docs/. */
const docUrl = (locale: string, page: string) => localeUrl(baseUrl, locale, `/docs/${page.replace(/\.mdx?$/, '')}`);

const report = await buildTranslationReport(SITE, ['ar', 'fr']);
const current = (locale: string) => report.entries.find((e) => e.locale === locale && e.status === 'current');

describe.each(['en', 'ar'])('the translation status page in %s', (locale) => {
  it('shows coverage per language as a table and a chart, then the pages that need work with their GitHub links', async () => {
    await look(localeUrl(baseUrl, locale, '/translations'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      const rows = page.locator('main table').first().locator('tbody tr');
      expect(await rows.count()).toBe(5);
      const fr = rows.filter({has: page.locator('a[href="#locale-fr"]')});
      expect(await fr.locator('td').first().textContent()).toBe(`${report.coverage.fr?.pages}%`);
      expect(await page.locator('main svg[role="img"] rect').count()).toBe(10);

      // The pages that need work are exactly those the files say: missing ones with a start link, outdated ones with an edit link.
      const section = page.locator('section[aria-labelledby="locale-fr"]');
      const needing = (status: string) => report.entries.filter((e) => e.locale === 'fr' && e.status === status);
      expect(await section.locator('tr[data-status="missing"]').count()).toBe(needing('missing').length);
      expect(await section.locator('tr[data-status="missing"] a[href*="/translations/new/fr/"]').count()).toBe(needing('missing').length);
      expect(await section.locator('tr[data-status="outdated"]').count()).toBe(needing('outdated').length);
      expect(await section.locator('tr[data-status="outdated"] a[href*="/edit/main/i18n/fr/docusaurus-plugin-content-docs/current/"]').count()).toBe(needing('outdated').length);
    });
  });

  it('counts reviewed, machine, draft, outdated and missing pages as the files say, and asks for reviewers where none is listed', async () => {
    await look(localeUrl(baseUrl, locale, '/translations'), async (page) => {
      for (const lang of ['ar', 'fr']) {
        const {translations} = await readTranslations(SITE, [lang]);
        // Counted from the files' text, not through the dashboard's own reading of them.
        const states = [...(translations.get(lang)?.values() ?? [])].map((t) => /^\s*state:\s*(machine|draft|reviewed)\b|[{,]\s*state:\s*(machine|draft|reviewed)\b/m.exec(t.text)?.slice(1).find(Boolean));
        const entries = report.entries.filter((e) => e.locale === lang);
        const expected = {
          reviewed: states.filter((s) => s === 'reviewed').length,
          machine: states.filter((s) => s === 'machine').length,
          draft: states.filter((s) => s === 'draft').length,
          outdated: entries.filter((e) => e.status === 'outdated').length,
          missing: entries.filter((e) => e.status === 'missing').length,
        };
        const row = page.locator(`table[data-review-counts] tr[data-locale="${lang}"]`);
        for (const [column, count] of Object.entries(expected)) expect(await row.locator(`td[data-count="${column}"]`).textContent()).toBe(String(count));
        const wanted = page.locator(`section[aria-labelledby="locale-${lang}"] [data-reviewers-wanted] a[href$="CONTRIBUTING.md#reviewing-a-translation"]`);
        expect(await wanted.count()).toBe(report.reviewers[lang] === 0 ? 1 : 0);
      }
    });
  });
});

it('lists the pages that need work oldest first', async () => {
  await look(localeUrl(baseUrl, 'en', '/translations'), async (page) => {
    const dates = await page.locator('section[aria-labelledby="locale-fr"] tr[data-status] time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
  });
});

// Every page is translated and current today: the outdated notice and the start page of a missing translation are
// tested on fixtures (tests/unit/translations/noticeFrontMatter.test.ts, tests/unit/site/translation.test.ts).
describe('readers of a translation', () => {
  it('a current translation shows no notice', async () => {
    await look(docUrl('fr', current('fr')?.page ?? ''), async (page) => {
      expect(await page.locator('[data-testid="translation-notice"][data-outdated], [data-testid="translation-fallback"]').count()).toBe(0);
    });
  });
});
