/**
 * The moderation issue's side of a decision (REST, the App's installation):
 * its current state, the moderator's reason (their latest comment), and the
 * closing: a comment, written once even if a retry comes back (recognised by
 * its marker), then the issue closed.
 */
import type {Octokit} from '@octokit/rest';
import type {Repository} from './client';

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

type Comment = {body?: string; user?: {type?: string} | null};

async function comments(octokit: Octokit, repository: Repository, number: number): Promise<Comment[]> {
  return octokit.paginate(octokit.rest.issues.listComments, {owner: repository.owner, repo: repository.name, issue_number: number, per_page: 100});
}

/** The reason for a rejection: the latest comment by a person (not a bot, not the gateway), or null. */
export async function latestModeratorComment(octokit: Octokit, repository: Repository, number: number): Promise<string | null> {
  const people = (await comments(octokit, repository, number)).filter((comment) => comment.user?.type !== 'Bot' && comment.body?.trim());
  return people.at(-1)?.body?.trim() ?? null;
}

/** Whether the gateway already commented with this marker (when it carried out a decision). */
export async function hasMarkedComment(octokit: Octokit, repository: Repository, number: number, marker: string): Promise<boolean> {
  return (await comments(octokit, repository, number)).some((c) => c.user?.type === 'Bot' && c.body?.includes(marker));
}

export async function closeWithComment(octokit: Octokit, repository: Repository, number: number, comment: {marker: string; body: string}, reason: 'completed' | 'not_planned'): Promise<void> {
  if (!(await hasMarkedComment(octokit, repository, number, comment.marker))) {
    await octokit.rest.issues.createComment({owner: repository.owner, repo: repository.name, issue_number: number, body: `${comment.body}\n\n${comment.marker}\n`});
  }
  await octokit.rest.issues.update({owner: repository.owner, repo: repository.name, issue_number: number, state: 'closed', state_reason: reason});
}
