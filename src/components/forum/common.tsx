import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ThreadListItem} from '@site/plugins/forum/props';

/** Shown on every forum page while the snapshot is the made-up sample. */
export function SampleNotice({sample}: {sample: boolean}): ReactNode {
  if (!sample) return null;
  return (
    <p className="alert alert--warning" role="note">
      <Translate id="forum.sample" description="Warning that the forum shows made-up sample questions">
        Sample data: these questions, answers and people are made up to show how the forum works.
      </Translate>
    </p>
  );
}

export const statusLabel = (): Record<'answered' | 'unanswered' | 'locked', string> => ({
  answered: translate({id: 'forum.status.answered', message: 'Answered', description: 'Status of a forum question with an accepted answer'}),
  unanswered: translate({id: 'forum.status.unanswered', message: 'Unanswered', description: 'Status of a forum question without an accepted answer'}),
  locked: translate({id: 'forum.status.locked', message: 'Locked', description: 'Status of a forum question closed to new answers'}),
});

export function StatusBadges({item}: {item: Pick<ThreadListItem, 'status' | 'locked'>}): ReactNode {
  const labels = statusLabel();
  return (
    <>
      <span className={`forum-badge forum-${item.status}`}>{labels[item.status]}</span>
      {item.locked && <span className="forum-badge">{labels.locked}</span>}
    </>
  );
}

export function Tags({recommendations, studyGroups, paths}: {recommendations: string[]; studyGroups: string[]; paths: {recommendations: string; studyGroups: string}}): ReactNode {
  return (
    <>
      {recommendations.map((id) => (
        <Link key={id} className="forum-tag" to={`${paths.recommendations}/${id.split('/')[0]}`} translate="no">
          {id}
        </Link>
      ))}
      {studyGroups.map((sg) => (
        <Link key={sg} className="forum-tag" to={`${paths.studyGroups}/${sg}`} translate="no">
          {sg}
        </Link>
      ))}
    </>
  );
}

/** A day, written the same on the server and in every browser. */
export const Day = ({iso}: {iso: string}): ReactNode => <time dateTime={iso}>{iso.slice(0, 10)}</time>;
