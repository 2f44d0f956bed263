import React, {type ReactNode, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {filterThreads, isFiltering, NO_FORUM_FILTERS} from '@site/src/lib/forumFilters';
import {usePlural} from '@site/src/lib/usePlural';
import type {ForumFilters} from '@site/src/lib/forumFilters';
import type {ForumListProps, ThreadListItem} from '@site/plugins/forum/props';
import {Day, SampleNotice, StatusBadges, statusLabel, Tags} from '../common';
import FilterSelect from '@site/src/components/FilterSelect';
import QuestionFeedLinks, {allQuestionsFeed} from '@site/src/components/QuestionFeedLinks';
import type {FilterOption} from '@site/src/components/FilterSelect';

function ThreadItem({thread, paths}: {thread: ThreadListItem; paths: ForumListProps['forum']['paths']}) {
  const {i18n} = useDocusaurusContext();
  const language = thread.language ? i18n.localeConfigs[thread.language] : undefined;
  const plural = usePlural();
  return (
    <li className="forum-item" data-thread={thread.number}>
      <Heading as="h2">
        {/* A full page load: thread pages are written by the build, not routes. */}
        <a href={thread.permalink} lang={language?.htmlLang}>{thread.title}</a>
      </Heading>
      <div className="forum-meta">
        <StatusBadges item={thread} />
        <Tags recommendations={thread.recommendations} studyGroups={thread.studyGroups} paths={paths} />
        {language && <span lang={language.htmlLang}>{language.label}</span>}
        <span>{thread.asker}</span>
        <span>
          {plural(translate({id: 'forum.list.answers', message: '{count} answer|{count} answers', description: 'Number of answers of a forum question (plural forms)'}, {count: thread.answerCount}), thread.answerCount)}
          {' · '}
          {plural(translate({id: 'forum.post.votes', message: '{votes} vote|{votes} votes', description: 'Number of upvotes of a post (plural forms)'}, {votes: thread.upvotes}), thread.upvotes)}
        </span>
        <span>
          <Translate id="forum.list.lastActivity" description="Label before the day of a thread's last activity">Last activity</Translate>{' '}
          <Day iso={thread.lastActivity} />
        </span>
      </div>
    </li>
  );
}


/** Values present in the threads, each its own label, in natural order (SG2 before SG11). */
const distinct = (values: string[]): FilterOption[] =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', {numeric: true})).map((value) => ({value, label: value}));

/**
 * The questions, newest activity first, in static pages that work without
 * JavaScript. With JavaScript, filters appear; the first use fetches the list
 * of every thread (`threads.json`), so the page itself stays small.
 */
export default function ForumListPage({forum, threads, page, pageCount, total, indexUrl}: ForumListProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const plural = usePlural();
  const [filters, setFilters] = useState<ForumFilters>(NO_FORUM_FILTERS);
  const [all, setAll] = useState<ThreadListItem[] | 'loading' | 'failed' | null>(null);
  const update = (name: keyof ForumFilters, value: string) => {
    setFilters({...filters, [name]: value});
    if (all === null) {
      setAll('loading');
      fetch(indexUrl)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((items: ThreadListItem[]) => setAll(items))
        .catch(() => setAll('failed'));
    }
  };
  const filtering = isFiltering(filters);
  const shown = filtering && Array.isArray(all) ? filterThreads(all, filters) : threads;
  const facets = Array.isArray(all) ? all : threads;
  const title = translate({id: 'forum.list.title', message: 'Questions and answers', description: 'Title of the forum list page'});
  const any = translate({id: 'forum.filter.any', message: 'Any', description: 'Forum filter option that does not restrict the list'});
  const status = statusLabel();
  return (
    <Layout title={title} description={translate({id: 'forum.list.description', message: 'Questions from members on applying ITU-T Recommendations and taking part in the work, answered by study-group experts and mentors.', description: 'Meta description of the forum list page'})}>
      <main className={`container margin-vert--lg forum-page`}>
        <Heading as="h1">{title}</Heading>
        <SampleNotice sample={forum.sample} />
        <p>
          <Link className="button button--primary" to={`${forum.paths.forum}/ask`}>
            <Translate id="forum.list.ask" description="Button to ask a new question">Ask a question</Translate>
          </Link>{' '}
          <Link to={`${forum.paths.forum}/unanswered`}>
            <Translate id="forum.list.unanswered" description="Link to the unanswered questions queue">Unanswered questions</Translate>
          </Link>
        </p>
        <QuestionFeedLinks feeds={[allQuestionsFeed()]} />
        {/* In the HTML, shown once the page is interactive (.script-only): the list below does not move. */}
        <form className="forum-filters script-only" role="search" onSubmit={(event) => event.preventDefault()}>
          <FilterSelect name="status" label={<Translate id="forum.filter.status" description="Forum filter label: status">Status</Translate>} any={any} value={filters.status} onChange={update}
            options={(['answered', 'unanswered', 'locked'] as const).map((value) => ({value, label: status[value]}))} />
          <FilterSelect name="studyGroup" label={<Translate id="forum.filter.studyGroup" description="Forum filter label: study group">Study group</Translate>} any={any} value={filters.studyGroup} onChange={update}
            options={distinct(facets.flatMap((t) => t.studyGroups))} />
          <FilterSelect name="recommendation" label={<Translate id="forum.filter.recommendation" description="Forum filter label: ITU-T Recommendation">Recommendation</Translate>} any={any} value={filters.recommendation} onChange={update}
            options={distinct(facets.flatMap((t) => t.recommendations))} />
          <FilterSelect name="language" label={<Translate id="forum.filter.language" description="Forum filter label: language of the question">Language</Translate>} any={any} value={filters.language} onChange={update}
            options={i18n.locales.map((locale) => ({value: locale, label: i18n.localeConfigs[locale]?.label ?? locale}))} />
        </form>
        <p role="status" className="forum-meta">
          {filtering && all === 'loading' && <Translate id="forum.filter.loading" description="Shown while the list of all questions loads">Loading all questions…</Translate>}
          {filtering && all === 'failed' && <Translate id="forum.filter.failed" description="Shown when the list of all questions cannot be loaded">The list of all questions could not be loaded; filters need the built site (npm run build).</Translate>}
          {filtering && Array.isArray(all) && (
            plural(translate({id: 'forum.filter.count', message: '{shown} of {total} question matches|{shown} of {total} questions match', description: 'How many questions match the filters (plural forms, by {total})'}, {shown: shown.length, total}), total)
          )}
        </p>
        <ul className="forum-list">
          {shown.map((thread) => <ThreadItem key={thread.number} thread={thread} paths={forum.paths} />)}
        </ul>
        {!filtering && pageCount > 1 && (
          <nav aria-label={translate({id: 'forum.pagination', message: 'Pages of questions', description: 'Accessible name of the forum pagination'})}>
            <ul className="forum-pagination">
              {Array.from({length: pageCount}, (_, index) => index + 1).map((n) => (
                <li key={n}>
                  {n === page ? (
                    <span aria-current="page" className="forum-badge">{n}</span>
                  ) : (
                    <Link to={n === 1 ? forum.paths.forum : `${forum.paths.forum}/page/${n}`}>{n}</Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </main>
    </Layout>
  );
}
