import {parseFeed} from '@rowanmanning/feed-parser';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {createPostRenderer} from '../../../plugins/forum/render';
import {toThreadView} from '../../../plugins/forum/threads';
import {buildQuestionFeeds} from '../../../plugins/question-feeds/feeds';
import {labelsFrom} from '../../../plugins/question-feeds/labels';
import {parseStrictXml} from './strictXml';
import type {Thread} from '../../../plugins/forum/types';
import type {ThreadView} from '../../../plugins/forum/threads';
import type {FeedContext} from '../../../plugins/question-feeds/feeds';

const thread = (number: number, {tags, ...fields}: Omit<Partial<ThreadView>, 'tags'> & {tags?: Partial<ThreadView['tags']>} = {}): ThreadView => ({
  number,
  title: `Question ${number}`,
  url: `https://github.com/bsg-hub/bsg-hub/discussions/${number}`,
  author: {login: `asker${number}`, url: null, ghost: false, badge: null},
  createdAt: `2026-0${number}-01T10:00:00Z`,
  lastActivity: `2026-0${number}-02T10:00:00Z`,
  status: 'unanswered',
  locked: null,
  closed: null,
  duplicateOf: null,
  upvotes: 0,
  questionHtml: `<p>Body of question ${number}</p>`,
  answers: [],
  answerCount: 0,
  ...fields,
  tags: {recommendations: [], studyGroups: [], language: null, country: null, ...tags},
});

const THREADS = [
  thread(1, {tags: {studyGroups: ['SG12'], recommendations: ['E.800'], language: 'fr'}, questionHtml: '<p>Comment mesurer la qualité de service ?</p>'}),
  thread(2, {status: 'answered', tags: {studyGroups: ['SG12']}}),
  thread(3, {tags: {studyGroups: ['SG12', 'SG15'], recommendations: ['Y.1331'], language: 'ar'}}),
  thread(4, {locked: 'resolved', tags: {studyGroups: ['SG12']}, author: {login: 'gone', url: null, ghost: true, badge: null}}),
];

const context: FeedContext = {
  siteUrl: 'https://bsg-hub.github.io',
  baseUrl: '/fr/',
  forumPath: '/fr/forum',
  studyGroups: ['SG12', 'SG15', 'SG2'],
  recommendations: ['E.800', 'G.709/Y.1331'],
  labels: labelsFrom({studyGroup: {message: 'BSG Hub : nouvelles questions pour {group}'}}),
  limit: 50,
  directionOf: (language) => (language === 'ar' ? 'rtl' : undefined),
};

/** Reads a feed back with an Atom parser independent of the `feed` library, after a strict XML parser. */
function read(files: ReturnType<typeof buildQuestionFeeds>, path: string) {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no feed ${path}`);
  parseStrictXml(file.xml, path);
  const feed = parseFeed(file.xml);
  return {feed, numbers: feed.items.map((item) => Number(item.url?.split('/').pop()))};
}

describe('buildQuestionFeeds', () => {
  const files = buildQuestionFeeds(THREADS, context);

  it('writes the forum feed, new and unanswered feeds of every study group and a feed of every Recommendation', () => {
    expect(files.map((f) => f.path)).toEqual([
      'feeds/questions.atom',
      'feeds/sg12.atom', 'feeds/sg12-unanswered.atom',
      'feeds/sg15.atom', 'feeds/sg15-unanswered.atom',
      'feeds/sg2.atom', 'feeds/sg2-unanswered.atom',
      'feeds/recommendations/E.800.atom',
      'feeds/recommendations/G.709.atom',
    ]);
  });

  it('lists new questions newest first, and the experts\' queue oldest first without answered or locked ones', () => {
    expect(read(files, 'feeds/questions.atom').numbers).toEqual([4, 3, 2, 1]);
    expect(read(files, 'feeds/sg12.atom').numbers).toEqual([4, 3, 2, 1]);
    expect(read(files, 'feeds/sg12-unanswered.atom').numbers).toEqual([1, 3]);
    expect(read(files, 'feeds/sg2.atom').numbers).toEqual([]);
    expect(read(files, 'feeds/recommendations/G.709.atom').numbers).toEqual([3]);
  });

  it('holds each question\'s text, language, link and author, and the feed\'s own title and address', () => {
    const {feed} = read(files, 'feeds/sg12.atom');
    expect(feed.title).toBe('BSG Hub : nouvelles questions pour SG12');
    expect(feed.self).toBe('https://bsg-hub.github.io/fr/feeds/sg12.atom');
    const first = feed.items.find((item) => item.url === 'https://bsg-hub.github.io/fr/forum/1');
    expect(first?.id).toBe('https://bsg-hub.github.io/fr/forum/1');
    expect(first?.title).toBe('Question 1');
    expect(first?.published?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(first?.authors.map((a) => a.name)).toEqual(['asker1']);
    const content = fromHtml(first?.content ?? '', {fragment: true});
    expect(selectAll('div[lang="fr"] p', content)).toHaveLength(1);
    const arabic = fromHtml(feed.items.find((item) => item.url?.endsWith('/3'))?.content ?? '', {fragment: true});
    expect(selectAll('div[lang="ar"][dir="rtl"]', arabic)).toHaveLength(1);
    expect(feed.items.find((item) => item.url?.endsWith('/4'))?.authors.map((a) => a.name)).toEqual(['Deleted user']);
  });

  it('keeps a hostile title and body as the text they are', () => {
    const hostile = 'A ]]> B ]]> <script>alert(1)</script> & "quotes" $&';
    const [all] = buildQuestionFeeds([thread(1, {title: hostile, questionHtml: `<p>${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`})], context);
    const item = parseFeed(all!.xml).items[0];
    expect(item?.title).toBe(hostile);
    // Titles are `type="html"`: what a reader renders must be the title as text.
    const title = fromHtml(item?.element.findElementWithName('title')?.textContent ?? '', {fragment: true});
    expect(title.children.map((c) => ('value' in c ? c.value : c.type))).toEqual([hostile]);
    // The content element's text is the HTML a reader renders (the parser's `content` decodes it further).
    const html = fromHtml(item?.element.findElementWithName('content')?.textContent ?? '', {fragment: true});
    expect(selectAll('script', html)).toHaveLength(0);
    expect(selectAll('div > p', html).map((p) => p.children.map((c) => ('value' in c ? c.value : '')).join(''))).toEqual([hostile]);
  });

  it('writes only well-formed XML', () => {
    for (const file of files) parseStrictXml(file.xml, file.path);
  });

  /** Every code point XML 1.0 forbids, and what HTML also refuses, as GitHub may hand them over. */
  const FORBIDDEN = [
    ...Array.from({length: 32}, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c)),
    '\u007F', '\u0085', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFDD0', '\uFFFE', '\uFFFF', '\u{1FFFE}', '\u{10FFFF}',
    '&#xFFFE;', '&#xFFFF;', '&#xD800;', '&#1;', '<b title="&#xFFFE;&#1;">attribute</b>',
  ];

  it.each(FORBIDDEN.map((character) => [JSON.stringify(character), character]))(
    'stays well-formed with %s in a title, a question and an answer',
    (_, character) => {
      const siteDir = path.join(__dirname, '../../..');
      const render = createPostRenderer({siteDir, dataDir: path.join(siteDir, 'data'), recommendationsPath: '/fr/recommendations'});
      const author = {login: 'asker', url: 'https://github.com/asker', association: 'NONE' as const};
      const reply = {id: 'C1', author, body: `An answer ${character} here`, created_at: '2026-01-02T00:00:00Z', updated_at: '2026-01-02T00:00:00Z', upvotes: 0, minimized: false, minimized_reason: null};
      const raw: Thread = {
        number: 7, title: `A ${character} title`, body: `### Question\n\nA ${character} question ${character}\n\n### Study group\n\nSG12`,
        url: 'https://github.com/bsg-hub/bsg-hub/discussions/7', author, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
        labels: [], locked: false, lock_reason: null, closed: false, close_reason: null, upvotes: 0, answer_id: 'C1', comments: [{...reply, replies: [reply]}],
      };
      const view = toThreadView(raw, new Map(), render);
      const feeds = buildQuestionFeeds([view], context);
      for (const feed of feeds) parseStrictXml(feed.xml, feed.path);
      expect(read(feeds, 'feeds/sg12.atom').feed.items.map((item) => item.title)).toEqual([character.startsWith('&') || character.startsWith('<') ? `A ${character} title` : 'A title']);
    },
  );
});
