/**
 * The question gateway's own pages (issue 21), each state a member can meet,
 * as the real gateway serves them (its HTML and its Content-Security-Policy),
 * in English and Arabic: Lighthouse's accessibility rules all pass (see
 * lighthouseRules.ts), the policy blocks nothing, and nothing is wider than a
 * 360 px phone. No site build: the gateway alone.
 */
import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {deriveKeys, signLink} from '../../gateway/crypto';
import {CONFIRM_PURPOSE} from '../../gateway/questions/confirm';
import {eraseToken} from '../../gateway/questions/erase';
import {followUpToken} from '../../gateway/questions/followUp';
import {unsubscribeToken} from '../../gateway/questions/unsubscribe';
import {decodeQp, GATEWAY, HUB, press, startSmtp, startTestGateway} from '../integration/gateway/harness';
import {loadAxe, recordErrors} from './browser';
import {startChromium} from './checkPage';
import {LIGHTHOUSE_PHONE, LIGHTHOUSE_RULES, runLighthouseRules} from './lighthouseRules';
import type {Browser} from 'playwright-core';
import type {Smtp, TestGateway} from '../integration/gateway/harness';

const SECRET = 'gateway-pages-accessibility-secret-0123456789';
const keys = deriveKeys(SECRET);
const LOCALES = ['en', 'ar'] as const;
type Page = {name: string; status: number; html: string; policy: string};

let gateway: TestGateway;
let smtp: Smtp;
let browser: Browser;
const pages = new Map<string, Page[]>();

/** Every state of the gateway's pages in `locale`, reached as a member reaches it, from a network of its own. */
async function visit(locale: (typeof LOCALES)[number], network: number): Promise<Page[]> {
  const headers = {'accept-language': locale, 'x-forwarded-for': `198.51.${network}.7`};
  const question = {title: 'Numbering plan for IoT', question: 'Which parts of E.164 apply to an M2M range?', email: 'amina.diallo@example.org', name: 'Amina', language: locale, locale, study_group: 'SG2'};
  const seen: Page[] = [];
  const keep = async (name: string, response: Response) => {
    seen.push({name, status: response.status, html: await response.text(), policy: response.headers.get('content-security-policy') ?? ''});
  };
  const open = (path: string) => fetch(`${gateway.url}${path}`, {headers});
  await keep('question page (without JavaScript)', await gateway.post(question, {headers}));
  await keep('question refused, the form filled in', await gateway.post({...question, question: 'x'.repeat(6000), email: 'amina@example', altcha: await gateway.solved()}, {headers}));
  await keep('form refused unread', await gateway.post(question, {headers: {...headers, origin: 'https://elsewhere.example'}}));
  const sent = smtp.messages.length;
  await keep('received (check your email)', await gateway.post({...question, altcha: await gateway.solved()}, {headers}));
  await gateway.drain();
  const link = /https:\/\/gateway\.example\.org(\/confirm\/([^.\s]+)\.[A-Za-z0-9._-]+)/.exec(decodeQp(smtp.messages[sent] ?? ''));
  if (!link) throw new Error('No confirmation link');
  const [, confirm, id] = link as unknown as [string, string, string];
  await keep('confirm', await open(confirm));
  await keep('confirmed', await press(`${gateway.url}${confirm}`));
  await keep('already confirmed', await open(confirm));
  await keep('link altered', await open(`${confirm.slice(0, -4)}AAAA`));
  await keep('link expired', await open(`/confirm/${signLink(keys.link, CONFIRM_PURPOSE, randomUUID(), new Date(Date.now() - 3_600_000))}`));
  await gateway.db.query(`UPDATE gateway_questions SET status = 'published' WHERE id = $1`, [id]);
  const followUp = `/follow-up/${followUpToken(keys, id, new Date())}`;
  await keep('follow-up', await open(followUp));
  await keep('follow-up refused', await fetch(`${gateway.url}${followUp}`, {method: 'POST', headers: {...headers, origin: GATEWAY, 'content-type': 'application/x-www-form-urlencoded'}, body: new URLSearchParams({text: 'y'.repeat(5001)})}));
  await keep('unsubscribe', await open(`/unsubscribe/${unsubscribeToken(keys, id, new Date())}`));
  const erase = `/erase/${eraseToken(keys, id, new Date())}`;
  await keep('erase', await open(erase));
  await keep('erased', await press(`${gateway.url}${erase}`));
  return seen;
}

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startTestGateway({SMTP_URL: smtp.url, GATEWAY_SECRET: SECRET, CONFIRMATIONS_PER_HOUR: '1000'});
  for (const [i, locale] of LOCALES.entries()) pages.set(locale, await visit(locale, 60 + i));
  browser = await startChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await smtp?.close();
});

describe.each(LOCALES)('the gateway\'s pages in %s', (locale) => {
  it('are every state a member meets, in their language', () => {
    const seen = pages.get(locale)!;
    expect(seen.map((page) => [page.name, page.status])).toEqual([
      ['question page (without JavaScript)', 200],
      ['question refused, the form filled in', 400],
      ['form refused unread', 403],
      ['received (check your email)', 202],
      ['confirm', 200],
      ['confirmed', 200],
      ['already confirmed', 200],
      ['link altered', 404],
      ['link expired', 410],
      ['follow-up', 200],
      ['follow-up refused', 400],
      ['unsubscribe', 200],
      ['erase', 200],
      ['erased', 200],
    ]);
    for (const page of seen) expect(page.html, page.name).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
  });

  it('pass Lighthouse\'s accessibility rules, under the gateway\'s policy, and fit a 360 px phone', async () => {
    // One context for the locale's pages (the pages keep nothing in the browser), a page of its own for each.
    const context = await browser.newContext(LIGHTHOUSE_PHONE);
    try {
      for (const {name, status, html, policy} of pages.get(locale)!) {
        const url = `${GATEWAY}/page-under-test`;
        const page = await context.newPage();
        try {
          // The gateway's answer, served at its origin (its forms and links resolve there), with its policy.
          await page.route(url, (route) => route.fulfill({status, contentType: 'text/html; charset=utf-8', headers: {'content-security-policy': policy}, body: html}));
          const errors = recordErrors(page, name);
          await page.goto(url);
          await loadAxe(page);
          const {violations, ran} = await runLighthouseRules(page);
          expect(violations, `${name} in ${locale}`).toEqual([]);
          expect([...ran].sort()).toEqual([...LIGHTHOUSE_RULES].sort());
          // A refusal's own status (400, 404…) is logged as a failed load; anything else (a blocked style, say) is a fault.
          expect(errors.filter((error) => !error.includes('the server responded with a status of'))).toEqual([]);
          await page.setViewportSize({width: 360, height: 740});
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} in ${locale} at 360 px`).toBeLessThanOrEqual(360);
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});

it('links back to the site in the member\'s language', () => {
  const received = pages.get('ar')!.find((page) => page.name === 'received (check your email)')!;
  expect(received.html).toContain(`<a class="brand" href="${HUB}/ar/">`);
  expect(received.html).toContain(`<a href="${HUB}/ar/docs/privacy">`);
});
