/**
 * The jobs that post for moderation, as an issue created once (see
 * `postModerationIssue`): a confirmed question, and a follow-up a member
 * sent. The issue is recorded with the job's completion.
 */
import {followUpIssueBody, followUpIssueTitle, followUpMarker} from '../github/followUp';
import {moderationBody, moderationMarker, postModerationIssue} from '../github/moderationIssue';
import {whenGitHubSaysWait} from '../github/client';
import type {Octokit} from '@octokit/rest';
import type {Database} from '../db/database';
import type {Repository} from '../github/client';
import type {Job} from '../queue/queue';
import type {Handler} from '../queue/worker';

type Deps = {db: Database; github: () => Promise<Octokit>; repository: Repository};
/** What to post; null when there is nothing (any more) to post: erased, or posted already. */
type Entry = {id: string; marker: string; title: string; body: string; confirmedAt: Date};
type Posting = {load: (db: Database, job: Job) => Promise<Entry | null>; table: 'gateway_questions' | 'gateway_follow_ups'; from: 'confirmed' | 'received'};

function postingJob({db, github, repository}: Deps, {load, table, from}: Posting): Handler {
  return async (job) => {
    const entry = await load(db, job);
    if (!entry) return;
    let issue;
    try {
      issue = await postModerationIssue(await github(), repository, entry);
    } catch (error) {
      throw whenGitHubSaysWait(error);
    }
    return async (tx) => {
      await tx.query(`UPDATE ${table} SET status = 'posted', issue_number = $2, issue_url = $3 WHERE id = $1 AND status = $4`, [entry.id, issue.number, issue.url, from]);
    };
  };
}

type QuestionRow = {id: string; status: string; title: string; question: string; recommendations: string[]; study_group: string; country: string; language: string; display_name: string; confirmed_at: Date};

export const moderationIssue = (deps: Deps) =>
  postingJob(deps, {
    table: 'gateway_questions',
    from: 'confirmed',
    load: async (db, job) => {
      const [row] = await db.query<QuestionRow>('SELECT id, status, title, question, recommendations, study_group, country, language, display_name, confirmed_at FROM gateway_questions WHERE id = $1', [job.payload.question]);
      if (!row || row.status !== 'confirmed') return null;
      const question = {title: row.title, question: row.question, recommendations: row.recommendations, studyGroup: row.study_group, country: row.country, language: row.language};
      return {id: row.id, marker: moderationMarker(row.id), title: question.title, body: moderationBody(row.id, question, row.display_name), confirmedAt: new Date(row.confirmed_at)};
    },
  });

type FollowUpRow = {id: string; status: string; text: string; created_at: Date; title: string; display_name: string; discussion_url: string};

export const followUpIssue = (deps: Deps) =>
  postingJob(deps, {
    table: 'gateway_follow_ups',
    from: 'received',
    load: async (db, job) => {
      const [row] = await db.query<FollowUpRow>(
        `SELECT f.id, f.status, f.text, f.created_at, q.title, q.display_name, q.discussion_url
         FROM gateway_follow_ups f JOIN gateway_questions q ON q.id = f.question_id WHERE f.id = $1`,
        [job.payload.followUp],
      );
      if (!row || row.status !== 'received') return null;
      const body = followUpIssueBody({id: row.id, text: row.text, displayName: row.display_name}, row.discussion_url);
      return {id: row.id, marker: followUpMarker(row.id), title: followUpIssueTitle(row.title), body, confirmedAt: new Date(row.created_at)};
    },
  });
