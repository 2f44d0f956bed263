import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {UnansweredProps} from '@site/plugins/forum/props';
import QuestionFeedLinks, {studyGroupFeeds} from '@site/src/components/QuestionFeedLinks';
import {usePlural} from '@site/src/lib/usePlural';
import {Day, SampleNotice} from '../common';

/** The experts' work queue: open questions without an answer, by study group, oldest first. */
export default function UnansweredPage({forum, groups, asOf}: UnansweredProps): ReactNode {
  const title = translate({id: 'forum.unanswered.title', message: 'Unanswered questions', description: 'Title of the unanswered questions page'});
  const plural = usePlural();
  return (
    <Layout title={title} description={translate({id: 'forum.unanswered.description', message: 'Questions waiting for an answer from study-group experts and mentors, oldest first.', description: 'Meta description of the unanswered questions page'})}>
      <main className={`container margin-vert--lg forum-page`}>
        <Heading as="h1">{title}</Heading>
        <SampleNotice sample={forum.sample} />
        <p>
          <Translate id="forum.unanswered.intro" description="Introduction of the unanswered questions page, before the snapshot day" values={{day: <Day iso={asOf} />}}>
            {'Oldest first in each study group; waiting times are counted to {day}.'}
          </Translate>
        </p>
        {groups.length === 0 && <p><Translate id="forum.unanswered.none" description="Shown when every question has an answer">Every question has an answer.</Translate></p>}
        {groups.map((group) => (
          <section key={group.studyGroup ?? 'none'} data-study-group={group.studyGroup ?? ''}>
            <Heading as="h2">
              {group.studyGroup ?? translate({id: 'forum.unanswered.noGroup', message: 'No study group given', description: 'Heading for unanswered questions without a study group'})}
            </Heading>
            {group.studyGroup && <QuestionFeedLinks feeds={studyGroupFeeds(group.studyGroup)} />}
            <ul className="forum-list">
              {group.threads.map((thread) => (
                <li key={thread.number} className="forum-item">
                  <a href={thread.permalink}>{thread.title}</a>
                  <div className="forum-meta">
                    <span data-testid="waiting">
                      {plural(translate({id: 'forum.unanswered.waiting', message: 'waiting for {days} day|waiting for {days} days', description: 'How many days a question has waited for an answer (plural forms)'}, {days: thread.waitingDays}), thread.waitingDays)}
                    </span>
                    <span>{thread.asker}</span>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
