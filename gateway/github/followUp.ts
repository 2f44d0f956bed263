/**
 * A follow-up on GitHub: the moderation issue it becomes (the member's text,
 * neutral, the thread it belongs to, the display name, never the email address, and a
 * marker that lets a retry find the issue it already created), read back as
 * the moderator left it, and the comment it becomes in the thread, posted once
 * (a retry finds the comment by its marker) through GitHub's GraphQL API.
 */
import {sectionText} from '../../plugins/forum/askUrl';
import {FOLLOW_UP_MARKER_START} from '../../plugins/forum/gateway';
import {formFields} from '../../plugins/forum/tags';
import {byLine, readDisplayName} from './discussionBody';
import {neutralMarkdown} from './memberMarkdown';
import {displayNameSection} from './moderationIssue';
import type {Octokit} from '@octokit/rest';
import type {Repository} from './client';

export const followUpMarker = (id: string) => `${FOLLOW_UP_MARKER_START}${id} -->`;

/** How far back a retry looks for its comment: the newest comments of the thread. */
export const COMMENT_LOOKBACK = 100;

export type FollowUp = {id: string; text: string; displayName: string};

export const followUpIssueTitle = (questionTitle: string) => `Follow-up: ${questionTitle}`;

export function followUpIssueBody(followUp: FollowUp, threadUrl: string): string {
  return `### Follow-up\n\n${sectionText(neutralMarkdown(followUp.text)) || '_No response_'}\n\n### Thread\n\n${threadUrl}\n\n${displayNameSection(followUp.displayName)}\n\n${followUpMarker(followUp.id)}\n`;
}

/** The follow-up as the moderator left the issue: its text (empty if they emptied it) and the display name. */
export function readFollowUpIssue(body: string): {text: string; displayName: string} {
  const fields = formFields(body.replace(/\r\n/g, '\n'));
  return {text: fields.get('follow-up') ?? '', displayName: readDisplayName(fields)};
}

/**
 * The comment in the thread: who wrote it first (what follows cannot fold,
 * hide or reword it), then the text, neutral (see `neutralMarkdown`) as the
 * moderator left it; a heading the member wrote is one again (only the
 * issue's sections needed it escaped).
 */
export function followUpComment(id: string, text: string, language: string, displayName: string): string {
  const asWritten = text.trim().replace(/^( {0,3})\\#/gm, (_, indent: string) => `${indent}#`);
  return `${followUpMarker(id)}\n\n${byLine('followUp', language, displayName)}\n\n${neutralMarkdown(asWritten)}\n`;
}

export type PostedComment = {url: string};
type Graphql = Octokit['graphql'];

type ThreadComments = {repository: {discussion: {id: string; comments: {nodes: {url: string; body: string}[]}} | null}};

/**
 * The discussion's id and, if an earlier attempt posted it, the comment that
 * opens with `marker`; null when the discussion is gone (GitHub answers a
 * missing discussion with a NOT_FOUND error, or with null).
 */
export async function findThreadComment(graphql: Graphql, repository: Repository, number: number, marker: string): Promise<{discussionId: string; posted: PostedComment | null} | null> {
  let found: ThreadComments;
  try {
    found = await graphql<ThreadComments>(
      `query threadComments($owner: String!, $name: String!, $number: Int!, $last: Int!) {
        repository(owner: $owner, name: $name) { discussion(number: $number) { id comments(last: $last) { nodes { url body } } } }
      }`,
      {owner: repository.owner, name: repository.name, number, last: COMMENT_LOOKBACK},
    );
  } catch (error) {
    if (notFound(error)) return null;
    throw error;
  }
  const discussion = found.repository.discussion;
  if (!discussion) return null;
  const posted = discussion.comments.nodes.find((node) => node.body.startsWith(marker));
  return {discussionId: discussion.id, posted: posted ? {url: posted.url} : null};
}

/** GitHub's GraphQL errors that all say NOT_FOUND (Octokit's `GraphqlResponseError`). */
export const notFound = (error: unknown): boolean => {
  const errors = (error as {errors?: unknown}).errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => (e as {type?: unknown}).type === 'NOT_FOUND');
};

export async function addThreadComment(graphql: Graphql, discussionId: string, body: string): Promise<PostedComment> {
  const {addDiscussionComment: added} = await graphql<{addDiscussionComment: {comment: PostedComment}}>(
    `mutation addFollowUp($input: AddDiscussionCommentInput!) { addDiscussionComment(input: $input) { comment { url } } }`,
    {input: {discussionId, body}},
  );
  return added.comment;
}
