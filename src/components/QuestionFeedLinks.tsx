import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';

export type QuestionFeed = {path: string; title: string; label: string};

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
        {feeds.map((feed) => <link key={feed.path} rel="alternate" type="application/atom+xml" title={feed.title} href={href(feed.path)} />)}
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
