/**
 * A confirmed question as an issue in the moderation repository: the body the
 * forum's category form writes (the forum's own `questionBody`), the member's
 * text neutral (no mention, image, raw HTML: see `neutralMarkdown`), the
 * display name as literal text, and a marker that lets a retry find the issue it already created, so
 * a question is posted at most once even if the gateway stopped between
 * GitHub's answer and its own write. The email address is never part of it.
 */
import {questionBody} from '../../plugins/forum/askUrl';
import {literalName, neutralMarkdown} from './memberMarkdown';
import type {Octokit} from '@octokit/rest';
import type {Question} from '../../plugins/forum/askUrl';
import type {Repository} from './client';

export const PENDING_LABEL = 'moderation:pending';

export const moderationMarker = (id: string) => `<!-- bsg-hub-gateway question ${id} -->`;

/** The name as literal text (see `literalName`): no Markdown, no mention, no section of its own. */
export const displayNameSection = (displayName: string) => `### Display name\n\n${literalName(displayName) || '_No response_'}`;

/** Every section a person writes, neutral (see `neutralMarkdown`): the question, and the one-line fields a moderator may edit. */
export const neutralQuestion = (question: Question): Question => ({
  ...question,
  question: neutralMarkdown(question.question),
  studyGroup: neutralMarkdown(question.studyGroup),
  country: neutralMarkdown(question.country),
  language: neutralMarkdown(question.language),
});

export function moderationBody(id: string, question: Question, displayName: string): string {
  return `${questionBody(neutralQuestion(question))}\n\n${displayNameSection(displayName)}\n\n${moderationMarker(id)}\n`;
}

export type PostedIssue = {number: number; url: string};

/**
 * The issue with this marker created since `since`, if any: issues are listed
 * newest activity first, 100 a page. Only an issue the App opened, whose body
 * ends with the marker, counts (a member's text cannot hold one, and is never
 * at the end).
 */
export async function findMarkedIssue(octokit: Octokit, repository: Repository, marker: string, since: Date): Promise<PostedIssue | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {owner: repository.owner, repo: repository.name, state: 'all', since: since.toISOString(), per_page: 100});
  for await (const {data} of pages) {
    const found = data.find((issue) => !issue.pull_request && issue.user?.type === 'Bot' && issue.body?.trimEnd().endsWith(marker));
    if (found) return {number: found.number, url: found.html_url};
  }
  return null;
}

/**
 * An issue for the moderators, `moderation:pending`, created once: a retry
 * first looks for the marker (which the body carries) among the issues
 * updated since the entry was confirmed.
 */
export async function postModerationIssue(
  octokit: Octokit,
  repository: Repository,
  entry: {marker: string; title: string; body: string; confirmedAt: Date},
): Promise<PostedIssue> {
  // An hour of slack: GitHub's clock and the database's need not agree.
  const existing = await findMarkedIssue(octokit, repository, entry.marker, new Date(entry.confirmedAt.getTime() - 3_600_000));
  if (existing) return existing;
  const {data} = await octokit.rest.issues.create({owner: repository.owner, repo: repository.name, title: entry.title, body: entry.body, labels: [PENDING_LABEL]});
  return {number: data.number, url: data.html_url};
}
