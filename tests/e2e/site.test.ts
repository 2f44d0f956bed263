import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import {LOCALES} from '../../locales';

const TRANSLATED_DOC = '/docs/guidelines/preparing-a-contribution';

const baseUrl = inject('baseUrl');
const localePath = (locale: string, path: string) => localeUrl(baseUrl, locale, path);

const {browser: chromium, visit} = browserForFile();


const englishText = {home: '', doc: ''};

describe.each(LOCALES)('locale %s', (locale) => {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';

  it('renders the home page, routing readers by role', async () => {
    await visit(localePath(locale, '/'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      expect(await page.getAttribute('html', 'lang')).toMatch(new RegExp(`^${locale}`));
      const heading = (await page.textContent('h1'))?.trim() ?? '';
      expect(heading).not.toBe('');
      if (locale === 'en') englishText.home = heading;
      else expect(heading, 'home page heading is translated').not.toBe(englishText.home);
      expect(await page.locator('[data-role]').count()).toBe(4);
      for (const role of ['expert', 'member', 'translator', 'mentor']) {
        expect(await page.locator(`[data-role="${role}"] a`).count()).toBeGreaterThan(0);
      }
    });
  });

  it('renders a translated guidance page with its metadata and no fallback notice', async () => {
    await visit(localePath(locale, TRANSLATED_DOC), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      const title = (await page.textContent('article h1'))?.trim() ?? '';
      if (locale === 'en') englishText.doc = title;
      else expect(title, 'doc title is translated').not.toBe(englishText.doc);
      const metadata = page.locator('article dl[aria-label]');
      await expect(metadata.isVisible()).resolves.toBe(true);
      expect(await metadata.locator('time').getAttribute('dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await page.locator('[data-testid="translation-fallback"]').count()).toBe(0);
    });
  });
});

describe('language switcher', () => {
  it.each([
    ['en', 'fr'],
    ['fr', 'ar'],
    ['ar', 'zh'],
    ['ru', 'en'],
  ])('moves from %s to the %s translation of the same page', async (from, to) => {
    await visit(localePath(from, TRANSLATED_DOC), async (page) => {
      await page.setViewportSize({width: 1280, height: 800});
      await page.locator('.navbar__items--right .dropdown > .navbar__link').hover();
      await page.locator(`.navbar__items--right .dropdown__menu a[lang="${to === 'zh' ? 'zh-Hans' : to}"]`).click();
      await page.waitForURL(localePath(to, TRANSLATED_DOC));
      expect(await page.getAttribute('html', 'lang')).toMatch(new RegExp(`^${to}`));
      expect(await page.getAttribute('html', 'dir')).toBe(to === 'ar' ? 'rtl' : 'ltr');
    });
  });
});

describe('narrow phone screens', () => {
  it.each([
    ['en', '/'],
    ['ru', '/'],
    ['ar', '/'],
    ['fr', TRANSLATED_DOC],
    ['ar', TRANSLATED_DOC],
    ['en', '/forum/6'],
    ['ar', '/forum/18'],
    ['en', '/recommendations'],
    ['ar', '/translations'],
  ])('%s %s needs no horizontal scrolling at 360 px', async (locale, path) => {
    const page = await chromium().newPage({viewport: {width: 360, height: 740}});
    try {
      await page.goto(localePath(locale, path), {waitUntil: 'load'});
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
