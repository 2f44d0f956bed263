import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {COMMENT_MARKER} from '../../../plugins/translations/review/reviewComment';

type Step = {uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>};
type Workflow = {
  name: string;
  on: Record<string, Record<string, unknown>>;
  permissions: Record<string, string>;
  jobs: Record<string, {permissions?: unknown; steps: Step[]}>;
};

const workflow = (name: string) => parse(readFileSync(path.join(__dirname, '../../../.github/workflows', name), 'utf8')) as Workflow;
const check = workflow('translations-check.yml');
const comment = workflow('translations-comment.yml');
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
/** The code each step runs: shell scripts and github-script sources. */
const scripts = (w: Workflow) => steps(w).flatMap((step) => [step.run, step.with?.script].filter((code) => typeof code === 'string'));

describe('translation review workflows', () => {
  it('check: runs on pull requests that touch i18n/, with a read-only token and the full history', () => {
    expect(check.on).toEqual({pull_request: {paths: ['i18n/**']}});
    expect(check.permissions).toEqual({contents: 'read'});
    expect(Object.values(check.jobs).map((job) => job.permissions)).toEqual([undefined]);
    const checkout = steps(check).find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({'fetch-depth': 0, 'persist-credentials': false});
    expect(steps(check).find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with?.name).toBe('translations-review');
  });

  it('check: uploads the review data only', () => {
    const upload = steps(check).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('review/');
    expect(scripts(check).join('\n')).toContain('scripts/translations-review.ts --base base.json --head head.json --changed changed.txt --pull-request "$PR_NUMBER" --out review --author "$PR_AUTHOR" --base-site ../base\n');
  });

  it('comment: runs after the check by its exact name, and never runs the pull request’s code', () => {
    expect(comment.on).toEqual({workflow_run: {workflows: [check.name], types: ['completed']}});
    expect(comment.permissions).toEqual({contents: 'read', actions: 'read', 'pull-requests': 'write', issues: 'write'});
    expect(steps(comment).map((step) => step.uses?.replace(/@.*/, '') ?? step.run)).toEqual([
      'actions/download-artifact',
      'actions/checkout',
      'actions/setup-node',
      'npm ci --ignore-scripts --no-audit --no-fund',
      'npx tsx scripts/translations-comment.ts --review "$RUNNER_TEMP/review/review.json" --out "$RUNNER_TEMP/comment"',
      'actions/github-script',
    ]);
    // The default branch's code; the artifact beside it, not in it.
    expect(steps(comment)[1]?.with).toEqual({ref: '${{ github.event.repository.default_branch }}', 'persist-credentials': false});
    expect(steps(comment)[0]?.with).toMatchObject({name: 'translations-review', path: '${{ runner.temp }}/review'});
    // The same marker as the comment's first line, or every run would add a comment.
    expect(scripts(comment).join('\n')).toContain(`const MARKER = '${COMMENT_MARKER}';`);
  });

  it('comment: adds only labels the repository has, never creates one', () => {
    const script = scripts(comment).join('\n');
    expect(script).toContain('github.rest.issues.listLabelsForRepo');
    expect(script).toContain('labels: known');
    expect(script).not.toMatch(/createLabel|updateLabel/);
  });

  it('splices no expression into a script: values reach scripts through env or files', () => {
    for (const code of [...scripts(check), ...scripts(comment)]) expect(code).not.toContain('${{');
    expect(scripts(comment).join('\n')).not.toMatch(/\beval\b|new Function/);
  });
});
