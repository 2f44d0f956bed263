import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import {jsonForScript} from '@site/plugins/utils/jsonScript';
import {usePrerenderedSlot} from '@site/src/lib/usePrerenderedSlot';
import type {ThreadLabels} from '@site/plugins/forum/threadHtml';

const SLOT = 'forum-thread';

function useLabels(): ThreadLabels {
  return {
    sample: translate({id: 'forum.sample', message: 'Sample data: these questions, answers and people are made up to show how the forum works.', description: 'Warning that the forum shows made-up sample questions'}),
    answered: translate({id: 'forum.status.answered', message: 'Answered', description: 'Status of a forum question with an accepted answer'}),
    unanswered: translate({id: 'forum.status.unanswered', message: 'Unanswered', description: 'Status of a forum question without an accepted answer'}),
    locked: translate({id: 'forum.status.locked', message: 'Locked', description: 'Status of a forum question closed to new answers'}),
    onGitHub: translate({id: 'forum.thread.onGitHub', message: 'Answer on GitHub', description: 'Link to the discussion on GitHub, where members answer'}),
    answers: translate({id: 'forum.thread.answers', message: '{count} answer|{count} answers', description: 'Heading above a thread\'s answers (plural forms)'}),
    noAnswer: translate({id: 'forum.thread.noAnswer', message: 'No answer yet. If you know, answer on GitHub.', description: 'Shown on a question without answers'}),
    accepted: translate({id: 'forum.thread.accepted', message: '✓ Accepted answer', description: 'Label of the answer the asker accepted'}),
    votes: translate({id: 'forum.post.votes', message: '{votes} vote|{votes} votes', description: 'Number of upvotes of a post (plural forms)'}),
    ghost: translate({id: 'forum.author.ghost', message: 'Deleted user', description: 'Name shown for a post whose GitHub account was deleted'}),
    expert: translate({id: 'forum.badge.expert', message: 'Expert', description: 'Badge of a study-group expert'}),
    mentor: translate({id: 'forum.badge.mentor', message: 'Mentor', description: 'Badge of a study-group mentor'}),
    duplicate: translate({id: 'forum.thread.duplicate', message: 'This question was closed as a duplicate of:', description: 'Notice on a question closed as a duplicate, before the link to the original'}),
    outdated: translate({id: 'forum.thread.outdated', message: 'This question was closed as outdated: its answers may no longer apply.', description: 'Notice on a question closed as outdated'}),
    lockReasons: {
      resolved: translate({id: 'forum.locked.resolved', message: 'This question is locked because it is resolved: no new answers can be added.', description: 'Notice on a thread locked as resolved'}),
      'off-topic': translate({id: 'forum.locked.offTopic', message: 'This question is locked as off-topic: no new answers can be added.', description: 'Notice on a thread locked as off-topic'}),
      'too-heated': translate({id: 'forum.locked.tooHeated', message: 'This conversation is locked because it became too heated: no new answers can be added.', description: 'Notice on a thread locked as too heated'}),
      spam: translate({id: 'forum.locked.spam', message: 'This question is locked as spam.', description: 'Notice on a thread locked as spam'}),
    },
    hiddenReasons: {
      spam: translate({id: 'forum.hidden.spam', message: 'A comment was hidden as spam.', description: 'Placeholder for a comment minimized as spam'}),
      'off-topic': translate({id: 'forum.hidden.offTopic', message: 'A comment was hidden as off-topic.', description: 'Placeholder for a comment minimized as off-topic'}),
      abuse: translate({id: 'forum.hidden.abuse', message: 'A comment was hidden as abusive.', description: 'Placeholder for a comment minimized as abuse'}),
    },
    hiddenOther: translate({id: 'forum.hidden.other', message: 'A comment was hidden by the moderators.', description: 'Placeholder for a comment minimized for another reason (outdated, duplicate, resolved)'}),
  };
}

/**
 * The template of every thread page. The build renders it once, with the
 * thread words in the page's language; after the build the forum plugin
 * writes one page per thread from it, with the thread in the slot (see
 * plugins/forum/writeThreadPages.ts). Threads are not Docusaurus routes: each
 * route would make every page of the site heavier.
 */
export default function ThreadShell(): ReactNode {
  const labels = useLabels();
  const {html, title, needsBuild} = usePrerenderedSlot(SLOT);
  return (
    <Layout title={title || translate({id: 'forum.thread.title', message: 'Question', description: 'Title of a thread page before its question loads'})}>
      <main className="container margin-vert--lg forum-page">
        <script type="application/json" id="forum-thread-labels" dangerouslySetInnerHTML={{__html: jsonForScript(labels)}} />
        <div id={SLOT} dangerouslySetInnerHTML={{__html: html}} />
        {needsBuild && (
          <p className="alert alert--info" role="note">
            <Translate id="forum.thread.needsBuild" description="Shown on a thread page that the build has not written (development server)">
              Thread pages are written by the production build: run npm run build, then npm run serve.
            </Translate>
          </p>
        )}
      </main>
    </Layout>
  );
}
