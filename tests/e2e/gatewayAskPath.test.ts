/**
 * Issue 21's whole path of asking without a GitHub account, in Chromium, on
 * a site built with the gateway (French, Russian and Arabic at their
 * prefixes): the home page's card → the ask page → refused once for length,
 * the text kept → fixed → sent → "check your email" with the masked address
 * → the emailed link → confirmed → the link again → "already confirmed".
 *
 * The matrix: each viewport (a 390×844 phone, a desktop) with JavaScript on
 * and off, four runs in all, so that each of French, Russian and Arabic is
 * walked at least once and Arabic (right to left, where a page most easily
 * slides sideways) on both viewports; every locale on every combination
 * would triple the time for the same code paths (the gateway's pages differ
 * by language in their strings only, which unit tests hold).
 *
 * With JavaScript, the ask page checks the gateway's own limits before
 * sending (the text too long is refused in the page, nothing sent) and sends
 * with `fetch`; without it, the plain post reaches the gateway, which
 * refuses with the question given back.
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
import {say} from '../../gateway/messages';
import {maskEmail} from '../../gateway/questions/maskEmail';
import {startSmtp} from '../integration/gateway/harness';
import {freePort} from '../integration/gateway/freePort';
import {mailParts} from '../integration/gateway/mimeParts';
import {startChromium} from './checkPage';
import type {AddressInfo} from 'node:net';
import type {Browser, Page} from 'playwright-core';
import type {Running} from '../../gateway/server';
import type {Smtp} from '../integration/gateway/harness';

const SITE_DIR = path.join(__dirname, '../..');
const PHONE = {width: 390, height: 844};
const DESKTOP = {width: 1280, height: 800};
const RUNS = [
  {locale: 'ar', viewport: PHONE, javaScript: true, network: 1},
  {locale: 'fr', viewport: PHONE, javaScript: false, network: 2},
  {locale: 'ru', viewport: DESKTOP, javaScript: true, network: 3},
  {locale: 'ar', viewport: DESKTOP, javaScript: false, network: 4},
] as const;

let tmp = '';
let site: http.Server | undefined;
let siteUrl = '';
let gateway: Running | undefined;
let smtp: Smtp | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-ask-path-'));
  const siteDir = path.join(tmp, 'site');
  site = http.createServer((request, response) => handler(request, response, {public: siteDir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => site!.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  smtp = await startSmtp();
  const port = await freePort();
  gateway = await startGateway(
    // Each run asks from a network of its own (X-Forwarded-For, as through the proxy in front): each has the no-JavaScript lane's two an hour.
    {PORT: String(port), GATEWAY_URL: `http://127.0.0.1:${port}`, BSG_HUB_URL: siteUrl, GATEWAY_DATA_DIR: path.join(tmp, 'gateway'), SMTP_URL: smtp.url, TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: '127.0.0.1'},
    {challenge: {maxCounter: 5000}, writeLog: () => {}, poll: false, stampMinSeconds: 1},
  );
  await promisify(execFile)(path.join(SITE_DIR, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--config', 'tests/e2e/askLocales.config.ts', '--out-dir', siteDir], {
    cwd: SITE_DIR,
    env: {...process.env, BSG_HUB_GATEWAY_URL: gateway.url, BSG_HUB_SEARCH: 'off'},
    maxBuffer: 64 * 1024 * 1024,
  });
  browser = await startChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await smtp?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (tmp) fs.rmSync(tmp, {recursive: true, force: true});
});

const h1 = (page: Page) => page.locator('h1').first().textContent();
/** Clicks and waits for the page it leads to. */
const follow = (page: Page, click: () => Promise<void>) => Promise.all([page.waitForNavigation(), click()]);
const noSideways = async (page: Page, where: string) => expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(page.viewportSize()!.width);

describe.each(RUNS)('asking in $locale, $viewport.width px wide, JavaScript $javaScript', ({locale, viewport, javaScript, network}) => {
  it('home card → ask → refused for length, the text kept → fixed → sent → confirmed → "already confirmed"', async () => {
    const email = `membre-${network}@example.org`;
    const title = `Plan de numérotation ${network}`;
    const long = 'Ж'.repeat(6000);
    const context = await browser!.newContext({viewport, javaScriptEnabled: javaScript, locale});
    // Added on the way to the gateway, as its proxy would: a header the page set would need CORS's preflight.
    await context.route(`${gateway!.url}/**`, (route) => route.continue({headers: {...route.request().headers(), 'x-forwarded-for': `198.51.${network}.7`}}));
    const page = await context.newPage();
    try {
      // The home page's "I have a question" card.
      await page.goto(`${siteUrl}/${locale}/`);
      await page.locator('section[aria-labelledby="roles"] a[href$="/forum/ask"]').first().click();
      await page.waitForURL(`${siteUrl}/${locale}/forum/ask`);

      const form = page.locator(`form.forum-form[action="${gateway!.url}/api/questions"]`);
      await form.locator('input[name="title"]').fill(title);
      await form.locator('textarea[name="question"]').fill(long);
      await form.locator('input[name="email"]').fill(email);
      await form.locator('summary').click();
      await form.locator('select[name="study_group"]').selectOption('SG2');
      const fixed = 'Comment ouvrir une plage M2M dans le plan national ?';
      if (javaScript) {
        // Refused in the page, before anything is sent: the problem beside its field, the text as typed.
        const posts: string[] = [];
        page.on('request', (request) => void (request.url().endsWith('/api/questions') && posts.push(request.method())));
        await form.locator('button[type="submit"]').click();
        const block = form.locator('.forum-form__field', {has: page.locator('[name="question"]')});
        await block.locator('.forum-form__error').waitFor();
        expect(await form.locator('textarea[name="question"]').inputValue()).toBe(long);
        expect(await form.locator('input[name="title"]').inputValue()).toBe(title);
        expect(posts).toEqual([]);
        await noSideways(page, 'the refused question, in the page');

        // Fixed and sent: the check finishes, the question goes, "check your email" in the page.
        await form.locator('textarea[name="question"]').fill(fixed);
        await form.locator('button[type="submit"]').click();
        await page.locator('#ask-received').waitFor({timeout: 60_000});
        expect(await page.locator('.forum-ask__received').textContent()).toContain(maskEmail(email));
        expect(posts).toEqual(['POST']);
        await noSideways(page, 'check your email, in the page');
      } else {
        // A plain post: the gateway refuses, with the question back as sent, the problem beside its field, in the member's language.
        await follow(page, () => form.locator('button[type="submit"]').click());
        expect(page.url()).toBe(`${gateway!.url}/api/questions`);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        expect(await h1(page)).toBe(say(locale, {key: 'refusedTitle'}));
        expect(await page.locator('#title').inputValue()).toBe(title);
        expect(await page.locator('#question').inputValue()).toBe(long);
        expect(await page.locator('#email').inputValue()).toBe(email);
        expect(await page.locator('#question-problem').textContent()).toBe(say(locale, {key: 'questionTooLong', n: 5000}));
        expect(await page.locator('input[type="hidden"][name="study_group"]').getAttribute('value')).toBe('SG2');
        expect(await page.locator('header a').getAttribute('href')).toBe(`${siteUrl}/${locale}/`);
        await noSideways(page, 'the refused question');

        // Fixed, and sent from the gateway's page (without JavaScript's proof of work: after its short wait).
        await page.locator('#question').fill(fixed);
        await page.waitForTimeout(1100);
        await follow(page, () => page.getByRole('button', {name: say(locale, {key: 'sendButton'})}).click());
        expect(await h1(page)).toBe(say(locale, {key: 'receivedTitle'}));
        expect(await page.locator('bdi.address').textContent()).toBe(maskEmail(email));
        await noSideways(page, 'check your email');
      }

      await gateway!.drain();
      const mail = smtp!.messages.map(mailParts).filter((parts) => parts.headers.includes(`To: ${email}`)).at(-1);
      const link = new RegExp(`${gateway!.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/confirm/[A-Za-z0-9._-]+`).exec(mail?.text ?? '')?.[0];
      expect(link, 'the confirmation link').toBeDefined();
      await page.goto(link!);
      expect(await h1(page)).toBe(say(locale, {key: 'confirmTitle'}));
      await follow(page, () => page.getByRole('button', {name: say(locale, {key: 'confirmButton'})}).click());
      expect(await h1(page)).toBe(say(locale, {key: 'confirmedTitle'}));
      expect(await page.locator('main a').getAttribute('href')).toBe(`${siteUrl}/${locale}/forum`);
      await noSideways(page, 'confirmed');

      // The same link again: already confirmed, not "ask again".
      await page.goto(link!);
      expect(await h1(page)).toBe(say(locale, {key: 'alreadyConfirmedTitle'}));
      expect(await page.locator('main p').first().textContent()).toBe(say(locale, {key: 'alreadyConfirmed', n: 48}));
    } finally {
      await context.close();
    }
  }, 180_000);
});
