import {Feed} from 'feed';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {recommendationParts} from '../catalogue/lookup';
import {feedPaths} from './paths';
import type {FeedLabels} from './labels';
import type {ThreadView} from '../forum/threads';
import type {ElementContent} from 'hast';

/** A feed to write, by its path below the locale's build folder. */
export type FeedFile = {path: string; xml: string};

export type FeedContext = {
  siteUrl: string;
  /** The locale's base URL (`/`, `/fr/`) and its forum (`/fr/forum`). */
  baseUrl: string;
  forumPath: string;
  /** Which study groups and Recommendations get feeds: all of the catalogue's, so a first question reaches subscribers. */
  studyGroups: readonly string[];
  recommendations: readonly string[];
  labels: FeedLabels;
  /** The newest entries a feed keeps. */
  limit: number;
  /** The `dir` of a language, for question text in Arabic. */
  directionOf: (language: string) => string | undefined;
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

/** Text for an element that the `feed` library marks `type="html"`. */
const htmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The library writes HTML into CDATA sections, and its XML writer (xml-js)
 * splits only the first `]]>` inside: a second one would end the section
 * early. `]]&gt;` is the same HTML.
 */
const cdataSafe = (html: string) => html.split(']]>').join(']]&gt;');

/** Trusted HTML: question bodies were sanitized when they were rendered. */
const raw = (value: string) => ({type: 'raw', value}) as unknown as ElementContent;

/** As the forum's unanswered page counts them (plugins/forum/props.ts). */
const waiting = (thread: ThreadView) => thread.status === 'unanswered' && !thread.locked && !thread.closed;

const concerns = (thread: ThreadView, id: string) => {
  const parts = recommendationParts(id);
  return thread.tags.recommendations.some((tag) => recommendationParts(tag).some((part) => parts.includes(part)));
};

const byNewest = (a: ThreadView, b: ThreadView) => b.createdAt.localeCompare(a.createdAt);
const byOldest = (a: ThreadView, b: ThreadView) => a.createdAt.localeCompare(b.createdAt);

function atom(title: string, path: string, threads: readonly ThreadView[], context: FeedContext): FeedFile {
  const url = (relative: string) => new URL(relative, context.siteUrl).href;
  const self = url(`${context.baseUrl}${path}`);
  const feed = new Feed({
    id: self,
    title,
    link: url(context.forumPath),
    feed: self,
    // The newest question: a feed that does not change keeps its bytes.
    updated: new Date(threads.map((t) => t.createdAt).sort().at(-1) ?? '2026-01-01T00:00:00Z'),
    generator: false,
  });
  for (const thread of threads.slice(0, context.limit)) {
    const link = url(`${context.forumPath}/${thread.number}`);
    const language = thread.tags.language;
    const dir = language ? context.directionOf(language) : undefined;
    feed.addItem({
      id: link,
      link,
      title: htmlText(thread.title),
      date: new Date(thread.createdAt),
      published: new Date(thread.createdAt),
      // The question as the site shows it (sanitized when it was rendered), in its language.
      content: cdataSafe(toHtml(h('div', {lang: language ?? undefined, dir}, [raw(thread.questionHtml)]), {allowDangerousHtml: true})),
      author: [{name: thread.author.ghost ? context.labels.ghost : thread.author.login}],
      category: [...thread.tags.studyGroups, ...thread.tags.recommendations].map((term) => ({term})),
    });
  }
  return {path, xml: feed.atom1()};
}

/**
 * Every Atom feed of one locale (pure): new questions of the whole forum, of
 * each study group and of each Recommendation (newest first), and the
 * unanswered questions of each study group (oldest first: the experts' queue).
 */
export function buildQuestionFeeds(threads: readonly ThreadView[], context: FeedContext): FeedFile[] {
  const newest = [...threads].sort(byNewest);
  const {labels} = context;
  return [
    atom(labels.all, feedPaths.all(), newest, context),
    ...context.studyGroups.flatMap((group) => [
      atom(fill(labels.studyGroup, {group}), feedPaths.studyGroup(group), newest.filter((t) => t.tags.studyGroups.includes(group)), context),
      atom(
        fill(labels.unanswered, {group}),
        feedPaths.unanswered(group),
        [...threads].sort(byOldest).filter((t) => waiting(t) && t.tags.studyGroups.includes(group)),
        context,
      ),
    ]),
    ...context.recommendations.map((id) =>
      atom(fill(labels.recommendation, {id}), feedPaths.recommendation(id), newest.filter((t) => concerns(t, id)), context),
    ),
  ];
}
