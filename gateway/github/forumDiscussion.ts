/**
 * The forum's side of an approval, in GitHub's GraphQL API (discussions have
 * no REST API for Apps): the repository's and category's ids, looked up once
 * per process; the discussion a retry may already have created, found by its
 * marker among the category's newest discussions; the discussion created; and
 * the forum's labels that exist added by id (labels are never created: which
 * tags exist is the maintainers' choice).
 */
import type {Octokit} from '@octokit/rest';
import type {Repository} from './client';

export type Forum = {repositoryId: string; categoryId: string};
export type PostedDiscussion = {id: string; number: number; url: string};

/** How far back a retry looks for its marker: a retry comes within hours, and GitHub posts are paced far below this. */
export const MARKER_LOOKBACK = 100;

type Graphql = Octokit['graphql'];

/** The ids, cached once found; a failed lookup is tried again at the next call. */
export function forumIds(repository: Repository, category: string): (graphql: Graphql) => Promise<Forum> {
  let found: Forum | null = null;
  return async (graphql) => {
    if (found) return found;
    const {repository: repo} = await graphql<{repository: {id: string; discussionCategories: {nodes: {id: string; name: string}[]}} | null}>(
      `query forumIds($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) { id discussionCategories(first: 100) { nodes { id name } } }
      }`,
      {owner: repository.owner, name: repository.name},
    );
    const categoryId = repo?.discussionCategories.nodes.find((node) => node.name === category)?.id;
    if (!repo || !categoryId) throw new Error(`FORUM_CATEGORY "${category}" is not a discussion category of ${repository.owner}/${repository.name}`);
    found = {repositoryId: repo.id, categoryId};
    return found;
  };
}

export async function findMarkedDiscussion(graphql: Graphql, repository: Repository, forum: Forum, marker: string): Promise<PostedDiscussion | null> {
  const {repository: repo} = await graphql<{repository: {discussions: {nodes: (PostedDiscussion & {body: string})[]}}}>(
    `query markedDiscussion($owner: String!, $name: String!, $category: ID!, $first: Int!) {
      repository(owner: $owner, name: $name) {
        discussions(first: $first, categoryId: $category, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { id number url body } }
      }
    }`,
    {owner: repository.owner, name: repository.name, category: forum.categoryId, first: MARKER_LOOKBACK},
  );
  // The gateway's discussions open with their marker.
  const found = repo.discussions.nodes.find((node) => node.body.startsWith(marker));
  return found ? {id: found.id, number: found.number, url: found.url} : null;
}

export async function createDiscussion(graphql: Graphql, forum: Forum, title: string, body: string): Promise<PostedDiscussion> {
  const {createDiscussion: created} = await graphql<{createDiscussion: {discussion: PostedDiscussion}}>(
    `mutation createDiscussion($input: CreateDiscussionInput!) {
      createDiscussion(input: $input) { discussion { id number url } }
    }`,
    {input: {repositoryId: forum.repositoryId, categoryId: forum.categoryId, title, body}},
  );
  return created.discussion;
}

/** Adds the labels among `names` that exist in the repository (each looked up by name); adding one twice changes nothing. */
export async function addExistingLabels(graphql: Graphql, repository: Repository, discussionId: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  // One aliased field per name; the names travel as variables, never inside the query's text.
  const fields = names.map((_, index) => `l${index}: label(name: $n${index}) { id name }`).join(' ');
  const declared = names.map((_, index) => `$n${index}: String!`).join(', ');
  const variables = Object.fromEntries(names.map((name, index) => [`n${index}`, name]));
  const {repository: labels} = await graphql<{repository: Record<string, {id: string; name: string} | null>}>(
    `query labels($owner: String!, $name: String!, ${declared}) { repository(owner: $owner, name: $name) { ${fields} } }`,
    {owner: repository.owner, name: repository.name, ...variables},
  );
  const existing = Object.values(labels).filter((label): label is {id: string; name: string} => label !== null);
  if (existing.length === 0) return [];
  await graphql(
    `mutation addLabels($input: AddLabelsToLabelableInput!) { addLabelsToLabelable(input: $input) { clientMutationId } }`,
    {input: {labelableId: discussionId, labelIds: existing.map((label) => label.id)}},
  );
  return existing.map((label) => label.name);
}
