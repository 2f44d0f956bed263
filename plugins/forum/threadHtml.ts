import {h} from 'hastscript';
import {selectPlural} from '../../locales';
import type {PostView, ThreadView} from './threads';
import type {Locale} from '../../locales';
import type {Element, ElementContent} from 'hast';

/**
 * The translated words of a thread page. The page template renders them in
 * the reader's language (see src/components/forum/ThreadShell); `{n}`-style
 * placeholders are filled here.
 */
export type ThreadLabels = {
  sample: string;
  answered: string;
  unanswered: string;
  locked: string;
  onGitHub: string;
  /** `{count}`; plural forms (`one|other`) */
  answers: string;
  noAnswer: string;
  accepted: string;
  /** `{votes}`; plural forms */
  votes: string;
  ghost: string;
  expert: string;
  mentor: string;
  duplicate: string;
  outdated: string;
  lockReasons: Record<string, string>;
  hiddenReasons: Record<string, string>;
  hiddenOther: string;
};

type Paths = {recommendations: string; studyGroups: string};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/** A plural message's form for `count`, in the page's language, filled. */
const counted = (locale: Locale, message: string, name: string, count: number) => fill(selectPlural(locale, message, count), {[name]: count});

/** Trusted HTML: post bodies were sanitized when they were rendered. */
const raw = (value: string) => ({type: 'raw', value}) as unknown as ElementContent;

function author(post: Extract<PostView, {hidden: false}>['author'], labels: ThreadLabels): Element {
  const name = post.ghost ? labels.ghost : post.login;
  return h('span.forum-author', [
    post.url ? h('a', {href: post.url, rel: 'nofollow ugc noopener'}, name) : h('span', name),
    post.badge
      ? h('span.forum-badge.forum-role', {'data-testid': 'role-badge'}, `${post.badge.role === 'expert' ? labels.expert : labels.mentor} · ${post.badge.studyGroups.join(', ')}`)
      : '',
  ]);
}

function post(view: PostView, labels: ThreadLabels, lang: string | undefined, locale: Locale): ElementContent[] {
  if (view.hidden) {
    return [h('p.forum-hidden', {'data-testid': 'hidden-comment'}, labels.hiddenReasons[view.reason] ?? labels.hiddenOther)];
  }
  return [
    h('div.forum-meta', {'data-pagefind-ignore': ''}, [author(view.author, labels), h('time', {dateTime: view.createdAt}, view.createdAt.slice(0, 10)), h('span', counted(locale, labels.votes, 'votes', view.upvotes))]),
    h('div.markdown.forum-body', {lang}, [raw(view.html)]),
  ];
}

/**
 * The content of a thread page, generated after the build into the
 * page template, so that threads are not Docusaurus routes (each route makes
 * every page of the site heavier).
 */
export function renderThreadBody(
  thread: ThreadView,
  {labels, locale, paths, sample, duplicateOf, lang, dir, searchable = true}: {labels: ThreadLabels; locale: Locale; paths: Paths; sample: boolean; duplicateOf: {title: string; permalink: string} | null; lang?: string; dir?: string; searchable?: boolean},
): Element {
  const status = thread.status === 'answered' ? labels.answered : labels.unanswered;
  const question: PostView = {id: 'question', hidden: false, author: thread.author, html: thread.questionHtml, createdAt: thread.createdAt, upvotes: thread.upvotes};
  // The offline search indexes the article (not the sample notice and badges), filterable as a forum thread.
  const search = searchable ? {'data-pagefind-body': '', 'data-pagefind-filter': 'kind:forum', 'data-pagefind-meta': `status:${thread.status}`} : {};
  const tree = h('article', {'data-thread-page': thread.number, ...search}, [
    sample ? h('p.alert.alert--warning', {role: 'note', 'data-pagefind-ignore': ''}, labels.sample) : '',
    h('h1', {lang, dir}, thread.title),
    h('div.forum-meta', {'data-pagefind-ignore': ''}, [
      h(`span.forum-badge.forum-${thread.status}`, status),
      thread.locked ? h('span.forum-badge', labels.locked) : '',
      ...thread.tags.recommendations.map((id) => h('a.forum-tag', {href: `${paths.recommendations}/${id.split('/')[0]}`, translate: 'no'}, id)),
      ...thread.tags.studyGroups.map((sg) => h('a.forum-tag', {href: `${paths.studyGroups}/${sg}`, translate: 'no'}, sg)),
      h('a', {href: thread.url, rel: 'nofollow ugc noopener'}, labels.onGitHub),
    ]),
    thread.locked ? h('p.alert.alert--secondary.margin-top--md', {role: 'note'}, labels.lockReasons[thread.locked] ?? labels.locked) : '',
    duplicateOf
      ? h('p.alert.alert--info.margin-top--md', {role: 'note', 'data-testid': 'duplicate'}, [`${labels.duplicate} `, h('a', {href: duplicateOf.permalink}, duplicateOf.title)])
      : '',
    thread.closed === 'outdated' ? h('p.alert.alert--secondary.margin-top--md', {role: 'note'}, labels.outdated) : '',
    h('section.forum-post', {dir}, post(question, labels, lang, locale)),
    h('h2', counted(locale, labels.answers, 'count', thread.answerCount)),
    thread.answers.length === 0 ? h('p', labels.noAnswer) : '',
    ...thread.answers.map((answer) =>
      h(`section.forum-post${answer.accepted ? '.forum-accepted' : ''}`, {'data-answer': answer.id, 'data-accepted': String(answer.accepted), dir}, [
        answer.accepted ? h('p.forum-badge.forum-answered', labels.accepted) : '',
        ...post(answer, labels, lang, locale),
        answer.replies.length > 0
          ? h('ul.forum-replies', answer.replies.map((reply) => h('li', {'data-reply': reply.id}, post(reply, labels, lang, locale))))
          : '',
      ]),
    ),
  ]);
  return tree;
}
