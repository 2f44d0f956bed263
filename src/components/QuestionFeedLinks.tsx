import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {feedPaths} from '@site/plugins/question-feeds/paths';

/** A feed, its link text, and its title in `<head>` (none: linked in the page only). */
export type QuestionFeed = {path: string; label: string; title?: string};

const newQuestionsLabel = () =>
  translate({id: 'catalogue.studyGroup.feed.newLabel', message: 'new questions', description: 'Link to the Atom feed of new questions about a study group'});

/** The feed of every question: every page's `<head>` names it already (plugins/question-feeds). */
export const allQuestionsFeed = (): QuestionFeed => ({path: feedPaths.all(), label: newQuestionsLabel()});

/** A study group's feeds: its new questions, and its unanswered questions (the experts' queue). */
export const studyGroupFeeds = (group: string): QuestionFeed[] => [
  {
    path: feedPaths.studyGroup(group),
    title: translate({id: 'catalogue.studyGroup.feed.new', message: 'New questions for {group}', description: 'Title of the feed of new questions about a study group'}, {group}),
    label: newQuestionsLabel(),
  },
  {
    path: feedPaths.unanswered(group),
    title: translate({id: 'catalogue.studyGroup.feed.unanswered', message: 'Unanswered questions for {group}', description: 'Title of the feed of the unanswered questions of a study group'}, {group}),
    label: translate({id: 'catalogue.studyGroup.feed.unansweredLabel', message: 'unanswered questions (the experts’ queue)', description: 'Link to the Atom feed of the unanswered questions of a study group'}),
  },
];

/**
 * Links to Atom feeds of questions (plugins/question-feeds), in the page and
 * in its `<head>`, where feed readers look for them.
 */
export default function QuestionFeedLinks({feeds}: {feeds: QuestionFeed[]}): ReactNode {
  const base = useBaseUrl('/');
  const href = (path: string) => `${base}${path}`;
  return (
    <>
      <Head>
        {feeds.map((feed) => feed.title && <link key={feed.path} rel="alternate" type="application/atom+xml" title={feed.title} href={href(feed.path)} />)}
      </Head>
      <p data-testid="question-feeds">
        {translate({id: 'questionFeeds.follow', message: 'Follow in a feed reader:', description: 'Before the links to Atom feeds of questions'})}{' '}
        {feeds.map((feed, index) => (
          <React.Fragment key={feed.path}>
            {index > 0 && ' · '}
            <a href={href(feed.path)} type="application/atom+xml">{feed.label}</a>
          </React.Fragment>
        ))}
      </p>
    </>
  );
}
