/**
 * The question gateway's whole path, in Chromium, with real parts (issue 15):
 * a member asks in French without a GitHub account on a French build of the
 * site (the ALTCHA widget solves the gateway's challenge under the pages'
 * Content-Security-Policy), confirms from the email, a moderator approves
 * by label on the emulated GitHub (the App's REST and GraphQL, signed
 * webhooks), the real `forum:sync` reads the forum, a second French build
 * publishes it, the email's link opens the thread, and an expert's answer
 * reaches the member by email, whose follow-up is posted in the thread
 * once approved. The member's address is never on GitHub, in
 * the snapshot, on the site or in the gateway's logs.
 *
 * Two French builds (~15-40 s each), French alone and without search, with
 * the French pages at /fr/ as in the full site, where the emails link.
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
import {STAMP} from '../../gateway/questions/stamp';
import {answerDiscussion} from '../emulator/github';
import {deliverWebhook, labelIssue} from '../emulator/githubApp';
import {CATEGORY_ID, repository} from '../emulator/repository';
import {MODERATION, startGitHubWithApp, startSmtp, WEBHOOK_SECRET} from '../integration/gateway/harness';
import {freePort} from '../integration/gateway/freePort';
import {mailParts} from '../integration/gateway/mimeParts';
import {readTree, runSync} from '../integration/forum-sync/runSync';
import {openPage, recordErrors} from './browser';
import {startChromium} from './checkPage';
import type {AddressInfo} from 'node:net';
import type {Browser} from 'playwright-core';
import type {Running} from '../../gateway/server';
import type {Emulator} from '../emulator/github';
import type {EmuApp} from '../emulator/githubApp';
import type {Smtp} from '../integration/gateway/harness';

const SITE_DIR = path.join(__dirname, '../..');
const EMAIL = 'membre@example.org';
const NAME = 'Awa';
const TITLE = 'Numérotation pour l’IdO';
const QUESTION = 'Comment ouvrir une plage M2M dans le plan national ?';
/** How long an answers email waits (30 minutes by default), for moderators to hide a comment first. */
// 0.02 minutes: the variable takes minutes with at most a few decimals.
const ANSWERS_DELAY_MS = 1_200;
const ANSWER = 'Voir la Recommandation UIT-T E.164, § 6 : une plage « M2M » se gère comme un indicatif de réseau.';
const FOLLOW_UP = 'Merci ! Et pour une plage destinée aux compteurs électriques ?';
const TOKEN = 'emulator-token-for-the-sync-0123456789';

let tmp = '';
/** The build the site's server serves: the first, then the one after the sync. */
let siteDir = '';
let site: http.Server | undefined;
let siteUrl = '';
let gateway: Running | undefined;
const logs: string[] = [];
let app: EmuApp;
let emulator: Emulator | undefined;
let smtp: Smtp | undefined;
let browser: Browser | undefined;

/**
 * French alone, no search index. Docusaurus puts a one-locale build at the
 * root; this configuration gives French its /fr/ of the full site.
 */
const buildFrench = (outDir: string, env: Record<string, string> = {}) =>
  promisify(execFile)(path.join(SITE_DIR, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--locale', 'fr', '--config', 'tests/e2e/frenchAtPrefix.config.ts', '--out-dir', outDir], {
    cwd: SITE_DIR,
    env: {...process.env, BSG_HUB_GATEWAY_URL: gateway!.url, BSG_HUB_SEARCH: 'off', ...env},
    maxBuffer: 64 * 1024 * 1024,
  });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-e2e-'));
  siteDir = path.join(tmp, 'site');
  // The site's server first: the gateway accepts forms from its origin only.
  site = http.createServer((request, response) => handler(request, response, {public: siteDir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => site!.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  const forum = {...repository(0), labels: [{id: 'LA_rec', name: 'rec:E.164'}, {id: 'LA_sg2', name: 'sg:SG2'}, {id: 'LA_fr', name: 'lang:fr'}]};
  const github = await startGitHubWithApp(forum, TOKEN);
  ({app, emulator} = github);
  smtp = await startSmtp();
  // A free port first: GATEWAY_URL, the links in its emails, must be its real address.
  const port = await freePort();
  gateway = await startGateway(
    {PORT: String(port), GATEWAY_URL: `http://127.0.0.1:${port}`, BSG_HUB_URL: siteUrl, GATEWAY_DATA_DIR: path.join(tmp, 'gateway'), SMTP_URL: smtp.url, ANSWERS_DELAY_MINUTES: (ANSWERS_DELAY_MS / 60_000).toFixed(2), ...github.env},
    {challenge: {maxCounter: 5000}, writeLog: (line) => logs.push(line), poll: false},
  );
  await buildFrench(siteDir);
  browser = await startChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await smtp?.close();
  await emulator?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (tmp) fs.rmSync(tmp, {recursive: true, force: true});
});

/** The last email received, in parts. */
const lastMail = () => mailParts(smtp!.messages.at(-1) ?? '');
/** The last email to the member who asks with JavaScript (another question, sent without it, comes between); the confirmation goes to the address alone. */
const lastMailToMember = () => smtp!.messages.map(mailParts).filter((mail) => /^To: (Awa <membre@example\.org>|membre@example\.org)$/m.test(mail.headers)).at(-1)!;
/** A link of the email's plain-text part (the HTML part has the same). */
const linkIn = (text: string, pattern: RegExp) => {
  const link = pattern.exec(text)?.[0];
  if (!link) throw new Error(`No link like ${pattern} in:\n${text}`);
  return link;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const moderationIssues = () => app.repositories.get(MODERATION)!.issues;
const questionDiscussions = () => emulator!.repository.discussions.filter((d) => d.categoryId === CATEGORY_ID);

describe('asking without a GitHub account', () => {
  it('solves ALTCHA in the page under its policy, sends the question from the page and says "check your email" in French, and an email goes', async () => {
    const sent = smtp!.messages.length;
    const {page, errors} = await openPage(browser!, `${siteUrl}/fr/forum/ask`);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain(`form-action 'self' https://github.com ${gateway!.url}`);
    const form = page.locator('form[method="post"]');
    expect(await form.getAttribute('action')).toBe(`${gateway!.url}/api/questions`);
    // The widget's code is not fetched before the member starts on the form.
    expect(await page.locator('altcha-widget').count()).toBe(0);
    await form.locator('input[name="title"]').fill(TITLE);
    await form.locator('textarea[name="question"]').fill(QUESTION);
    await form.locator('summary').click();
    await form.locator('input[name="recommendations"][value="E.164"]').check();
    await form.locator('select[name="study_group"]').selectOption('SG2');
    expect(await form.locator('select[name="language"]').inputValue()).toBe('fr');
    await form.locator('input[name="email"]').fill(EMAIL);
    await form.locator('input[name="name"]').fill(NAME);
    const solution = form.locator('altcha-widget input[name="altcha"]');
    await expect.poll(() => solution.inputValue().catch(() => ''), {timeout: 30_000}).not.toBe('');
    // The widget records no pointer or scroll events: the gateway never asks for them.
    expect(await page.evaluate(() => (document.querySelector('altcha-widget') as unknown as {getConfiguration: () => {humanInteractionSignature: boolean}}).getConfiguration().humanInteractionSignature)).toBe(false);
    await form.locator('button[type="submit"]').click();
    // Sent with fetch: the answer shows in the page (issue 21).
    await page.locator('#ask-received').waitFor();
    expect(await page.locator('#ask-received').textContent()).toBe('Consultez vos e-mails');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(errors).toEqual([]);

    expect(await gateway!.drain()).toBe(1);
    expect(smtp!.messages).toHaveLength(sent + 1);
    const mail = lastMail();
    // Nothing the asker wrote goes to an address that has confirmed nothing: not the name, not the title.
    expect(mail.headers).toMatch(/^To: membre@example\.org$/m);
    expect(mail.text).toContain('Une question a été envoyée au forum de BSG Hub avec cette adresse e-mail.');
    for (const part of [mail.headers, mail.text, mail.html]) for (const asked of [NAME, TITLE]) expect(part).not.toContain(asked);
    await page.close();
  }, 90_000);

  it('works without JavaScript: says what changes, keeps the honeypot out of reach, and the plain post gets the gateway’s page, the question filled in, which sends it a few seconds later', async () => {
    const context = await browser!.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${siteUrl}/fr/forum/ask`);
    const form = page.locator('form[method="post"]');
    expect(await form.textContent()).toContain('Sans JavaScript, vous pouvez quand même envoyer votre question');
    const trap = form.locator('input[name="website"]');
    expect(await trap.getAttribute('tabindex')).toBe('-1');
    expect(await trap.getAttribute('autocomplete')).toBe('off');
    expect(await form.locator('.forum-form__trap').getAttribute('aria-hidden')).toBe('true');
    expect(await trap.isVisible()).toBe(true); // off screen, not display:none
    const box = await trap.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThan(0);

    const sent = smtp!.messages.length;
    await form.locator('input[name="title"]').fill('Sans JavaScript');
    await form.locator('textarea[name="question"]').fill('Une question envoyée depuis un navigateur sans JavaScript.');
    await form.locator('summary').click();
    await form.locator('select[name="study_group"]').selectOption('SG2');
    await form.locator('input[name="email"]').fill('sans-js@example.org');
    await Promise.all([page.waitForURL(`${gateway!.url}/api/questions`), form.locator('button[type="submit"]').click()]);
    // The gateway's own page: the question as sent, nothing stored yet.
    expect(await page.locator('h1').textContent()).toBe('Relisez votre question et envoyez-la');
    expect(await page.getByLabel('Titre', {exact: true}).inputValue()).toBe('Sans JavaScript');
    expect(await page.getByLabel('Votre question', {exact: true}).inputValue()).toBe('Une question envoyée depuis un navigateur sans JavaScript.');
    expect(await page.locator('input[type="hidden"][name="study_group"]').getAttribute('value')).toBe('SG2');
    expect(await page.locator('input[name="website"]').isVisible()).toBe(true);
    expect(smtp!.messages).toHaveLength(sent);
    // Pressed at once: the same page, with a word, the text still there.
    const send = () => Promise.all([page.waitForNavigation(), page.getByRole('button', {name: 'Envoyer ma question'}).click()]);
    await send();
    expect(await page.locator('[role="alert"]').textContent()).toContain("C'était trop rapide");
    expect(await page.getByLabel('Titre', {exact: true}).inputValue()).toBe('Sans JavaScript');
    await page.waitForTimeout(STAMP.minSeconds * 1000);
    await send();
    expect(await page.locator('h1').textContent()).toBe('Consultez vos e-mails');
    expect(await gateway!.drain()).toBe(1);
    expect(smtp!.messages).toHaveLength(sent + 1);
    expect(lastMail().headers).toMatch(/^To: sans-js@example\.org$/m);
    await context.close();
  }, 60_000);

  it('keeps the widget’s styles out of the stylesheet every page loads', () => {
    const cssDir = path.join(siteDir, 'fr/assets/css');
    const sheets = fs.readdirSync(cssDir).map((name) => fs.readFileSync(path.join(cssDir, name), 'utf8'));
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((css) => css.includes('altcha'))).toEqual([]);
  });
});

/** Each step starts where the one before left the gateway, GitHub and the site: a step is not tried again, it would not start from there. */
describe('from the question to the answer by email', {retry: 0}, () => {
  let confirm = '';
  let threadLink = '';
  let discussion = 0;

  it('confirms in Chromium with the email’s link: the page shows a button, pressing it posts the question to the moderators', async () => {
    confirm = linkIn(lastMailToMember().text, new RegExp(`${escape(gateway!.url)}/confirm/[A-Za-z0-9._-]+`));
    const page = await browser!.newPage();
    const errors = recordErrors(page, confirm);
    await page.goto(confirm);
    expect(await page.locator('h1').textContent()).toBe('Confirmez votre question');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', {name: 'Confirmer ma question'}).click()]);
    expect(await page.locator('h1').textContent()).toBe('Votre question est confirmée');
    expect(errors).toEqual([]);
    await page.close();

    const before = moderationIssues().length;
    expect(await gateway!.drain()).toBe(1);
    expect(moderationIssues()).toHaveLength(before + 1);
    const issue = moderationIssues().at(-1)!;
    expect(issue).toMatchObject({title: TITLE, state: 'open', labels: ['moderation:pending']});
    expect(issue.body).toContain(QUESTION);
    expect(issue.body).toContain(NAME);
    expect(issue.body).not.toContain(EMAIL);
  });

  it('publishes the question when a moderator labels the issue approved, and emails the member the thread’s address on the site', async () => {
    const issue = moderationIssues().at(-1)!;
    const sent = smtp!.messages.length;
    const response = await deliverWebhook(`${gateway!.url}/webhooks/github`, WEBHOOK_SECRET, 'issues', labelIssue(app, MODERATION, issue.number, 'moderation:approved'));
    expect(await response.json()).toEqual({status: 'queued'});
    // The decision, then the email it queued.
    expect(await gateway!.drain()).toBe(2);
    const published = questionDiscussions().find((d) => d.title === TITLE)!;
    expect(published.body).toContain(QUESTION);
    expect(published.labels).toEqual(['rec:E.164', 'sg:SG2', 'lang:fr']);
    expect(issue).toMatchObject({state: 'closed', stateReason: 'completed'});
    discussion = published.number;

    expect(smtp!.messages).toHaveLength(sent + 1);
    const mail = lastMail();
    expect(mail.headers).toMatch(/^Subject: Votre question est publiée sur BSG Hub$/m);
    threadLink = linkIn(mail.text, new RegExp(`${escape(siteUrl)}/\\S+`));
    expect(threadLink).toBe(`${siteUrl}/fr/forum/${discussion}`);
    expect(mail.html).toContain(`href="${threadLink}"`);
  });

  it('shows the question on the site once the sync has read the forum and the site is built again: the email’s link opens it', async () => {
    expect(threadLink, 'the approval email’s link (the step before)').not.toBe('');
    const snapshotDir = path.join(tmp, 'forum');
    const forumRepository = `${emulator!.repository.owner}/${emulator!.repository.name}`;
    const sync = await runSync({GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator!.url, FORUM_REPOSITORY: forumRepository, FORUM_SNAPSHOT_DIR: snapshotDir});
    expect(sync.code, sync.stderr).toBe(0);
    const rebuilt = path.join(tmp, 'site-synced');
    await buildFrench(rebuilt, {FORUM_SNAPSHOT_DIR: snapshotDir, FORUM_REPOSITORY: forumRepository});
    siteDir = rebuilt;

    const {page, errors} = await openPage(browser!, threadLink);
    expect(await page.locator('#forum-thread h1').textContent()).toBe(TITLE);
    const thread = await page.locator('#forum-thread').textContent();
    expect(thread).toContain(QUESTION);
    expect(thread).toContain(`Question posée via BSG Hub par ${NAME}.`);
    // The labels the gateway put on the discussion, read back by the sync.
    expect(await page.locator('#forum-thread a.forum-tag').allTextContents()).toEqual(['E.164', 'SG2']);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('emails an expert’s answer to the member: its text in the plain-text and the HTML part, with the thread on the site and on GitHub', async () => {
    expect(discussion, 'the published discussion (the steps before)').toBeGreaterThan(0);
    const sent = smtp!.messages.length;
    for (const {event, payload} of answerDiscussion(emulator!.repository, discussion, ANSWER)) {
      expect(await (await deliverWebhook(`${gateway!.url}/webhooks/github`, WEBHOOK_SECRET, event, payload)).json()).toEqual({status: 'queued'});
    }
    expect(await gateway!.drain()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, ANSWERS_DELAY_MS + 200));
    expect(await gateway!.drain()).toBe(1);
    expect(smtp!.messages).toHaveLength(sent + 1);
    const mail = lastMail();
    expect(mail.headers).toMatch(/^To: Awa <membre@example\.org>$/m);
    expect(mail.headers).toMatch(/^Subject: Nouvelles réponses à votre question sur BSG Hub$/m);
    expect(mail.text).toContain(`Une réponse\u202f:\n\n${ANSWER}\n`);
    expect(mail.html).toContain(ANSWER);
    // The discussion's address as GitHub gave it when the gateway created it.
    const [row] = await gateway!.db.query<{discussion_url: string}>('SELECT discussion_url FROM gateway_questions WHERE discussion_number = $1', [discussion]);
    const onGitHub = row!.discussion_url;
    expect(onGitHub).toMatch(new RegExp(`^https://github\\.com/.+/discussions/${discussion}$`));
    for (const link of [threadLink, onGitHub]) {
      expect(mail.text).toContain(`${link}\n`);
      expect(mail.html).toContain(`href="${link}"`);
    }
  });

  it('takes a follow-up from the answers email’s link in Chromium, and posts it in the thread once a moderator approves it', async () => {
    const link = linkIn(lastMail().text, new RegExp(`${escape(gateway!.url)}/follow-up/[A-Za-z0-9._-]+`));
    const page = await browser!.newPage();
    const errors = recordErrors(page, link);
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toBe('Écrire une suite');
    expect(await page.locator('blockquote').textContent()).toBe(TITLE);
    await page.getByLabel('Votre suite').fill(FOLLOW_UP);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', {name: 'Envoyer la suite'}).click()]);
    expect(await page.locator('h1').textContent()).toBe('Suite reçue');
    expect(errors).toEqual([]);
    await page.close();

    expect(await gateway!.drain()).toBe(1);
    const issue = moderationIssues().at(-1)!;
    expect(issue).toMatchObject({title: `Follow-up: ${TITLE}`, labels: ['moderation:pending']});
    expect(issue.body).not.toContain(EMAIL);
    const sent = smtp!.messages.length;
    await deliverWebhook(`${gateway!.url}/webhooks/github`, WEBHOOK_SECRET, 'issues', labelIssue(app, MODERATION, issue.number, 'moderation:approved'));
    expect(await gateway!.drain()).toBe(2);
    const comment = questionDiscussions().find((d) => d.number === discussion)!.comments.at(-1)!;
    // Who wrote it comes first, where the member's text cannot reach it.
    expect(comment.body).toContain(`_Suite envoyée via BSG Hub par ${NAME}, auteur de la question._\n\n${FOLLOW_UP}`);
    expect(smtp!.messages).toHaveLength(sent + 1);
    expect(lastMail().headers).toMatch(/^Subject: Votre suite est publiée sur BSG Hub$/m);
  });

  it('never puts the member’s address on GitHub, in the snapshot, on the site, nor the address, the name or a link’s token in the gateway’s logs', () => {
    const moderation = JSON.stringify(moderationIssues());
    const forum = JSON.stringify(emulator!.repository);
    const snapshot = JSON.stringify(readTree(path.join(tmp, 'forum')));
    const thread = fs.readFileSync(path.join(siteDir, `fr/forum/${discussion}.html`), 'utf8');
    // Each of them has the question: the address would be there if it were anywhere.
    for (const place of [moderation, forum, snapshot, thread]) expect(place).toContain('plage M2M');
    expect(logs.length).toBeGreaterThan(5);
    for (const place of [moderation, forum, snapshot, thread, ...logs]) expect(place).not.toContain(EMAIL);
    const token = confirm.split('/').pop()!;
    for (const line of logs) for (const kept of [NAME, token, 'plage M2M']) expect(line).not.toContain(kept);
  });
});
