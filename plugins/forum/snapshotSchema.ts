import {Joi} from '@docusaurus/utils-validation';
import {joiProblems} from '../utils/problems';
import {ASSOCIATIONS, CLOSE_REASONS, LOCK_REASONS, MINIMIZED_REASONS} from './types';
import type {DataProblem} from '../utils/problems';

/** The snapshot format this code reads; the sync writes it. */
export const SCHEMA_VERSION = 1;

const EXPECTED: Record<string, string> = {
  '': 'a JSON object',
  schema_version: `the snapshot format version, ${SCHEMA_VERSION}`,
  repository: 'the GitHub repository, owner/name',
  category: 'the name of the Discussions category',
  category_id: 'the GraphQL id of the category (written by the sync)',
  synced_at: 'an ISO 8601 time such as 2026-11-20T08:00:00Z',
  sample: 'true for a made-up sample snapshot, false for one synced from GitHub',
  number: 'the discussion number, a positive integer',
  title: 'the title, as text',
  body: 'the Markdown body, as text',
  url: 'the discussion’s GitHub URL',
  author: '{login, url, association}',
  login: 'a GitHub login',
  association: `one of ${ASSOCIATIONS.join(', ')}`,
  created_at: 'an ISO 8601 time such as 2026-11-20T08:00:00Z',
  updated_at: 'an ISO 8601 time such as 2026-11-20T08:00:00Z',
  labels: 'a list of label names',
  locked: 'true or false',
  lock_reason: `null, or when locked one of ${LOCK_REASONS.join(', ')}`,
  closed: 'true or false',
  close_reason: `null, or when closed one of ${CLOSE_REASONS.join(', ')}`,
  upvotes: 'a count, 0 or more',
  answer_id: 'null or the id of a top-level comment',
  comments: 'a list of comments',
  replies: 'a list of replies',
  id: 'the comment id, as text',
  minimized: 'true or false',
  minimized_reason: `null, or when minimized one of ${MINIMIZED_REASONS.join(', ')}`,
};

const time = Joi.string().isoDate();
const author = Joi.object({
  // GitHub's own rule (letters, digits, inner hyphens, 39 at most), and apps' `[bot]` suffix.
  login: Joi.string().pattern(/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/).required(),
  url: Joi.string().uri({scheme: ['https']}).required(),
  association: Joi.string().valid(...ASSOCIATIONS).required(),
});
const reply = {
  id: Joi.string().required(),
  author: author.required(),
  body: Joi.string().allow('').required(),
  created_at: time.required(),
  updated_at: time.required(),
  upvotes: Joi.number().integer().min(0).required(),
  minimized: Joi.boolean().required(),
  minimized_reason: Joi.when('minimized', {
    is: true,
    then: Joi.string().valid(...MINIMIZED_REASONS).required(),
    otherwise: Joi.valid(null).required(),
  }),
};

const stateSchema = Joi.object({
  schema_version: Joi.number().valid(SCHEMA_VERSION).required(),
  repository: Joi.string().pattern(/^[\w.-]+\/[\w.-]+$/).required(),
  category: Joi.string().required(),
  category_id: Joi.string(),
  synced_at: time.required(),
  sample: Joi.boolean().required(),
});

const threadSchema = Joi.object({
  number: Joi.number().integer().min(1).required(),
  title: Joi.string().required(),
  body: Joi.string().allow('').required(),
  url: Joi.string().uri({scheme: ['https']}).required(),
  author: author.required(),
  created_at: time.required(),
  updated_at: time.required(),
  labels: Joi.array().items(Joi.string()).required(),
  locked: Joi.boolean().required(),
  lock_reason: Joi.when('locked', {is: true, then: Joi.string().valid(...LOCK_REASONS).required(), otherwise: Joi.valid(null).required()}),
  closed: Joi.boolean().required(),
  close_reason: Joi.when('closed', {is: true, then: Joi.string().valid(...CLOSE_REASONS).required(), otherwise: Joi.valid(null).required()}),
  upvotes: Joi.number().integer().min(0).required(),
  answer_id: Joi.string().allow(null).required(),
  comments: Joi.array()
    .items(Joi.object({...reply, replies: Joi.array().items(Joi.object(reply)).required()}))
    .required(),
});

const validate = (schema: Joi.Schema, data: unknown): DataProblem[] => {
  const {error} = schema.required().validate(data, {abortEarly: false, convert: false});
  return error ? joiProblems(error, EXPECTED) : [];
};

export const validateState = (data: unknown) => validate(stateSchema, data);

/** Schema problems of a thread, plus the rules that span fields. */
export function validateThread(data: unknown, fileNumber: number): DataProblem[] {
  const problems = validate(threadSchema, data);
  if (problems.length > 0) return problems;
  const thread = data as {number: number; answer_id: string | null; comments: {id: string}[]};
  if (thread.number !== fileNumber) {
    problems.push({path: ['number'], found: thread.number, expected: `${fileNumber}, the number in the file name`});
  }
  if (thread.answer_id !== null && !thread.comments.some((comment) => comment.id === thread.answer_id)) {
    problems.push({path: ['answer_id'], found: thread.answer_id, expected: EXPECTED.answer_id as string});
  }
  return problems;
}
