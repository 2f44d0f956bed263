import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {LOCALE_INFO, TRANSLATED_LOCALES} from '../../locales';
import {parseFrontMatter} from '../../plugins/content-model/parseFrontMatter';
import {isUnreviewed, translationState} from '../../plugins/translations/notice/translationState';
import {READ_IN_ENGLISH_KEY} from '../../src/lib/translationNotice';
import {browserForFile, localeUrl} from './checkPage';
import {uiStrings} from './uiStrings';
import type {TranslatedLocale} from '../../locales';
import type {UnreviewedState} from '../../plugins/translations/notice/translationState';
import type {Page} from 'playwright-core';

const baseUrl = inject('baseUrl');
const SITE = path.join(__dirname, '../..');
const {browser, visit, look} = browserForFile();

type Unreviewed = {locale: string; page: string; state: UnreviewedState};

/** The machine and draft translations in the repository, read from their front matter. */
async function unreviewedPages(): Promise<Unreviewed[]> {
  const found: Unreviewed[] = [];
  for (const locale of TRANSLATED_LOCALES) {
    const dir = path.join(SITE, 'i18n', locale, 'docusaurus-plugin-content-docs/current');
    for (const file of (await readdir(dir, {recursive: true})).filter((name) => /\.mdx?$/.test(name)).sort()) {
      const state = translationState(parseFrontMatter(await readFile(path.join(dir, file), 'utf8')).data as Record<string, unknown>);
      if (isUnreviewed(state)) found.push({locale, page: file.split(path.sep).join('/').replace(/\.mdx?$/, ''), state});
    }
  }
  return found;
}

const UNREVIEWED = await unreviewedPages();
const firstIn = (locale: string) => UNREVIEWED.find((entry) => entry.locale === locale);
const docUrl = (locale: string, page: string) => localeUrl(baseUrl, locale, `/docs/${page}`);
const headingIds = (page: Page) => page.locator('.markdown :is(h2, h3, h4, h5, h6)[id]').evaluateAll((headings) => headings.map((h) => h.id));

/** The heading ids of the page at `url`, in order (a translation is shown, whatever the reader chose): read on the file's shared page of that address. */
async function headingIdsAt(url: string): Promise<string[]> {
  let ids: string[] = [];
  await look(url, async (page) => {
    ids = await headingIds(page);
  });
  return ids;
}

describe.each(TRANSLATED_LOCALES)('an unreviewed translation in %s', (locale) => {
  const entry = firstIn(locale);

  it('shows, before the first paragraph and in the HTML itself, a notice in the page’s language; the head says it too', async () => {
    expect(entry, `the site ships a machine or draft ${locale} translation`).toBeDefined();
    const {page: doc = '', state = 'machine'} = entry ?? {};
    const html = await (await fetch(docUrl(locale, doc))).text();
    expect(html).toMatch(/data-testid="?translation-notice/);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(new RegExp(`<meta [^>]*name="?bsg-translation"? content="?${state}"?[ />]`));
    expect(head, 'the page stays indexable').not.toMatch(/<meta [^>]*name="?robots"?[^>]*noindex/);
    const strings = await uiStrings(locale);
    await look(docUrl(locale, doc), async (page) => {
      const notice = page.getByRole('note', {name: strings['bsg.translation.noticeLabel']});
      expect(await notice.count()).toBe(1);
      expect(await notice.textContent()).toContain(strings[`bsg.translation.${state}`]);
      expect(await page.locator('[data-testid="translation-notice"]').count(), 'one notice, whatever applies').toBe(1);
      const before = await notice.evaluate((element) => {
        const paragraph = document.querySelector('.markdown p');
        return paragraph !== null && (element.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(before, 'the notice comes before the first paragraph').toBe(true);
      expect(await notice.evaluate((element) => getComputedStyle(element).direction)).toBe(LOCALE_INFO[locale].direction);
      expect(await notice.locator('a[href*="CONTRIBUTING.md#translating"]').count()).toBe(1);
      expect(await notice.locator(`a[href*="/edit/main/i18n/${locale}/docusaurus-plugin-content-docs/current/${doc}.md"]`).count()).toBe(1);
    });
  });

  it('links the English original at the heading the reader is at', async () => {
    const {page: doc = ''} = entry ?? {};
    const englishIds = await headingIdsAt(docUrl('en', doc));
    const ids = await headingIdsAt(docUrl(locale, doc));
    expect(ids.length, 'the same outline as the English page').toBe(englishIds.length);
    // Scrolled to the third heading: the link, followed from there, goes to the English third heading.
    await visit(docUrl(locale, doc), async (page) => {
      await page.locator(`[id="${ids[2]}"]`).evaluate((heading) => heading.scrollIntoView());
      await page.waitForTimeout(100);
      await page.locator('[data-testid="translation-english"]').evaluate((link: HTMLAnchorElement) => link.click());
      await page.waitForURL((url) => url.pathname === `/docs/${doc}`);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${englishIds[2]}`);
      expect(await page.locator(`[id="${englishIds[2]}"]`).count()).toBe(1);
    });
    // Arrived at the second heading by its address, then back up to the notice: still that heading.
    await visit(`${docUrl(locale, doc)}#${encodeURIComponent(ids[1] ?? '')}`, async (page) => {
      await page.locator('[data-testid="translation-english"]').click();
      await page.waitForURL((url) => url.pathname === `/docs/${doc}`);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${englishIds[1]}`);
    });
  });

  it('fits a 390 px phone: no sideways scroll, and nothing moves once the page is interactive', async () => {
    const {page: doc = ''} = entry ?? {};
    const page = await browser().newPage({viewport: {width: 390, height: 844}});
    try {
      await page.goto(docUrl(locale, doc), {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const shifts = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as {value: number}).value;
            }).observe({type: 'layout-shift', buffered: true});
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(shifts, 'cumulative layout shift').toBeLessThan(0.01);
    } finally {
      await page.close();
    }
  });
});

it('an English page and a translation with no review state show no notice', async () => {
  const {page: doc = ''} = UNREVIEWED[0] ?? {};
  await look(docUrl('en', doc), async (page) => {
    expect(await page.locator('[data-testid="translation-notice"], [data-testid="read-in-english-bar"]').count()).toBe(0);
    expect(await page.locator('meta[name="bsg-translation"]').count()).toBe(0);
  });
});

describe('Read in English', () => {
  const entry = firstIn('fr') ?? UNREVIEWED[0];
  const {locale = 'fr', page: doc = ''} = entry ?? {};
  const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), READ_IN_ENGLISH_KEY);

  it('is remembered only when the reader asks, takes them to the English page at the same heading with a way back, and is undone there', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(docUrl(locale, doc), {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(await stored(page), 'nothing is stored by reading').toBeNull();

      await page.locator('[data-testid="read-in-english"]').click();
      await page.waitForURL((url) => url.pathname === `/docs/${doc}`);
      expect(new URL(page.url()).searchParams.get('from')).toBe(locale);
      expect(await stored(page)).toBe('yes');
      const bar = page.locator('[data-testid="read-in-english-bar"]');
      await bar.waitFor();
      expect(await bar.getAttribute('lang'), 'the bar speaks the language the reader came from').toBe(LOCALE_INFO[locale as TranslatedLocale].htmlLang);

      // Another visit to the translation, at its second heading: the English page, at its second heading.
      const ids = await headingIdsAt(docUrl(locale, doc));
      await page.goto(`${docUrl(locale, doc)}#${encodeURIComponent(ids[1] ?? '')}`);
      await page.waitForURL((url) => url.pathname === `/docs/${doc}`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const englishIds = await headingIds(page);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${englishIds[1]}`);

      // The way back, this once: the translation stays.
      await page.locator('[data-testid="read-in-english-back"]').click();
      await page.waitForURL((url) => url.pathname === `/${locale}/docs/${doc}`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(`/${locale}/docs/${doc}`);
      expect(await page.locator('[data-testid="read-in-english"]').getAttribute('data-chosen')).toBe('');

      // Undone from the notice: the translation opens again.
      await page.locator('[data-testid="read-in-english"]').click();
      expect(await stored(page)).toBeNull();
      await page.goto(docUrl(locale, doc), {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(`/${locale}/docs/${doc}`);
    } finally {
      await context.close();
    }
  });

  it('is undone from the English page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(docUrl(locale, doc), {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.locator('[data-testid="read-in-english"]').click();
      await page.waitForSelector('[data-testid="read-in-english-bar"]');
      await page.locator('[data-testid="read-in-english-undo"]').click();
      await page.waitForURL((url) => url.pathname === `/${locale}/docs/${doc}`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(300);
      expect(await stored(page)).toBeNull();
      expect(new URL(page.url()).pathname).toBe(`/${locale}/docs/${doc}`);
    } finally {
      await context.close();
    }
  });
});

describe('hostile addresses', () => {
  const {locale = 'fr', page: doc = ''} = UNREVIEWED[0] ?? {};

  it('a malformed or foreign heading in the address breaks nothing and goes nowhere else', async () => {
    await visit(`${docUrl(locale, doc)}#%E0%A4%A`, async (page) => {
      await page.locator('[data-testid="translation-english"]').click();
      await page.waitForURL((url) => url.pathname === `/docs/${doc}`);
      expect(new URL(page.url()).hash).toBe('');
    });
    await visit(`${docUrl(locale, doc)}#javascript:alert(1)`, async (page) => {
      expect(new URL(page.url()).pathname).toBe(`/${locale}/docs/${doc}`);
    });
  });

  it('an English page with a `from` that is not a translated locale shows no bar, even to a reader who chose English', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(docUrl('en', doc), {waitUntil: 'load'});
      await page.evaluate((key) => localStorage.setItem(key, 'yes'), READ_IN_ENGLISH_KEY);
      for (const from of ['en', 'xx', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)']) {
        await page.goto(`${docUrl('en', doc)}?${new URLSearchParams({from})}`, {waitUntil: 'load'});
        await page.waitForSelector('html[data-has-hydrated="true"]');
        expect(await page.locator('[data-testid="read-in-english-bar"]').count(), from).toBe(0);
      }
    } finally {
      await context.close();
    }
  });
});

describe('search', () => {
  it.each(TRANSLATED_LOCALES)('badges an unreviewed translation among the results in %s, in its language', async (locale) => {
    const entry = firstIn(locale);
    const strings = await uiStrings(locale);
    await visit(docUrl(locale, entry?.page ?? ''), async (page) => {
      const title = (await page.locator('.markdown h1').first().textContent()) ?? '';
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('/');
      await page.getByRole('dialog').locator('input[type="search"]').fill(title);
      const result = page.getByRole('dialog').locator(`li:has(a[href^="/${locale}/docs/${entry?.page}"])`).first();
      await result.waitFor();
      const badge = result.locator(`[data-translation="${entry?.state}"]`);
      expect(await badge.textContent()).toBe(strings[`search.translation.${entry?.state}`]);
    });
  });

  it('shows no such badge on English pages', async () => {
    await visit(docUrl('en', UNREVIEWED[0]?.page ?? ''), async (page) => {
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('/');
      await page.getByRole('dialog').locator('input[type="search"]').fill('contribution');
      await page.getByRole('dialog').locator('ol a').first().waitFor();
      await page.waitForTimeout(400);
      expect(await page.getByRole('dialog').locator('[data-translation]').count()).toBe(0);
    });
  });
});
