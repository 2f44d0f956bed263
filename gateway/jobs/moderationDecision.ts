/**
 * The job that carries out a moderator's decision (queued by the webhook).
 * It reads the moderation issue as it is now, so a moderator's edits are what
 * is published. Approved: a discussion in the forum's category (found again
 * by its marker if an earlier attempt created it and stopped before its
 * write), the forum's labels, a comment on the issue with the link, the issue
 * closed. Rejected: the moderator's latest comment is the reason, the issue
 * closed. The question's new state and the member's email are written with
 * the job's completion, in one transaction.
 */
import {whenGitHubSaysWait} from '../github/client';
import {addExistingLabels, createDiscussion, findMarkedDiscussion} from '../github/forumDiscussion';
import {discussionBody, forumLabels, readModerationIssue} from '../github/discussionBody';
import {closeWithComment, latestModeratorComment, readIssue} from '../github/issueDecision';
import {moderationMarker} from '../github/moderationIssue';
import {enqueue} from '../queue/queue';
import type {Octokit} from '@octokit/rest';
import type {Database, Sql} from '../db/database';
import type {Repository} from '../github/client';
import type {Forum} from '../github/forumDiscussion';
import type {Handler} from '../queue/worker';

export const DECISION_EMAIL_JOB = 'decision-email';
const decisionMarker = (id: string) => `<!-- bsg-hub-gateway decision ${id} -->`;

export type DecisionDeps = {
  db: Database;
  moderation: {github: () => Promise<Octokit>; repository: Repository};
  forum: {github: () => Promise<Octokit>; repository: Repository; ids: (graphql: Octokit['graphql']) => Promise<Forum>};
};

export function moderationDecision({db, moderation, forum}: DecisionDeps): Handler {
  return async (job) => {
    const {issue: number, decision} = job.payload as {issue: number; decision: 'approved' | 'rejected'};
    // No row: the member erased their questions before the decision, and nothing is published for them.
    const [row] = await db.query<{id: string; status: string}>('SELECT id, status FROM gateway_questions WHERE issue_number = $1', [number]);
    if (!row || row.status !== 'posted') return;
    try {
      const issues = await moderation.github();
      const issue = await readIssue(issues, moderation.repository, number);
      // Closed by hand, or the label taken off again before this job ran: the moderator changed their mind.
      if (!issue || !issue.open || !issue.labels.includes(`moderation:${decision}`)) return;
      if (decision === 'rejected') {
        const reason = await latestModeratorComment(issues, moderation.repository, number);
        await closeWithComment(issues, moderation.repository, number, {marker: decisionMarker(row.id), body: 'Rejected: the member is sent the latest comment as the reason.'}, 'not_planned');
        return decided(row.id, `status = 'rejected', rejection_reason = $2`, [reason]);
      }
      const approved = readModerationIssue(issue.title, issue.body);
      const {graphql} = await forum.github();
      const ids = await forum.ids(graphql);
      const discussion =
        (await findMarkedDiscussion(graphql, forum.repository, ids, moderationMarker(row.id))) ??
        (await createDiscussion(graphql, ids, approved.question.title, discussionBody(row.id, approved)));
      await addExistingLabels(graphql, forum.repository, discussion.id, forumLabels(approved.question));
      await closeWithComment(issues, moderation.repository, number, {marker: decisionMarker(row.id), body: `Published in the forum: ${discussion.url}`}, 'completed');
      return decided(row.id, `status = 'published', discussion_number = $2, discussion_url = $3`, [discussion.number, discussion.url]);
    } catch (error) {
      throw whenGitHubSaysWait(error);
    }
  };
}

function decided(id: string, set: string, params: unknown[]): (tx: Sql) => Promise<void> {
  return async (tx) => {
    const rows = await tx.query(`UPDATE gateway_questions SET ${set}, decided_at = now(), last_activity_at = now() WHERE id = $1 AND status = 'posted' RETURNING id`, [id, ...params]);
    if (rows.length > 0) await enqueue(tx, DECISION_EMAIL_JOB, {question: id});
  };
}
