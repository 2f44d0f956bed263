/**
 * The job that carries out a moderator's decision (queued by the webhook) on
 * a moderation issue: a question's, or a follow-up's. It reads the issue as
 * it is now, so a moderator's edits are what is published. Approved: a
 * question becomes a discussion in the forum's category (found again by its
 * marker if an earlier attempt created it and stopped before its write) with
 * the forum's labels; a follow-up becomes a comment in its thread (found
 * again the same way); the issue gets the link and is closed. Rejected: the
 * moderator's latest comment is the reason, the issue closed. The new state
 * and the member's email are written with the job's completion, in one
 * transaction.
 */
import {whenGitHubSaysWait} from '../github/client';
import {addExistingLabels, createDiscussion, findMarkedDiscussion} from '../github/forumDiscussion';
import {discussionBody, forumLabels, readModerationIssue} from '../github/discussionBody';
import {addThreadComment, findThreadComment, followUpComment, followUpMarker, readFollowUpIssue} from '../github/followUp';
import {closeWithComment, hasMarkedComment, latestModeratorComment, readIssue} from '../github/issueDecision';
import {moderationMarker} from '../github/moderationIssue';
import {enqueue, RetryLater} from '../queue/queue';
import type {Octokit} from '@octokit/rest';
import type {Database, Sql} from '../db/database';
import type {Repository} from '../github/client';
import type {Forum} from '../github/forumDiscussion';
import type {IssueNow} from '../github/issueDecision';
import type {Handler} from '../queue/worker';

export const DECISION_EMAIL_JOB = 'decision-email';
const decisionMarker = (id: string) => `<!-- bsg-hub-gateway decision ${id} -->`;

export type DecisionDeps = {
  db: Database;
  moderation: {github: () => Promise<Octokit>; repository: Repository};
  forum: {github: () => Promise<Octokit>; repository: Repository; ids: (graphql: Octokit['graphql']) => Promise<Forum>};
};

type Apply = (tx: Sql) => Promise<void>;
/** What a decision does to one kind of entry: publish it on GitHub (its address, and the write that records it), or record the rejection. */
type Subject = {id: string; publish: (issue: IssueNow) => Promise<{url: string; record: Apply} | null>; reject: (reason: string | null) => Apply};

export function moderationDecision({db, moderation, forum}: DecisionDeps): Handler {
  return async (job) => {
    const {issue: number, decision} = job.payload as {issue: number; decision: 'approved' | 'rejected'};
    const subject = (await questionSubject(number)) ?? (await followUpSubject(number));
    try {
      const issues = await moderation.github();
      const issue = await readIssue(issues, moderation.repository, number);
      if (!subject) {
        // Decided before the gateway wrote down the issue it posted (a stop between GitHub's answer and that write): wait for it.
        if (issue && (await notRecordedYet(db, issue.body))) throw new RetryLater('the issue is not recorded yet', 60_000);
        // Else the member erased everything before the decision, and nothing is published for them.
        return;
      }
      // The label taken off again before this job ran: the moderator changed their mind.
      if (!issue || !issue.labels.includes(`moderation:${decision}`)) return;
      const marker = decisionMarker(subject.id);
      // Closed by hand, the moderator's choice; closed by an earlier attempt (its comment is there), which stopped before its write: carried on.
      if (!issue.open && !(await hasMarkedComment(issues, moderation.repository, number, marker))) return;
      if (decision === 'rejected') {
        const reason = await latestModeratorComment(issues, moderation.repository, number);
        await closeWithComment(issues, moderation.repository, number, {marker, body: 'Rejected: the member is sent the latest comment as the reason.'}, 'not_planned');
        return subject.reject(reason);
      }
      const published = await subject.publish(issue);
      if (!published) {
        await closeWithComment(issues, moderation.repository, number, {marker, body: 'Not published: there is nothing to post (the text was emptied, or the thread is gone). The member is told.'}, 'not_planned');
        return subject.reject(null);
      }
      await closeWithComment(issues, moderation.repository, number, {marker, body: `Published in the forum: ${published.url}`}, 'completed');
      return published.record;
    } catch (error) {
      throw whenGitHubSaysWait(error);
    }
  };

  async function questionSubject(number: number): Promise<Subject | null> {
    const [row] = await db.query<{id: string; status: string}>('SELECT id, status FROM gateway_questions WHERE issue_number = $1', [number]);
    if (!row || row.status !== 'posted') return null;
    // The text goes once decided: what was published is on GitHub, what was not is not kept.
    const decided = (set: string, params: unknown[]): Apply => record('gateway_questions', row.id, `${set}, question = '', last_activity_at = now()`, params, {question: row.id});
    return {
      id: row.id,
      reject: (reason) => decided(`status = 'rejected', rejection_reason = $2`, [reason]),
      publish: async (issue) => {
        const approved = readModerationIssue(issue.title, issue.body);
        const {graphql} = await forum.github();
        const ids = await forum.ids(graphql);
        const discussion =
          (await findMarkedDiscussion(graphql, forum.repository, ids, moderationMarker(row.id))) ??
          (await createDiscussion(graphql, ids, approved.question.title, discussionBody(row.id, approved)));
        await addExistingLabels(graphql, forum.repository, discussion.id, forumLabels(approved.question));
        // The title as published: the emails that follow quote it.
        return {url: discussion.url, record: decided(`status = 'published', discussion_number = $2, discussion_url = $3, title = $4`, [discussion.number, discussion.url, approved.question.title])};
      },
    };
  }

  async function followUpSubject(number: number): Promise<Subject | null> {
    const [row] = await db.query<{id: string; status: string; question_id: string; discussion_number: number; language: string}>(
      `SELECT f.id, f.status, f.question_id, q.discussion_number, q.language FROM gateway_follow_ups f JOIN gateway_questions q ON q.id = f.question_id WHERE f.issue_number = $1`,
      [number],
    );
    if (!row || row.status !== 'posted') return null;
    const decided = (set: string, params: unknown[]): Apply => async (tx) => {
      await record('gateway_follow_ups', row.id, `${set}, text = ''`, params, {question: row.question_id, followUp: row.id})(tx);
      await tx.query('UPDATE gateway_questions SET last_activity_at = now() WHERE id = $1', [row.question_id]);
    };
    return {
      id: row.id,
      reject: (reason) => decided(`status = 'rejected', rejection_reason = $2`, [reason]),
      publish: async (issue) => {
        const {text, displayName} = readFollowUpIssue(issue.body);
        const {graphql} = await forum.github();
        const thread = await findThreadComment(graphql, forum.repository, row.discussion_number, followUpMarker(row.id));
        if (!thread || (!text.trim() && !thread.posted)) return null;
        const comment = thread.posted ?? (await addThreadComment(graphql, thread.discussionId, followUpComment(row.id, text, row.language, displayName)));
        return {url: comment.url, record: decided(`status = 'published', comment_url = $2`, [comment.url])};
      },
    };
  }
}

/** Whether the issue is the gateway's (its marker ends the body) for an entry still waiting for the issue's number to be written. */
async function notRecordedYet(db: Database, body: string): Promise<boolean> {
  const marked = /<!-- bsg-hub-gateway (question|follow-up) ([0-9a-f-]{36}) -->\s*$/.exec(body);
  if (!marked) return false;
  const waiting = marked[1] === 'question' ? `SELECT 1 FROM gateway_questions WHERE id = $1 AND status = 'confirmed'` : `SELECT 1 FROM gateway_follow_ups WHERE id = $1 AND status = 'received'`;
  return (await db.query(waiting, [marked[2]])).length > 0;
}

/** The entry's new state, once (only from `posted`), and the email that tells the member. */
function record(table: 'gateway_questions' | 'gateway_follow_ups', id: string, set: string, params: unknown[], email: Record<string, string>): Apply {
  return async (tx) => {
    const rows = await tx.query(`UPDATE ${table} SET ${set}, decided_at = now() WHERE id = $1 AND status = 'posted' RETURNING id`, [id, ...params]);
    if (rows.length > 0) await enqueue(tx, DECISION_EMAIL_JOB, email);
  };
}
