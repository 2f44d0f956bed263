/**
 * The GraphQL operations of the sync. Discussions have no REST API. Every
 * query is checked against GitHub's published schema in the tests (the
 * emulator executes them with graphql-js).
 */

const REPLY_FIELDS = `
  id
  body
  createdAt
  updatedAt
  upvoteCount
  isMinimized
  minimizedReason
  authorAssociation
  author { login url }
`;

const REPLIES = `replies(first: 30) { pageInfo { hasNextPage endCursor } nodes { ${REPLY_FIELDS} } }`;

const DISCUSSION_FIELDS = `
  id
  number
  title
  body
  url
  createdAt
  updatedAt
  locked
  activeLockReason
  closed
  stateReason
  upvoteCount
  authorAssociation
  author { login url }
  category { id }
  labels(first: 30) { nodes { name } }
  answer { id }
  comments(first: 30) {
    pageInfo { hasNextPage endCursor }
    nodes { ${REPLY_FIELDS} ${REPLIES} }
  }
`;

const RATE_LIMIT = 'rateLimit { remaining resetAt }';

export const CATEGORIES = `query Categories($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    discussionCategories(first: 100) { nodes { id name isAnswerable } }
  }
  ${RATE_LIMIT}
}`;

/** Newest activity first: an incremental sync stops once it is past what it has. */
export const DISCUSSIONS = `query Discussions($owner: String!, $name: String!, $categoryId: ID!, $after: String) {
  repository(owner: $owner, name: $name) {
    discussions(first: 50, after: $after, categoryId: $categoryId, orderBy: {field: UPDATED_AT, direction: DESC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${DISCUSSION_FIELDS} }
    }
  }
  ${RATE_LIMIT}
}`;

export const MORE_COMMENTS = `query MoreComments($id: ID!, $after: String) {
  node(id: $id) {
    ... on Discussion {
      comments(first: 50, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ${REPLY_FIELDS} ${REPLIES} }
      }
    }
  }
  ${RATE_LIMIT}
}`;

export const MORE_REPLIES = `query MoreReplies($id: ID!, $after: String) {
  node(id: $id) {
    ... on DiscussionComment {
      replies(first: 50, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${REPLY_FIELDS} } }
    }
  }
  ${RATE_LIMIT}
}`;

/** Threads re-read by number (up to 25 a request), aliased `t<number>`. */
export const byNumbers = (numbers: readonly number[]) => `query Threads($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${numbers.map((n) => `t${n}: discussion(number: ${n}) { ${DISCUSSION_FIELDS} }`).join('\n    ')}
  }
  ${RATE_LIMIT}
}`;
