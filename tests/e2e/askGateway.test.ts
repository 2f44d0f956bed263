/**
 * The ask page of a site built with the question gateway (issue 21), in
 * Chromium on a phone (390×844) and a desktop, in French, Russian and
 * Arabic, against a real gateway (PGlite, emails to its outbox): one form,
 * the gateway's limits checked beside each field without losing a letter,
 * the draft kept in the browser, Send waiting for the anti-spam check and
 * then sending by itself, and "check your email" in the page.
 *
 * One build of the three locales (~2-4 min), without search.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import handler from 'serve-handler';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startGateway} from '../../gateway/server';
import {freePort} from '../integration/gateway/freePort';
import {loadAxe, openPage, recordErrors, seriousAxeViolations} from './browser';
import {startChromium} from './checkPage';
import {LIGHTHOUSE_PHONE, runLighthouseRules} from './lighthouseRules';
import type {AddressInfo} from 'node:net';
import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
import type {Running} from '../../gateway/server';

const SITE_DIR = path.join(__dirname, '../..');
const LOCALES = ['fr', 'ru', 'ar'] as const;
const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};
const DESKTOP: BrowserContextOptions = {viewport: {width: 1280, height: 800}};

let tmp = '';
let site: http.Server | undefined;
let siteUrl = '';
let gateway: Running | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ask-gateway-e2e-'));
  const siteDir = path.join(tmp, 'site');
  site = http.createServer((request, response) => handler(request, response, {public: siteDir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => site!.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  const port = await freePort();
  gateway = await startGateway({PORT: String(port), GATEWAY_URL: `http://127.0.0.1:${port}`, BSG_HUB_URL: siteUrl, GATEWAY_DATA_DIR: path.join(tmp, 'gateway')}, {challenge: {maxCounter: 5000}, writeLog: () => {}, poll: false});
  await promisify(execFile)(path.join(SITE_DIR, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...LOCALES.flatMap((locale) => ['--locale', locale]), '--out-dir', siteDir], {
    cwd: SITE_DIR,
    env: {...process.env, BSG_HUB_GATEWAY_URL: gateway.url, BSG_HUB_SEARCH: 'off'},
    maxBuffer: 64 * 1024 * 1024,
  });
  browser = await startChromium();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (tmp) fs.rmSync(tmp, {recursive: true, force: true});
});

const askUrl = (locale: string, search = '') => `${siteUrl}/${locale}/forum/ask${search}`;
const questionCount = async () => (await gateway!.db.query<{n: number}>('SELECT count(*)::int AS n FROM gateway_questions'))[0]!.n;

/** A page of `context` (its own localStorage) at `url`, hydrated, recording console errors. */
async function openIn(context: BrowserContext, url: string): Promise<{page: Page; errors: string[]}> {
  const page = await context.newPage();
  const errors = recordErrors(page, url);
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, errors};
}

/** Opens the ask page in its own context (its own localStorage), runs `check`, then fails on console errors and serious axe violations. */
async function onAskPage(locale: string, options: BrowserContextOptions, check: (page: Page) => Promise<void>, {search = '', expectedError}: {search?: string; expectedError?: RegExp} = {}) {
  // page.route never sees what a service worker answers: these tests watch the form's requests themselves.
  const context = await browser!.newContext({...options, serviceWorkers: 'block'});
  try {
    const {page, errors} = await openIn(context, askUrl(locale, search));
    await check(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors.filter((error) => !expectedError?.test(error))).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Counts the posts of questions the page makes. */
function postsTo(page: Page): {count: () => number} {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/questions')) count += 1;
  });
  return {count: () => count};
}

const form = (page: Page) => page.locator('form.forum-form');
const field = (page: Page, name: string) => form(page).locator(`[name="${name}"]`);
/** The field's own block: its label, the field, its counter and its problems. */
const fieldBlock = (page: Page, name: string) => form(page).locator('.forum-form__field', {has: page.locator(`[name="${name}"]`)});

describe.each(LOCALES)('the ask page with the gateway, in %s', (locale) => {
  it.each([['a phone', PHONE], ['a desktop', DESKTOP]] as const)('is one form on %s: Send by email first, GitHub second with the same fields, and it fits a 360 px screen', async (_, options) => {
    await onAskPage(locale, options, async (page) => {
      expect(await page.locator('form').count()).toBe(1);
      // The widget's code is not fetched before the member starts on the form.
      expect(await page.locator('altcha-widget').count()).toBe(0);
      expect(await form(page).getAttribute('method')).toBe('post');
      expect(await form(page).getAttribute('action')).toBe(`${gateway!.url}/api/questions`);
      // No field cuts a paste short.
      expect(await form(page).locator('[maxlength]').count()).toBe(0);
      await field(page, 'title').fill('E.164');
      await field(page, 'question').fill('Comment ?');
      await field(page, 'email').fill('awa@example.org');
      const github = new URL((await form(page).locator('a[href^="https://github.com/"]').getAttribute('href'))!);
      expect(github.searchParams.get('title')).toBe('E.164');
      expect(github.search).not.toContain('awa');
      // The Send button comes before GitHub's, on the screen and in the tab order.
      const send = await form(page).locator('button[type="submit"]').boundingBox();
      const other = await form(page).locator('a[href^="https://github.com/"]').boundingBox();
      expect(send!.y).toBeLessThan(other!.y);
      await page.setViewportSize({width: 360, height: 800});
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });

  it('names the Recommendations and study groups, and ticks several by touch', async () => {
    await onAskPage(locale, PHONE, async (page) => {
      await form(page).locator('summary').tap();
      const e164 = page.getByRole('checkbox', {name: /E\.164 — The international public telecommunication numbering plan/});
      const e212 = page.getByRole('checkbox', {name: /^E\.212 — /});
      await e164.tap();
      await e212.tap();
      expect(await form(page).locator('input[name="recommendations"]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(['E.164', 'E.212']);
      expect(await field(page, 'study_group').locator('option[value="SG2"]').textContent()).toBe('SG2 — Operational aspects of telecommunications and ICTs');
      // The filter narrows the list; what is ticked stays in view.
      await form(page).locator('.forum-picker input[type="search"]').fill('g.98');
      expect(await e164.isVisible()).toBe(true);
      expect(await form(page).locator('.forum-picker li:not([hidden])').count()).toBeLessThan(10);
    });
  });
});

describe('nothing a member types is lost', () => {
  it('shows a question over the gateway’s limit in error beside the field, sends nothing, and keeps every letter (French, phone)', async () => {
    await onAskPage('fr', PHONE, async (page) => {
      const posts = postsTo(page);
      const long = `${'Numérotation M2M. '.repeat(400)}`.slice(0, 6000);
      await field(page, 'title').fill('Numérotation pour l’IdO');
      await field(page, 'question').fill(long);
      await field(page, 'email').fill('awa@example.org');
      const block = fieldBlock(page, 'question');
      expect(await block.locator('.forum-form__count--over').textContent()).toBe('6000 / 5000 caractères\u202f: 1000 de trop');
      await form(page).locator('button[type="submit"]').click();
      expect(await block.locator('.forum-form__error').textContent()).toContain('Trop long\u202f: 5000 caractères au plus.');
      expect(await field(page, 'question').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('question');
      expect(await field(page, 'question').inputValue()).toBe(long);
      expect(await field(page, 'title').inputValue()).toBe('Numérotation pour l’IdO');
      expect(posts.count()).toBe(0);
      // Shortened, the error goes.
      await field(page, 'question').fill(long.slice(0, 5000));
      expect(await block.locator('.forum-form__error').count()).toBe(0);
    });
  });

  it('refuses `amina@example` beside the address, as the gateway would (Russian, desktop)', async () => {
    await onAskPage('ru', DESKTOP, async (page) => {
      const posts = postsTo(page);
      await field(page, 'title').fill('Нумерация IoT');
      await field(page, 'question').fill('Как открыть диапазон M2M?');
      await field(page, 'email').fill('amina@example');
      await form(page).locator('button[type="submit"]').click();
      expect(await fieldBlock(page, 'email').locator('.forum-form__error').textContent()).toContain('На этот адрес наше письмо не дойдёт');
      expect(await page.locator('[role="alert"]').textContent()).toContain('Вопрос ещё не отправлен');
      expect(posts.count()).toBe(0);
    });
  });

  it('keeps the draft through a reload, every field, and discards it on request (Arabic, phone)', async () => {
    const context = await browser!.newContext({...PHONE, serviceWorkers: 'block'});
    try {
      const {page} = await openIn(context, askUrl('ar'));
      await field(page, 'title').fill('ترقيم إنترنت الأشياء');
      await field(page, 'question').fill('كيف نفتح نطاقًا للاتصالات بين الآلات؟');
      await field(page, 'email').fill('amina@example.org');
      await form(page).locator('summary').tap();
      await form(page).locator('input[value="E.164"]').tap();
      await field(page, 'study_group').selectOption('SG2');
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect.poll(() => field(page, 'title').inputValue()).toBe('ترقيم إنترنت الأشياء');
      expect(await field(page, 'question').inputValue()).toBe('كيف نفتح نطاقًا للاتصالات بين الآلات؟');
      expect(await field(page, 'email').inputValue()).toBe('amina@example.org');
      expect(await form(page).locator('input[value="E.164"]').isChecked()).toBe(true);
      expect(await field(page, 'study_group').inputValue()).toBe('SG2');
      expect(await form(page).locator('details').getAttribute('open')).not.toBeNull();
      expect(await page.locator('.forum-form__draft').textContent()).toContain('عادت مسودتك كما تركتها');

      await page.getByRole('button', {name: 'احذف المسودة'}).tap();
      expect(await field(page, 'question').inputValue()).toBe('');
      await page.getByRole('button', {name: 'تراجع'}).tap();
      expect(await field(page, 'question').inputValue()).toBe('كيف نفتح نطاقًا للاتصالات بين الآلات؟');
      await page.getByRole('button', {name: 'احذف المسودة'}).tap();
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(await field(page, 'title').inputValue()).toBe('');
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('bsg-hub.ask-draft')))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fills the title from `?title=` (the search’s "Ask this as a question")', async () => {
    await onAskPage('ru', PHONE, async (page) => {
      await expect.poll(() => field(page, 'title').inputValue()).toBe('Нумерация IoT');
    }, {search: `?title=${encodeURIComponent('Нумерация  IoT')}`});
  });
});

describe('sending', () => {
  it('waits for the anti-spam check when Send comes first, then sends by itself, shows "check your email" and clears the draft (French, desktop)', async () => {
    const before = await questionCount();
    await onAskPage('fr', DESKTOP, async (page) => {
      // The challenge is held back until Send has been pressed.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/challenge', async (route) => {
        await held;
        await route.continue();
      });
      await field(page, 'title').fill('Numérotation pour l’IdO');
      await field(page, 'question').fill('Comment ouvrir une plage M2M dans le plan national ?');
      await field(page, 'email').fill('awa@example.org');
      await form(page).locator('button[type="submit"]').click();
      await expect.poll(() => page.locator('#ask-progress').textContent()).toContain("Votre question partira dès qu'elle sera terminée.");
      expect(await questionCount()).toBe(before);
      release();
      await page.locator('#ask-received').waitFor({timeout: 30_000});
      expect(await page.locator('#ask-received').textContent()).toBe('Consultez vos e-mails');
      expect(await page.locator('.forum-ask__received').textContent()).toContain('courriers indésirables');
      expect(await questionCount()).toBe(before + 1);
      expect(await page.evaluate(() => localStorage.getItem('bsg-hub.ask-draft.fr'))).toBeNull();
      // On a phone too: no long label pushes the page sideways.
      await page.setViewportSize({width: 360, height: 800});
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // A wrong address: back to the form, the text still there.
      await page.getByRole('button', {name: /Mauvaise adresse/}).click();
      expect(await field(page, 'question').inputValue()).toBe('Comment ouvrir une plage M2M dans le plan national ?');
    });
  }, 60_000);

  it('shows a refusal of the gateway beside its field and keeps the text (a check the gateway rejects, Arabic, phone)', async () => {
    await onAskPage('ar', PHONE, async (page) => {
      // The solution is altered on its way: the gateway itself refuses it.
      await page.route('**/api/questions', (route) => route.continue({postData: JSON.stringify({...JSON.parse(route.request().postData() ?? '{}'), altcha: 'altered'})}));
      await field(page, 'title').fill('ترقيم');
      await field(page, 'question').fill('سؤال');
      await field(page, 'email').fill('amina@example.org');
      await form(page).locator('button[type="submit"]').click();
      await page.locator('.forum-form__check .forum-form__error').waitFor({timeout: 30_000});
      expect(await field(page, 'question').inputValue()).toBe('سؤال');
      expect(await page.locator('#ask-received').count()).toBe(0);
      // A new check starts for the next try.
      await expect.poll(() => page.locator('altcha-widget').evaluate((widget) => (widget as unknown as {getState: () => string}).getState()), {timeout: 30_000}).toBe('verified');
    }, {expectedError: /status of 400/});
  }, 60_000);

  it('passes Lighthouse’s accessibility rules in Arabic and French', async () => {
    for (const locale of ['ar', 'fr']) {
      const {page} = await openPage(browser!, askUrl(locale), LIGHTHOUSE_PHONE);
      try {
        await loadAxe(page);
        expect((await runLighthouseRules(page)).violations, locale).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
