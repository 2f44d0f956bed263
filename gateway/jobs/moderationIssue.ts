/** The job that posts a confirmed question for moderation, and records the issue with the job's completion. */
import {postModerationIssue} from '../github/moderationIssue';
import {whenGitHubSaysWait} from '../github/client';
import type {Octokit} from '@octokit/rest';
import type {Database} from '../db/database';
import type {Repository} from '../github/client';
import type {Handler} from '../queue/worker';

type Row = {id: string; status: string; title: string; question: string; recommendations: string[]; study_group: string; country: string; language: string; display_name: string; confirmed_at: Date};

export function moderationIssue({db, github, repository}: {db: Database; github: () => Promise<Octokit>; repository: Repository}): Handler {
  return async (job) => {
    const rows = await db.query<Row>('SELECT id, status, title, question, recommendations, study_group, country, language, display_name, confirmed_at FROM gateway_questions WHERE id = $1', [job.payload.question]);
    const row = rows[0];
    if (!row || row.status !== 'confirmed') return;
    const question = {title: row.title, question: row.question, recommendations: row.recommendations, studyGroup: row.study_group, country: row.country, language: row.language};
    let issue;
    try {
      issue = await postModerationIssue(await github(), repository, {id: row.id, question, displayName: row.display_name, confirmedAt: new Date(row.confirmed_at)});
    } catch (error) {
      throw whenGitHubSaysWait(error);
    }
    return async (tx) => {
      await tx.query(`UPDATE gateway_questions SET status = 'posted', issue_number = $2, issue_url = $3 WHERE id = $1 AND status = 'confirmed'`, [row.id, issue.number, issue.url]);
    };
  };
}
