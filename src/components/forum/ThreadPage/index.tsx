import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ThreadPageProps} from '@site/plugins/forum/props';
import type {PostView} from '@site/plugins/forum/threads';
import {Author, Day, SampleNotice, StatusBadges, Tags} from '../common';
import styles from '../styles.module.css';

const hiddenReason = (reason: string) =>
  ({
    spam: translate({id: 'forum.hidden.spam', message: 'A comment was hidden as spam.', description: 'Placeholder for a comment minimized as spam'}),
    'off-topic': translate({id: 'forum.hidden.offTopic', message: 'A comment was hidden as off-topic.', description: 'Placeholder for a comment minimized as off-topic'}),
    abuse: translate({id: 'forum.hidden.abuse', message: 'A comment was hidden as abusive.', description: 'Placeholder for a comment minimized as abuse'}),
  })[reason] ?? translate({id: 'forum.hidden.other', message: 'A comment was hidden by the moderators.', description: 'Placeholder for a comment minimized for another reason (outdated, duplicate, resolved)'});

const lockReason = (reason: string) =>
  ({
    resolved: translate({id: 'forum.locked.resolved', message: 'This question is locked because it is resolved: no new answers can be added.', description: 'Notice on a thread locked as resolved'}),
    'off-topic': translate({id: 'forum.locked.offTopic', message: 'This question is locked as off-topic: no new answers can be added.', description: 'Notice on a thread locked as off-topic'}),
    'too-heated': translate({id: 'forum.locked.tooHeated', message: 'This conversation is locked because it became too heated: no new answers can be added.', description: 'Notice on a thread locked as too heated'}),
    spam: translate({id: 'forum.locked.spam', message: 'This question is locked as spam.', description: 'Notice on a thread locked as spam'}),
  })[reason] ?? '';

/** A post's body is HTML rendered and sanitized at build time (see plugins/forum/render.ts). */
function Post({post, lang}: {post: PostView; lang?: string}): ReactNode {
  if (post.hidden) {
    return <p className={styles.hidden} data-testid="hidden-comment">{hiddenReason(post.reason)}</p>;
  }
  return (
    <>
      <div className={styles.meta}>
        <Author author={post.author} />
        <Day iso={post.createdAt} />
        <Translate id="forum.post.votes" description="Number of upvotes of a post" values={{votes: post.upvotes}}>{'{votes} votes'}</Translate>
      </div>
      <div className={`markdown ${styles.body}`} lang={lang} dangerouslySetInnerHTML={{__html: post.html}} />
    </>
  );
}

/** One question: the accepted answer first, then the others by votes, replies under their answer. */
export default function ThreadPage({forum, thread, duplicateOf}: ThreadPageProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const lang = thread.tags.language ? i18n.localeConfigs[thread.tags.language]?.htmlLang : undefined;
  const dir = thread.tags.language ? i18n.localeConfigs[thread.tags.language]?.direction : undefined;
  const question: PostView = {id: 'question', hidden: false, author: thread.author, html: thread.questionHtml, createdAt: thread.createdAt, upvotes: thread.upvotes};
  return (
    <Layout title={thread.title} description={translate({id: 'forum.thread.description', message: 'A question on the BSG Hub forum, with its answers.', description: 'Meta description of a thread page'})}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <SampleNotice sample={forum.sample} />
        <article>
          <Heading as="h1" lang={lang} dir={dir}>{thread.title}</Heading>
          <div className={styles.meta}>
            <StatusBadges item={{status: thread.status, locked: thread.locked}} />
            <Tags recommendations={thread.tags.recommendations} studyGroups={thread.tags.studyGroups} paths={forum.paths} />
            <a href={thread.url} rel="nofollow ugc noopener">
              <Translate id="forum.thread.onGitHub" description="Link to the discussion on GitHub, where members answer">Answer on GitHub</Translate>
            </a>
          </div>
          {thread.locked && <p className="alert alert--secondary margin-top--md" role="note">{lockReason(thread.locked)}</p>}
          {duplicateOf && (
            <p className="alert alert--info margin-top--md" role="note" data-testid="duplicate">
              <Translate id="forum.thread.duplicate" description="Notice on a question closed as a duplicate, before the link to the original">This question was closed as a duplicate of:</Translate>{' '}
              <Link to={duplicateOf.permalink}>{duplicateOf.title}</Link>
            </p>
          )}
          {thread.closed === 'outdated' && (
            <p className="alert alert--secondary margin-top--md" role="note">
              <Translate id="forum.thread.outdated" description="Notice on a question closed as outdated">This question was closed as outdated: its answers may no longer apply.</Translate>
            </p>
          )}
          <section className={styles.post} dir={dir}>
            <Post post={question} lang={lang} />
          </section>
          <Heading as="h2">
            <Translate id="forum.thread.answers" description="Heading above a thread's answers" values={{count: thread.answerCount}}>{'Answers ({count})'}</Translate>
          </Heading>
          {thread.answers.length === 0 && (
            <p><Translate id="forum.thread.noAnswer" description="Shown on a question without answers">No answer yet. If you know, answer on GitHub.</Translate></p>
          )}
          {thread.answers.map((answer) => (
            <section key={answer.id} className={`${styles.post} ${answer.accepted ? styles.accepted : ''}`} data-answer={answer.id} data-accepted={answer.accepted} dir={dir}>
              {answer.accepted && (
                <p className={`${styles.badge} ${styles.answered}`}>
                  <Translate id="forum.thread.accepted" description="Label of the answer the asker accepted">✓ Accepted answer</Translate>
                </p>
              )}
              <Post post={answer} lang={lang} />
              {answer.replies.length > 0 && (
                <ul className={styles.replies}>
                  {answer.replies.map((reply) => (
                    <li key={reply.id} data-reply={reply.id}><Post post={reply} lang={lang} /></li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </article>
      </main>
    </Layout>
  );
}
