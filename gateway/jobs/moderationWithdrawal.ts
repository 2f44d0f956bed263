/**
 * The job that withdraws an entry whose moderation issue left the queue
 * without a decision (queued by the webhook): closed by a moderator with no
 * decision label, deleted, or transferred to another repository. The member
 * is told, without anyone's text, and what the gateway held for it goes (the
 * question's address with its row, once the email is sent; a follow-up's
 * text). A closing is checked again when the job runs, since the gateway
 * closes issues itself when it carries out a decision: an issue opened again,
 * one that carries a decision label (its own job acts on it), or one the
 * gateway closed (its decision comment is there) is left alone; one closed by
 * someone who is not a moderator is opened again, said so on the issue.
 */
import {whenGitHubSaysWait} from '../github/client';
import {hasMarkedComment, readIssue, reopenWithComment} from '../github/issueDecision';
import {DECISION_LABELS} from '../github/webhook';
import {decisionMarker, ignoredMarker} from './moderationDecision';
import {subjects} from './moderationSubjects';
import type {Withdrawal} from '../github/webhook';
import type {Handler} from '../queue/worker';
import type {DecisionDeps} from './moderationDecision';

export function moderationWithdrawal({db, moderation, forum, isModerator, log}: DecisionDeps): Handler {
  const subjectOf = subjects(db, forum);
  return async (job) => {
    const {issue: number, action, sender} = job.payload as Withdrawal;
    const subject = await subjectOf(number);
    if (!subject) return;
    if (action === 'closed') {
      try {
        const issues = await moderation.github();
        const issue = await readIssue(issues, moderation.repository, number);
        // Null: deleted or transferred since, withdrawn all the same.
        if (issue) {
          if (issue.open || issue.labels.some((label) => DECISION_LABELS.has(label as 'moderation:approved'))) return;
          if (await hasMarkedComment(issues, moderation.repository, number, decisionMarker(subject.id))) return;
          if (!sender || !(await isModerator(issues, sender))) {
            log.warn('withdrawal-ignored', {issue: number, reason: 'not-a-moderator'});
            const body = "Opened again: it was closed by someone who is not one of the gateway's moderators (`MODERATORS`, `MODERATORS_TEAM`). A moderator decides with a label, or closes it to withdraw the entry.";
            await reopenWithComment(issues, moderation.repository, number, {marker: ignoredMarker(job.id), body});
            return;
          }
        }
      } catch (error) {
        throw whenGitHubSaysWait(error);
      }
    }
    log.info('withdrawn', {issue: number, action});
    return subject.withdraw;
  };
}
