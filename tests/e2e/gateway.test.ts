/**
 * Asking without a GitHub account, in Chromium, against a real gateway: the
 * site is built in French with BSG_HUB_GATEWAY_URL pointing at a gateway this
 * test starts (PGlite and an outbox in a temporary folder), the ALTCHA widget
 * solves the gateway's challenge under the pages' Content-Security-Policy, and
 * the form's plain post gets the gateway's page in French and an email.
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
import {decodeQp} from '../integration/gateway/harness';
import {launchChromium, openPage} from './browser';
import type {AddressInfo} from 'node:net';
import type {Browser} from 'playwright-core';
import type {Running} from '../../gateway/server';

const SITE_DIR = path.join(__dirname, '../..');
let tmp = '';
let site: http.Server | undefined;
let siteUrl = '';
let gateway: Running | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-e2e-'));
  // The site's server first: the gateway accepts forms from its origin only.
  site = http.createServer((request, response) => handler(request, response, {public: path.join(tmp, 'site'), cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => site!.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  gateway = await startGateway(
    {PORT: '0', BSG_HUB_URL: siteUrl, GATEWAY_URL: 'http://127.0.0.1:1', GATEWAY_DATA_DIR: path.join(tmp, 'gateway')},
    {challenge: {maxCounter: 5000}, writeLog: () => undefined, poll: false},
  );
  // French alone, no search index: the build this test needs, in about 40 s. A one-locale build is served at the root.
  await promisify(execFile)(path.join(SITE_DIR, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--locale', 'fr', '--out-dir', path.join(tmp, 'site')], {
    cwd: SITE_DIR,
    env: {...process.env, BSG_HUB_GATEWAY_URL: gateway.url, BSG_HUB_SEARCH: 'off'},
    maxBuffer: 64 * 1024 * 1024,
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (tmp) fs.rmSync(tmp, {recursive: true, force: true});
});

describe('asking without a GitHub account', () => {
  it('solves ALTCHA in the page under its policy, posts the form and gets the gateway’s page in French and an email', async () => {
    const outbox = path.join(tmp, 'gateway/outbox');
    fs.rmSync(outbox, {recursive: true, force: true}); // a retry starts afresh
    const {page, errors} = await openPage(browser!, `${siteUrl}/forum/ask`);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain(`form-action 'self' https://github.com ${gateway!.url}`);
    const form = page.locator('form[method="post"]');
    expect(await form.getAttribute('action')).toBe(`${gateway!.url}/api/questions`);
    // The widget's code is not fetched before the member starts on the form.
    expect(await page.locator('altcha-widget').count()).toBe(0);
    await form.locator('input[name="title"]').fill('Numérotation pour l’IdO');
    await form.locator('textarea[name="question"]').fill('Comment ouvrir une plage M2M dans le plan national ?');
    await form.locator('select[name="study_group"]').selectOption('SG2');
    await form.locator('input[name="email"]').fill('membre@example.org');
    await form.locator('input[name="name"]').fill('Awa');
    const solution = form.locator('altcha-widget input[name="altcha"]');
    await expect.poll(() => solution.inputValue().catch(() => ''), {timeout: 30_000}).not.toBe('');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(`${gateway!.url}/api/questions`);
    expect(await page.locator('h1').textContent()).toBe('Consultez vos e-mails');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(errors).toEqual([]);

    await gateway!.drain();
    const mails = fs.readdirSync(outbox).filter((name) => name.endsWith('.eml'));
    expect(mails).toHaveLength(1);
    const mail = decodeQp(fs.readFileSync(path.join(outbox, mails[0]!), 'utf8'));
    expect(mail).toMatch(/^To: Awa <membre@example\.org>\r?$/m);
    expect(mail).toContain('Vous avez posé cette question sur BSG Hub');
    await page.close();
  }, 90_000);

  it('says, without JavaScript, that this way needs it, and keeps the honeypot out of reach', async () => {
    const context = await browser!.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${siteUrl}/forum/ask`);
    const form = page.locator('form[method="post"]');
    expect(await form.textContent()).toContain('Sans JavaScript, la question ne peut pas être envoyée par ce moyen');
    const trap = form.locator('input[name="website"]');
    expect(await trap.getAttribute('tabindex')).toBe('-1');
    expect(await trap.getAttribute('autocomplete')).toBe('off');
    expect(await form.locator('.forum-form__trap').getAttribute('aria-hidden')).toBe('true');
    expect(await trap.isVisible()).toBe(true); // off screen, not display:none
    const box = await trap.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThan(0);
    await context.close();
  });

  it('keeps the widget’s styles out of the stylesheet every page loads', () => {
    const cssDir = path.join(tmp, 'site/assets/css');
    const sheets = fs.readdirSync(cssDir).map((name) => fs.readFileSync(path.join(cssDir, name), 'utf8'));
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((css) => css.includes('altcha'))).toEqual([]);
  });
});
