/**
 * The moderation issue's side of a decision (REST, the App's installation):
 * its current state, the reason meant for the member (a moderator's comment
 * that says so), and the gateway's comments, each written once even if a
 * retry comes back (recognised by its marker), then the issue closed or
 * opened again.
 */
import type {Octokit} from '@octokit/rest';
import type {Repository} from './client';
import type {IsModerator} from './moderators';

export type IssueNow = {title: string; body: string; labels: string[]; open: boolean};

export async function readIssue(octokit: Octokit, repository: Repository, number: number): Promise<IssueNow | null> {
  try {
    const {data} = await octokit.rest.issues.get({owner: repository.owner, repo: repository.name, issue_number: number});
    return {
      title: data.title,
      body: data.body ?? '',
      labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
      open: data.state === 'open',
    };
  } catch (error) {
    // Deleted or transferred: there is nothing to act on.
    if ((error as {status?: number}).status === 404 || (error as {status?: number}).status === 410) return null;
    throw error;
  }
}

type Comment = {body?: string; user?: {login?: string; type?: string} | null};

async function comments(octokit: Octokit, repository: Repository, number: number): Promise<Comment[]> {
  return octokit.paginate(octokit.rest.issues.listComments, {owner: repository.owner, repo: repository.name, issue_number: number, per_page: 100});
}

/** What a comment meant for the member begins with (any case); the rest is what they are sent. */
const FOR_THE_MEMBER = /^\s*reason\s*:/i;

/**
 * The reason for a rejection: the latest comment that begins with `Reason:`
 * by a moderator, without that word; null when there is none. Every other
 * comment (notes between moderators, anyone else's) stays on GitHub.
 */
export async function memberReason(octokit: Octokit, repository: Repository, number: number, isModerator: IsModerator): Promise<string | null> {
  const meant = (await comments(octokit, repository, number)).filter((c) => c.user?.type !== 'Bot' && c.user?.login && FOR_THE_MEMBER.test(c.body ?? ''));
  for (const comment of meant.reverse()) {
    const reason = comment.body!.replace(FOR_THE_MEMBER, '').trim();
    if (reason && (await isModerator(octokit, comment.user!.login!))) return reason;
  }
  return null;
}

/** Whether the gateway already commented with this marker (when it carried out a decision). */
export async function hasMarkedComment(octokit: Octokit, repository: Repository, number: number, marker: string): Promise<boolean> {
  return (await comments(octokit, repository, number)).some((c) => c.user?.type === 'Bot' && c.body?.includes(marker));
}

/** The gateway's comment, once: a retry finds it by its marker. */
export async function commentOnce(octokit: Octokit, repository: Repository, number: number, comment: {marker: string; body: string}): Promise<void> {
  if (!(await hasMarkedComment(octokit, repository, number, comment.marker))) {
    await octokit.rest.issues.createComment({owner: repository.owner, repo: repository.name, issue_number: number, body: `${comment.body}\n\n${comment.marker}\n`});
  }
}

export async function closeWithComment(octokit: Octokit, repository: Repository, number: number, comment: {marker: string; body: string}, reason: 'completed' | 'not_planned'): Promise<void> {
  await commentOnce(octokit, repository, number, comment);
  await octokit.rest.issues.update({owner: repository.owner, repo: repository.name, issue_number: number, state: 'closed', state_reason: reason});
}

export async function reopenWithComment(octokit: Octokit, repository: Repository, number: number, comment: {marker: string; body: string}): Promise<void> {
  await commentOnce(octokit, repository, number, comment);
  await octokit.rest.issues.update({owner: repository.owner, repo: repository.name, issue_number: number, state: 'open'});
}
