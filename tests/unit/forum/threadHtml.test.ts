import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {renderThreadBody} from '../../../plugins/forum/threadHtml';
import type {ThreadLabels} from '../../../plugins/forum/threadHtml';
import type {ThreadView} from '../../../plugins/forum/threads';

const labels: ThreadLabels = {
  sample: 'Sample data', answered: 'Answered', unanswered: 'Unanswered', locked: 'Locked', onGitHub: 'Answer on GitHub',
  answers: '{count} answer|{count} answers', noAnswer: 'No answer yet', accepted: '✓ Accepted answer', votes: '{votes} vote|{votes} votes',
  ghost: 'Deleted user', expert: 'Expert', mentor: 'Mentor', duplicate: 'Duplicate of:', outdated: 'Outdated',
  lockReasons: {resolved: 'Locked: resolved'}, hiddenReasons: {spam: 'Hidden as spam'}, hiddenOther: 'Hidden',
};
const author = {login: 'lina', url: 'https://github.com/lina', ghost: false, badge: {role: 'expert' as const, studyGroups: ['SG2']}};
const thread: ThreadView = {
  number: 7, title: 'Numbers & <ranges>', url: 'https://github.com/o/r/discussions/7', author,
  createdAt: '2026-01-01T00:00:00Z', lastActivity: '2026-01-02T00:00:00Z', status: 'answered', locked: 'resolved', closed: null,
  duplicateOf: null, tags: {recommendations: ['E.164'], studyGroups: ['SG2'], language: 'ar', country: null}, upvotes: 3,
  questionHtml: '<p>Question?</p>', answerCount: 1,
  answers: [
    {id: 'a', hidden: false, author, html: '<p>Answer</p>', createdAt: '2026-01-02T00:00:00Z', upvotes: 2, accepted: true, replies: [{id: 's', hidden: true, reason: 'spam'}]},
  ],
};
describe('the content of a thread page', () => {
  it('renders the thread: accepted answer marked, badges, hidden comments, lock reason, in the thread’s language', () => {
    const html = toHtml(renderThreadBody(thread, {labels, locale: 'en', paths: {recommendations: '/ar/recommendations', studyGroups: '/ar/study-groups'}, sample: true, duplicateOf: null, lang: 'ar', dir: 'rtl'}), {allowDangerousHtml: true});
    expect(html).toContain('<h1 lang="ar" dir="rtl">Numbers &#x26; &#x3C;ranges></h1>');
    expect(html).toContain('<section class="forum-post forum-accepted" data-answer="a" data-accepted="true" dir="rtl"><p class="forum-badge forum-answered">✓ Accepted answer</p>');
    expect(html).toContain('<span class="forum-badge forum-role" data-testid="role-badge">Expert · SG2</span>');
    expect(html).toContain('<p class="forum-hidden" data-testid="hidden-comment">Hidden as spam</p>');
    expect(html).toContain('Locked: resolved');
    expect(html).toContain('<a class="forum-tag" href="/ar/recommendations/E.164" translate="no">E.164</a>');
    expect(html).toContain('<p class="alert alert--warning" role="note" data-pagefind-ignore="">Sample data</p>');
  });

  it('counts answers and votes in the page\'s language, by its plural rules', () => {
    const render = (locale: 'en' | 'ru', changes: Partial<ThreadLabels>, view: Partial<ThreadView>) =>
      toHtml(renderThreadBody({...thread, ...view}, {labels: {...labels, ...changes}, locale, paths: {recommendations: '/r', studyGroups: '/s'}, sample: false, duplicateOf: null}));
    const english = render('en', {}, {upvotes: 1, answerCount: 1});
    expect(english).toContain('<h2>1 answer</h2>');
    expect(english).toContain('<span>1 vote</span>');
    expect(english).toContain('<span>2 votes</span>');
    const russian = {answers: '{count} ответ|{count} ответа|{count} ответов|{count} ответа', votes: '{votes} голос|{votes} голоса|{votes} голосов|{votes} голоса'};
    expect(render('ru', russian, {answerCount: 21})).toContain('<h2>21 ответ</h2>');
    expect(render('ru', russian, {answerCount: 5, upvotes: 3})).toContain('<h2>5 ответов</h2>');
    expect(render('ru', russian, {answerCount: 5, upvotes: 3})).toContain('<span>3 голоса</span>');
  });

  it('marks the thread for the search index of its own language only, without the sample notice and badges', () => {
    const options = {labels, locale: 'en' as const, paths: {recommendations: '/r', studyGroups: '/s'}, sample: true, duplicateOf: null};
    expect(toHtml(renderThreadBody(thread, options))).toContain('<article data-thread-page="7" data-pagefind-body="" data-pagefind-filter="kind:forum" data-pagefind-meta="status:answered">');
    expect(toHtml(renderThreadBody(thread, {...options, searchable: false}))).not.toContain('data-pagefind-body');
  });
});
