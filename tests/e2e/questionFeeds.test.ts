import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import {describe, expect, inject, it} from 'vitest';
import {parseStrictXml} from '../unit/question-feeds/strictXml';
import {browserForFile, localeUrl} from './checkPage';
import {BUILD_DIR} from './server';

const baseUrl = inject('baseUrl');
const {visit} = browserForFile();

describe.each(['en', 'ar'])('Atom feeds of questions in %s', (locale) => {
  it('writes every feed as well-formed XML (a strict XML 1.0 parser)', async () => {
    const folder = path.join(BUILD_DIR, locale === 'en' ? '' : locale, 'feeds');
    const feeds = (await readdir(folder, {recursive: true})).filter((name) => name.endsWith('.atom'));
    expect(feeds.length).toBeGreaterThan(20);
    for (const feed of feeds) parseStrictXml(await readFile(path.join(folder, feed), 'utf8'), `${locale}/feeds/${feed}`);
  });

  it('names the feed of all questions in every page\'s head, and it parses', async () => {
    await visit(localeUrl(baseUrl, locale, '/docs/guidelines/preparing-a-contribution'), async (page) => {
      const href = await page.getAttribute('head link[rel="alternate"][type="application/atom+xml"]', 'href');
      expect(href).toBe(locale === 'en' ? '/feeds/questions.atom' : `/${locale}/feeds/questions.atom`);
      const response = await page.request.get(`${baseUrl}${href}`);
      expect(response.status()).toBe(200);
      const feed = parseFeed(await response.text());
      expect(feed.items.length).toBeGreaterThan(10);
      expect(feed.items.every((item) => item.url?.startsWith(`${new URL(localeUrl('https://bsg-hub.github.io', locale, '/forum/')).href}`))).toBe(true);
    });
  });

  it('links a study group\'s feeds of new and unanswered questions, in the page and in its head', async () => {
    await visit(localeUrl(baseUrl, locale, '/study-groups/SG12'), async (page) => {
      const links = await page.locator('[data-testid="question-feeds"] a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      const prefix = locale === 'en' ? '' : `/${locale}`;
      expect(links).toEqual([`${prefix}/feeds/sg12.atom`, `${prefix}/feeds/sg12-unanswered.atom`]);
      const inHead = await page.locator('head link[type="application/atom+xml"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      expect(inHead).toEqual(expect.arrayContaining(links));
      for (const link of links) {
        const feed = parseFeed(await (await page.request.get(`${baseUrl}${link}`)).text());
        expect(feed.title).toContain('SG12');
      }
    });
  });

  it('links a Recommendation\'s feed', async () => {
    await visit(localeUrl(baseUrl, locale, '/recommendations/E.164'), async (page) => {
      const link = await page.getAttribute('[data-testid="question-feeds"] a', 'href');
      const feed = parseFeed(await (await page.request.get(`${baseUrl}${link}`)).text());
      expect(feed.title).toContain('E.164');
      expect(feed.items.length).toBeGreaterThan(0);
    });
  });

  it('links the feed of all questions on the forum list, named once in the head', async () => {
    await visit(localeUrl(baseUrl, locale, '/forum'), async (page) => {
      const prefix = locale === 'en' ? '' : `/${locale}`;
      const links = await page.locator('[data-testid="question-feeds"] a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      expect(links).toEqual([`${prefix}/feeds/questions.atom`]);
      const inHead = await page.locator('head link[type="application/atom+xml"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      expect(inHead).toEqual(links);
      const feed = parseFeed(await (await page.request.get(`${baseUrl}${links[0]}`)).text());
      expect(feed.items.length).toBeGreaterThan(10);
    });
  });

  it('links each study group\'s feeds beside its unanswered questions, and each feed holds the questions listed', async () => {
    await visit(localeUrl(baseUrl, locale, '/forum/unanswered'), async (page) => {
      const prefix = locale === 'en' ? '' : `/${locale}`;
      const groups = await page.locator('main section[data-study-group]').evaluateAll((sections) => sections.map((section) => ({
        group: section.getAttribute('data-study-group') ?? '',
        feeds: Array.from(section.querySelectorAll('[data-testid="question-feeds"] a')).map((a) => a.getAttribute('href')),
        questions: Array.from(section.querySelectorAll('.forum-item > a')).map((a) => (a as HTMLAnchorElement).href),
      })));
      const named = groups.filter((g) => g.group !== '');
      expect(named.length).toBeGreaterThan(2);
      const inHead = await page.locator('head link[type="application/atom+xml"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      for (const {group, feeds, questions} of named) {
        const id = group.toLowerCase();
        expect(feeds).toEqual([`${prefix}/feeds/${id}.atom`, `${prefix}/feeds/${id}-unanswered.atom`]);
        expect(inHead).toEqual(expect.arrayContaining(feeds));
        const newQuestions = parseFeed(await (await page.request.get(`${baseUrl}${feeds[0]}`)).text());
        expect(newQuestions.title).toContain(group);
        const unanswered = parseFeed(await (await page.request.get(`${baseUrl}${feeds[1]}`)).text());
        expect(unanswered.title).toContain(group);
        // The feed links the published site; the page, the local build.
        const paths = (urls: (string | null | undefined)[]) => urls.map((url) => new URL(url ?? '').pathname).sort();
        expect(paths(unanswered.items.map((item) => item.url))).toEqual(paths(questions));
      }
      // Questions without a study group have no feed of their own.
      expect(groups.filter((g) => g.group === '').every((g) => g.feeds.length === 0)).toBe(true);
    });
  });
});
