import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {parse} from 'yaml';
import {COMMENT_MARKER} from '../../../plugins/translations/review/reviewComment';

/**
 * The github-script step of translations-comment.yml, run as actions/github-script
 * runs it (an async function of require, github, context and core), against
 * a fake GitHub that records what the step asks of it.
 */
type Steps = {jobs: {comment: {steps: {with?: {script?: string}}[]}}};
const workflow = parse(readFileSync(path.join(__dirname, '../../../.github/workflows/translations-comment.yml'), 'utf8')) as Steps;
const script = workflow.jobs.comment.steps.at(-1)?.with?.script ?? '';
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
const step = new AsyncFunction('require', 'github', 'context', 'core', script);

const CHECKED = 'a'.repeat(40);
const BODY = `${COMMENT_MARKER}\n### Translation check\n`;

type Fake = {headSha?: string; comments?: {id: number; user: {login: string}; body: string}[]; labels?: string[]};

async function post({headSha = CHECKED, comments = [], labels = ['lang:fr', 'bug']}: Fake = {}) {
  const calls: [string, Record<string, unknown>][] = [];
  const record = (name: string) => async (params: Record<string, unknown>) => void calls.push([name, params]);
  const github = {
    rest: {
      pulls: {get: async () => ({data: {head: {sha: headSha}}})},
      issues: {
        listComments: 'listComments',
        listLabelsForRepo: 'listLabelsForRepo',
        createComment: record('createComment'),
        updateComment: record('updateComment'),
        addLabels: record('addLabels'),
        createLabel: record('createLabel'),
      },
    },
    paginate: async (method: string) => (method === 'listComments' ? comments : labels.map((name) => ({name}))),
  };
  const core = {notice: vi.fn(), warning: vi.fn()};
  const context = {repo: {owner: 'bsg-hub', repo: 'bsg-hub'}, payload: {workflow_run: {head_sha: CHECKED}}};
  await step(createRequire(__filename), github, context, core);
  return {calls, core};
}

beforeEach(() => {
  // What scripts/translations-comment.ts wrote.
  const dir = mkdtempSync(path.join(tmpdir(), 'bsg-comment-'));
  writeFileSync(path.join(dir, 'comment.md'), BODY);
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({pullRequest: 12, labels: ['lang:fr', 'lang:zh']}));
  vi.stubEnv('COMMENT_DIR', dir);
  return () => vi.unstubAllEnvs();
});

describe('translations-comment.yml, the step that posts', () => {
  it('posts the comment and adds only the labels the repository has, creating none', async () => {
    const {calls, core} = await post();
    expect(calls).toEqual([
      ['createComment', {owner: 'bsg-hub', repo: 'bsg-hub', issue_number: 12, body: BODY}],
      ['addLabels', {owner: 'bsg-hub', repo: 'bsg-hub', issue_number: 12, labels: ['lang:fr']}],
    ]);
    expect(core.warning).toHaveBeenCalledWith('No label lang:zh in this repository: create it to have pull requests labelled.');
  });

  it('updates its own earlier comment, not one that someone else wrote with the marker', async () => {
    const comments = [
      {id: 1, user: {login: 'mallory'}, body: `${COMMENT_MARKER}\nfake`},
      {id: 2, user: {login: 'github-actions[bot]'}, body: `${COMMENT_MARKER}\nold`},
    ];
    const {calls} = await post({comments, labels: []});
    expect(calls).toEqual([['updateComment', {owner: 'bsg-hub', repo: 'bsg-hub', comment_id: 2, body: BODY}]]);
  });

  it('does nothing when the pull request has moved on from the commit that was checked', async () => {
    const {calls, core} = await post({headSha: 'b'.repeat(40)});
    expect(calls).toEqual([]);
    expect(core.notice).toHaveBeenCalledOnce();
  });
});
