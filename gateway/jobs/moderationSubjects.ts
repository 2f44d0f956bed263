/**
 * What a moderator's decision, or an issue's withdrawal, does to the entry
 * whose moderation issue it is: a question's, or a follow-up's. Published: a
 * question becomes a discussion in the forum's category (found again by its
 * marker if an earlier attempt created it and stopped before its write) with
 * the forum's labels; a follow-up becomes a comment in its thread (found again
 * the same way). Rejected or withdrawn: the state is recorded. Each new state
 * is written once (only from `posted`), with the email that tells the member,
 * and the text goes: what was published is on GitHub, what was not is not
 * kept.
 */
import {addExistingLabels, createDiscussion, findMarkedDiscussion} from '../github/forumDiscussion';
import {discussionBody, forumLabels, readModerationIssue} from '../github/discussionBody';
import {addThreadComment, findThreadComment, followUpComment, followUpMarker, readFollowUpIssue} from '../github/followUp';
import {moderationMarker} from '../github/moderationIssue';
import {enqueue} from '../queue/queue';
import type {Octokit} from '@octokit/rest';
import type {Database, Sql} from '../db/database';
import type {Repository} from '../github/client';
import type {Forum} from '../github/forumDiscussion';
import type {IssueNow} from '../github/issueDecision';

export const DECISION_EMAIL_JOB = 'decision-email';

export type ForumDeps = {github: () => Promise<Octokit>; repository: Repository; ids: (graphql: Octokit['graphql']) => Promise<Forum>};
export type Apply = (tx: Sql) => Promise<void>;
/** One entry waiting for its decision: publish it on GitHub (its address, and the write that records it), or record its rejection or withdrawal. */
export type Subject = {id: string; publish: (issue: IssueNow) => Promise<{url: string; record: Apply} | null>; reject: (reason: string | null) => Apply; withdraw: Apply};

/** The entry (question or follow-up) still `posted` under this moderation issue, or null (decided, withdrawn, erased, or not the gateway's). */
export function subjects(db: Database, forum: ForumDeps): (issue: number) => Promise<Subject | null> {
  return async (number) => (await questionSubject(number)) ?? (await followUpSubject(number));

  async function questionSubject(number: number): Promise<Subject | null> {
    const [row] = await db.query<{id: string; status: string}>('SELECT id, status FROM gateway_questions WHERE issue_number = $1', [number]);
    if (!row || row.status !== 'posted') return null;
    const decided = (set: string, params: unknown[]): Apply => record('gateway_questions', row.id, `${set}, question = '', last_activity_at = now()`, params, {question: row.id});
    return {
      id: row.id,
      reject: (reason) => decided(`status = 'rejected', rejection_reason = $2`, [reason]),
      withdraw: decided(`status = 'withdrawn'`, []),
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
      withdraw: decided(`status = 'withdrawn'`, []),
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

/** The entry's new state, once (only from `posted`), and the email that tells the member. */
function record(table: 'gateway_questions' | 'gateway_follow_ups', id: string, set: string, params: unknown[], email: Record<string, string>): Apply {
  return async (tx) => {
    const rows = await tx.query(`UPDATE ${table} SET ${set}, decided_at = now() WHERE id = $1 AND status = 'posted' RETURNING id`, [id, ...params]);
    if (rows.length > 0) await enqueue(tx, DECISION_EMAIL_JOB, email);
  };
}
