import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ThreadListItem} from '@site/plugins/forum/props';
import type {AuthorView} from '@site/plugins/forum/threads';
import styles from './styles.module.css';

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
      <span className={`${styles.badge} ${item.status === 'answered' ? styles.answered : styles.unanswered}`}>{labels[item.status]}</span>
      {item.locked && <span className={styles.badge}>{labels.locked}</span>}
    </>
  );
}

/** An author's name, linked to GitHub, with an expert or mentor badge. */
export function Author({author}: {author: AuthorView}): ReactNode {
  const name = author.ghost
    ? translate({id: 'forum.author.ghost', message: 'Deleted user', description: 'Name shown for a post whose GitHub account was deleted'})
    : author.login;
  return (
    <span className={styles.author}>
      {author.url ? <a href={author.url} rel="nofollow ugc noopener">{name}</a> : <span>{name}</span>}
      {author.badge && (
        <span className={`${styles.badge} ${styles.role}`} data-testid="role-badge">
          {author.badge.role === 'expert'
            ? translate({id: 'forum.badge.expert', message: 'Expert', description: 'Badge of a study-group expert'})
            : translate({id: 'forum.badge.mentor', message: 'Mentor', description: 'Badge of a study-group mentor'})}{' '}
          · {author.badge.studyGroups.join(', ')}
        </span>
      )}
    </span>
  );
}

export function Tags({recommendations, studyGroups, paths}: {recommendations: string[]; studyGroups: string[]; paths: {recommendations: string; studyGroups: string}}): ReactNode {
  return (
    <>
      {recommendations.map((id) => (
        <Link key={id} className={styles.tag} to={`${paths.recommendations}/${id.split('/')[0]}`} translate="no">
          {id}
        </Link>
      ))}
      {studyGroups.map((sg) => (
        <Link key={sg} className={styles.tag} to={`${paths.studyGroups}/${sg}`} translate="no">
          {sg}
        </Link>
      ))}
    </>
  );
}

/** A day, written the same on the server and in every browser. */
export const Day = ({iso}: {iso: string}): ReactNode => <time dateTime={iso}>{iso.slice(0, 10)}</time>;
