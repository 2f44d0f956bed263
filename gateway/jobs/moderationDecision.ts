/**
 * The job that carries out a decision label (queued by the webhook, with who
 * put it on) on a moderation issue: a question's, or a follow-up's. Only a
 * moderator's label counts (see `github/moderators.ts`); anyone else's is
 * ignored, said on the issue, and logged without their login. The job reads
 * the issue as it is now, so a moderator's edits are what is published, and a
 * label taken off meanwhile is a mind changed. Approved: the entry is
 * published (see `moderationSubjects.ts`), the issue gets the link and is
 * closed. Rejected: the member is sent a moderator's comment meant for them
 * (`Reason: …`), or a general sentence; the issue is closed. The new state and
 * the member's email are written with the job's completion, in one
 * transaction.
 */
import {whenGitHubSaysWait} from '../github/client';
import {closeWithComment, commentOnce, hasMarkedComment, memberReason, readIssue} from '../github/issueDecision';
import {RetryLater} from '../queue/queue';
import {subjects} from './moderationSubjects';
import type {Octokit} from '@octokit/rest';
import type {Database} from '../db/database';
import type {Repository} from '../github/client';
import type {IsModerator} from '../github/moderators';
import type {Logger} from '../log';
import type {Handler} from '../queue/worker';
import type {ForumDeps} from './moderationSubjects';

export const decisionMarker = (id: string) => `<!-- bsg-hub-gateway decision ${id} -->`;
/** The gateway's word that it ignored what someone did on the issue (one per job: a retry does not say it twice). */
export const ignoredMarker = (job: number) => `<!-- bsg-hub-gateway ignored ${job} -->`;

export type DecisionDeps = {
  db: Database;
  moderation: {github: () => Promise<Octokit>; repository: Repository};
  forum: ForumDeps;
  isModerator: IsModerator;
  log: Logger;
};

export function moderationDecision({db, moderation, forum, isModerator, log}: DecisionDeps): Handler {
  const subjectOf = subjects(db, forum);
  return async (job) => {
    const {issue: number, decision, sender} = job.payload as {issue: number; decision: 'approved' | 'rejected'; sender?: unknown};
    const subject = await subjectOf(number);
    try {
      const issues = await moderation.github();
      const issue = await readIssue(issues, moderation.repository, number);
      if (!subject) {
        // Decided before the gateway wrote down the issue it posted (a stop between GitHub's answer and that write): wait for it.
        if (issue && (await notRecordedYet(db, issue.body))) throw new RetryLater('the issue is not recorded yet', 60_000);
        // Else the member erased everything before the decision, or it was withdrawn or decided already: nothing to do.
        return;
      }
      // The label taken off again before this job ran: the moderator changed their mind.
      if (!issue || !issue.labels.includes(`moderation:${decision}`)) return;
      const marker = decisionMarker(subject.id);
      // An earlier attempt closed the issue (its comment is there) and stopped before its write: carried on, the label already checked.
      const carryingOn = !issue.open && (await hasMarkedComment(issues, moderation.repository, number, marker));
      // Payloads queued before labels were checked have no sender: not known to be a moderator's.
      if (!carryingOn && !(typeof sender === 'string' && (await isModerator(issues, sender)))) {
        log.warn('decision-ignored', {issue: number, decision, reason: 'not-a-moderator'});
        const body = `Ignored: the label \`moderation:${decision}\` was not put on by one of the gateway's moderators (\`MODERATORS\`, \`MODERATORS_TEAM\`). A moderator can take it off and put it on again.`;
        await commentOnce(issues, moderation.repository, number, {marker: ignoredMarker(job.id), body});
        return;
      }
      // An issue a moderator closed by hand with the label on is decided all the same: the label is the decision.
      if (decision === 'rejected') {
        const reason = await memberReason(issues, moderation.repository, number, isModerator);
        const body = 'Rejected: the member is sent the latest comment of a moderator that begins with `Reason:` (without that word), or a general sentence if there is none.';
        await closeWithComment(issues, moderation.repository, number, {marker, body}, 'not_planned');
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
}

/** Whether the issue is the gateway's (its marker ends the body) for an entry still waiting for the issue's number to be written. */
async function notRecordedYet(db: Database, body: string): Promise<boolean> {
  const marked = /<!-- bsg-hub-gateway (question|follow-up) ([0-9a-f-]{36}) -->\s*$/.exec(body);
  if (!marked) return false;
  const waiting = marked[1] === 'question' ? `SELECT 1 FROM gateway_questions WHERE id = $1 AND status = 'confirmed'` : `SELECT 1 FROM gateway_follow_ups WHERE id = $1 AND status = 'received'`;
  return (await db.query(waiting, [marked[2]])).length > 0;
}
