import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import {uiStrings} from './uiStrings';
import type {Page} from 'playwright-core';

/**
 * Issue 23: each script carries the UI strings of its own components
 * (plugins/code-translations). The strings of a page reached by the router,
 * not by a new load, must come with its code: the server-rendered HTML cannot
 * show that.
 */
const baseUrl = inject('baseUrl');
const {visit} = browserForFile();

/** Clicks a link and waits for the router to show `path`, failing if the browser loaded a new page instead. */
async function follow(page: Page, locale: string, selector: string, path: string): Promise<void> {
  await page.evaluate(() => Object.assign(window, {sameDocument: true}));
  await page.locator(selector).first().click();
  await page.waitForURL(localeUrl(baseUrl, locale, path));
  expect(await page.evaluate(() => 'sameDocument' in window), `client-side navigation to ${path}`).toBe(true);
}

const LOCALES = [{locale: 'fr', messages: await uiStrings('fr')}, {locale: 'ar', messages: await uiStrings('ar')}];

describe.each(LOCALES)('UI strings in $locale', ({locale, messages}) => {

  it("leave the ask form's strings out of the main script", async () => {
    await visit(localeUrl(baseUrl, locale, '/'), async (page) => {
      const main = await page.locator('script[src*="/main."]').getAttribute('src');
      const code = await (await fetch(new URL(main ?? '', baseUrl))).text();
      const shown = (id: string) => JSON.stringify(messages[id]).slice(1, -1);
      expect(code).not.toContain('forum.ask.field.country');
      expect(code).not.toContain(shown('forum.ask.field.countryFilter'));
      // The navbar's own strings still travel with it.
      expect(code).toContain('theme.navbar.mobileLanguageDropdown.label');
    });
  });

  it('come with the pages the router opens: the forum, then the ask form', async () => {
    await visit(localeUrl(baseUrl, locale, '/docs/guidelines'), async (page) => {
      await follow(page, locale, `.navbar__items a[href="${localeUrl('', locale, '/forum')}"]`, '/forum');
      await expect.poll(() => page.locator('main h1').textContent()).toBe(messages['forum.list.title']);
      await follow(page, locale, `main a[href="${localeUrl('', locale, '/forum/ask')}"]`, '/forum/ask');
      await expect.poll(() => page.locator('main h1').textContent()).toBe(messages['forum.ask.title']);
      await expect(page.getByText(messages['forum.ask.field.countryFilter'] ?? '', {exact: true}).count()).resolves.toBe(1);
    });
  }, 60_000);
});
