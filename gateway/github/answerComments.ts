/**
 * The comments waiting for an answers email, as GitHub has them at the
 * moment the email is written (the gateway keeps no comment's text): one
 * `nodes(ids:)` query per hundred comments, through the forum's
 * installation. A comment deleted or hidden (minimized) since is nothing to
 * send; an edited one reads as it is now; its author and their relation to
 * the repository are GitHub's answer of now, not the webhook's.
 */
import {notFound} from './followUp';
import type {Octokit} from '@octokit/rest';

export const ANSWER_COMMENTS_QUERY = `query answerComments($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on DiscussionComment { id url body isMinimized deletedAt authorAssociation author { __typename login } }
  }
}`;

/** GitHub's `nodes` limit per query. */
export const NODES_PER_QUERY = 100;

/** A node as GitHub returns it: null when it is gone, `{}` when it is not a discussion comment. */
export type RawAnswerComment = {
  id: string;
  url: string;
  body: string;
  isMinimized: boolean;
  deletedAt: string | null;
  authorAssociation: string;
  /** Null for a deleted account. GraphQL gives an App's login without `[bot]`. */
  author: {__typename: string; login: string} | null;
};
type RawResponse = {nodes: (RawAnswerComment | Record<string, never> | null)[]};

/** A comment that can still be mailed; `author` is null for a deleted account. */
export type AnswerComment = {id: string; url: string; body: string; association: string; author: {login: string; bot: boolean} | null};

export function toAnswerComment(raw: RawAnswerComment | Record<string, never> | null | undefined): AnswerComment | null {
  if (!raw || !('id' in raw) || raw.deletedAt !== null || raw.isMinimized) return null;
  return {
    id: raw.id,
    url: raw.url,
    body: raw.body,
    association: raw.authorAssociation,
    author: raw.author ? {login: raw.author.login, bot: raw.author.__typename === 'Bot'} : null,
  };
}

/** Each id with its comment as it is now, or null when there is nothing to send. */
export async function readAnswerComments(graphql: Octokit['graphql'], ids: readonly string[]): Promise<Map<string, AnswerComment | null>> {
  const found = new Map<string, AnswerComment | null>();
  for (let start = 0; start < ids.length; start += NODES_PER_QUERY) {
    const chunk = ids.slice(start, start + NODES_PER_QUERY);
    let data: RawResponse;
    try {
      data = await graphql<RawResponse>(ANSWER_COMMENTS_QUERY, {ids: [...chunk]});
    } catch (error) {
      // A deleted comment is a null node with a NOT_FOUND error of its own; the others' data comes beside it.
      const partial = (error as {data?: RawResponse | null}).data;
      if (!notFound(error) || !partial?.nodes) throw error;
      data = partial;
    }
    chunk.forEach((id, index) => found.set(id, toAnswerComment(data.nodes[index])));
  }
  return found;
}
