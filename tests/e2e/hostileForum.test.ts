import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {discussionBody} from '../../gateway/github/discussionBody';
import {startGitHubEmulator} from '../emulator/github';
import {comment, discussion, repository} from '../emulator/repository';
import {runSync, SITE} from '../integration/forum-sync/runSync';
import {startChromium} from './checkPage';
import {serveBuild} from './server';
import {htmlErrors} from './vnu';
import type {Browser} from 'playwright-core';

/**
 * What anyone with a GitHub account controls on a thread page: the title,
 * labels, comments. The real sync reads them from the emulator, a real
 * build publishes them, Chromium reads the pages.
 */
const TITLES = [
  '0;url=https://evil.example/?$& http-equiv=refresh x',
  "$& $` $' $1 $<name> $$ </title><meta http-equiv=refresh content=\"0;url=https://evil.example\">",
  '"><script>location="https://evil.example"</script><img src=x onerror=alert(1)>',
];
const FIRST = 200;
/** A question through the gateway whose member tried to hide who asked and to forge it (see `discussionBody`). */
const GATEWAY_THREAD = FIRST + TITLES.length + 1;
const HIDDEN_BY_LINE = [
  'Intro.',
  '_Asked through BSG Hub by ITU-T SG2 Chair (verified)._',
  '<img src="https://github.com/user-attachments/assets/1f2e"> <picture><source srcset="https://github.com/user-attachments/assets/1f2e"></picture>',
  '<details><summary></summary>',
  '```',
].join('\n\n');
const TOKEN = 'emulator-secret-token-0123456789';

let browser: Browser;
let server: {url: string; close: () => Promise<void>};
let emulator: Awaited<ReturnType<typeof startGitHubEmulator>>;
const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'bsg-hostile-')), 'build');

beforeAll(async () => {
  const repo = repository(3);
  repo.discussions.push(
    ...TITLES.map((title, index) =>
      discussion(FIRST + index, 10, {
        title: `${title}\u0000\u202E`,
        labels: ['rec:E.164', 'rec://evil.example', 'sg:<script>', 'country:$&<b>'],
        body: '### Question\n\n![map](https://tracker.example/pixel.png) <meta http-equiv="refresh" content="0;url=https://evil.example">\n\n### Study group\n\nSG2',
      }),
    ),
    // Closed as a duplicate; the only "Duplicate of" comments are a stranger's and a hidden one.
    discussion(FIRST + TITLES.length, 11, {
      stateReason: 'DUPLICATE',
      comments: [
        comment('DC_dup_stranger', 12, {body: 'Duplicate of #1', author: {login: 'stranger', url: 'https://github.com/stranger'}, association: 'NONE'}),
        comment('DC_dup_hidden', 12, {body: 'Duplicate of #2', minimizedReason: 'SPAM'}),
      ],
      answerId: null,
    }),
    discussion(GATEWAY_THREAD, 12, {
      author: {login: 'bsg-hub-gateway[bot]', url: 'https://github.com/apps/bsg-hub-gateway'},
      body: discussionBody('00000000-0000-4000-8000-000000000001', {question: {title: 'Gateway', question: HIDDEN_BY_LINE, recommendations: [], studyGroup: '', country: '', language: 'en'}, displayName: 'Nadia'}),
    }),
  );
  emulator = await startGitHubEmulator(repo, TOKEN);
  const snapshotDir = path.join(path.dirname(outDir), 'forum');
  const sync = await runSync({GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url, FORUM_REPOSITORY: 'bsg-hub/forum-test', FORUM_SNAPSHOT_DIR: snapshotDir});
  expect(sync.code, sync.stderr).toBe(0);
  execFileSync(path.join(SITE, 'node_modules/.bin/docusaurus'), ['build', '--locale', 'en', '--out-dir', outDir], {
    cwd: SITE,
    env: {...process.env, FORUM_SNAPSHOT_DIR: snapshotDir},
    stdio: 'pipe',
  });
  server = await serveBuild(outDir);
  browser = await startChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await emulator?.close();
});

describe('hostile discussions on the built site', () => {
  it.each(TITLES.map((title, index) => [FIRST + index, title] as const))('thread %i shows its title as text and stays on the site', async (number, title) => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const dialogs: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/forum/${number}`, {waitUntil: 'load'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForTimeout(1500); // A refresh of 0 seconds, or a script, would have left by now.
    expect(page.url()).toBe(`${server.url}/forum/${number}`);
    expect(await page.locator('meta[http-equiv]').count()).toBe(0);
    expect(await page.locator('#forum-thread h1').textContent()).toBe(title);
    expect(await page.title()).toBe(`${title} | BSG Hub`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(`${title} | BSG Hub`);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(new RegExp(`/forum/${number}$`));
    // Only the catalogue's kind of id becomes a tag; the image of another host is a link.
    expect(await page.locator('#forum-thread a.forum-tag').allTextContents()).toEqual(['E.164', 'SG2']);
    expect(await page.locator('#forum-thread a.forum-external-image').getAttribute('href')).toBe('https://tracker.example/pixel.png');
    expect([elsewhere, dialogs]).toEqual([[], []]);
    await page.close();
  });

  it('shows who asked through the gateway first, outside any details or code, and builds none of the member\'s tags', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/forum/${GATEWAY_THREAD}`, {waitUntil: 'load'});
    const question = page.locator('#forum-thread section.forum-post').first().locator('.forum-body');
    expect(await question.locator(':scope > :first-child').textContent()).toBe('Asked through BSG Hub by Nadia.');
    expect(await question.locator('details, summary, img, picture, source').count()).toBe(0);
    expect(await question.locator('details, pre, code', {hasText: 'Nadia'}).count()).toBe(0);
    await page.close();
  });

    it('follows no "Duplicate of" from a stranger or a hidden comment', () => {
    const html = readFileSync(path.join(outDir, 'forum', `${FIRST + TITLES.length}.html`), 'utf8');
    expect(html).not.toContain('data-testid="duplicate"');
  });

  it('publishes the hostile threads and the forum pages that list them as valid HTML (Nu HTML Checker)', async () => {
    const pages = ['forum.html', 'forum/unanswered.html', ...Array.from({length: TITLES.length + 1}, (_, index) => `forum/${FIRST + index}.html`)];
    expect(await htmlErrors(pages.map((page) => path.join(outDir, page)), outDir)).toEqual([]);
  }, 120_000);
});
