import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

/**
 * The security rules every workflow follows (issue 13): least privilege,
 * no token left in .git/config, actions pinned to a commit, and no
 * expression spliced into a script (where a pull request's title or branch
 * name would become shell code).
 */

const DIR = path.join(__dirname, '../../../.github/workflows');
const FILES = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file)).sort();

type Permissions = Record<string, string> | string | undefined;
type Step = {uses?: string; run?: string; with?: Record<string, unknown>};
type Job = {permissions?: Permissions; steps?: Step[]};
type Workflow = {permissions?: Permissions; jobs: Record<string, Job>};

/** `owner/repo[/path]@<commit>  # vX.Y.Z`: the commit is what runs, the comment says which release it is. */
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/;
/** Only the job that publishes to GitHub Pages may do so. */
const DEPLOY_ONLY = ['pages', 'id-token'];

const writes = (permissions: Permissions): string[] =>
  typeof permissions === 'string'
    ? permissions === 'read-all' ? [] : ['(all)']
    : Object.entries(permissions ?? {}).filter(([, access]) => access === 'write').map(([scope]) => scope);

function permissionProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (workflow.permissions === undefined && job.permissions === undefined) problems.push(`job ${name} has no permissions, and neither has the workflow`);
    const deploys = (job.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@'));
    for (const scope of writes(job.permissions)) {
      if (DEPLOY_ONLY.includes(scope) && !deploys) problems.push(`job ${name} has ${scope}: write but does not deploy to Pages`);
      if (scope === '(all)') problems.push(`job ${name} can write everything`);
    }
  }
  for (const scope of writes(workflow.permissions)) {
    if (DEPLOY_ONLY.includes(scope) || scope === '(all)') problems.push(`the workflow gives ${scope}: write to every job`);
  }
  return problems;
}

function stepProblems(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([name, job]) =>
    (job.steps ?? []).flatMap((step, index) => {
      const where = `job ${name}, step ${index + 1}`;
      const problems: string[] = [];
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) problems.push(`${where}: checkout without persist-credentials: false`);
      if (step.uses !== undefined && !/@[0-9a-f]{40}$/.test(step.uses)) problems.push(`${where}: ${step.uses} is not pinned to a commit`);
      for (const code of [step.run, step.with?.script]) {
        if (typeof code === 'string' && code.includes('${{')) problems.push(`${where}: an expression in a script (pass it through env)`);
      }
      return problems;
    }),
  );
}

/** `uses:` lines as written, for the version comment that YAML parsing drops. */
const usesLineProblems = (source: string) =>
  source
    .split('\n')
    .flatMap((line, index) => {
      const value = /^\s*(?:-\s+)?uses:\s*(.*)$/.exec(line)?.[1];
      return value === undefined || PINNED.test(value.trim()) ? [] : [`line ${index + 1}: ${value.trim()} is not owner/repo@<commit> # vX.Y.Z`];
    });

/** What is wrong with a workflow file, `[]` when nothing is. */
export function workflowProblems(source: string): string[] {
  const workflow = parse(source) as Workflow;
  return [...permissionProblems(workflow), ...stepProblems(workflow), ...usesLineProblems(source)];
}

const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

describe('workflows', () => {
  it('finds the workflows', () => {
    expect(FILES).toEqual(['ci.yml', 'deploy.yml', 'translations-check.yml', 'translations-comment.yml']);
  });

  it.each(FILES)('%s: least privilege, no persisted token, pinned actions, no expression in a script', (file) => {
    expect(workflowProblems(read(file))).toEqual([]);
  });

  it('ci.yml can only read the repository', () => {
    expect((parse(read('ci.yml')) as Workflow).permissions).toEqual({contents: 'read'});
  });

  it('deploy.yml: the build can only read; only the deploy job can publish', () => {
    const {permissions, jobs} = parse(read('deploy.yml')) as Workflow;
    expect(permissions).toEqual({});
    expect(jobs.build?.permissions).toEqual({contents: 'read', discussions: 'read'});
    expect(jobs.deploy?.permissions).toEqual({pages: 'write', 'id-token': 'write'});
  });

  // The rules catch what they are for: each mutation of a real workflow is reported.
  it.each([
    ['a job with no permissions', 'ci.yml', (s: string) => s.replace(/^permissions:\n {2}contents: read\n/m, ''), 'job test has no permissions, and neither has the workflow'],
    ['pages: write on the build', 'deploy.yml', (s: string) => s.replace('      discussions: read\n', '      discussions: read\n      pages: write\n'), 'job build has pages: write but does not deploy to Pages'],
    ['id-token: write for every job', 'deploy.yml', (s: string) => s.replace('permissions: {}', 'permissions:\n  id-token: write'), 'the workflow gives id-token: write to every job'],
    ['write-all', 'translations-check.yml', (s: string) => s.replace(/^permissions:\n {2}contents: read\n/m, 'permissions: write-all\n'), 'the workflow gives (all): write to every job'],
    ['a persisted token', 'translations-check.yml', (s: string) => s.replace('persist-credentials: false', 'persist-credentials: true'), 'job check, step 1: checkout without persist-credentials: false'],
    ['a checkout with no persist-credentials', 'ci.yml', (s: string) => s.replace('          persist-credentials: false\n', ''), 'job test, step 1: checkout without persist-credentials: false'],
    ['an action by tag', 'deploy.yml', (s: string) => s.replace(/deploy-pages@\w+ # v4.0.5/, 'deploy-pages@v4'), 'job deploy, step 1: actions/deploy-pages@v4 is not pinned to a commit'],
    ['a pin without its version', 'translations-comment.yml', (s: string) => s.replace(' # v7.0.1', ''), 'is not owner/repo@<commit> # vX.Y.Z'],
    ['an expression in run', 'translations-check.yml', (s: string) => s.replace('"$PR_NUMBER"', '${{ github.event.pull_request.title }}'), 'an expression in a script (pass it through env)'],
    ['an expression in github-script', 'translations-comment.yml', (s: string) => s.replace("const {owner, repo} = context.repo;", 'const title = "${{ github.event.workflow_run.head_branch }}";'), 'job comment, step 6: an expression in a script'],
  ])('reports %s', (_, file, mutate, problem) => {
    const mutated = mutate(read(file));
    expect(mutated).not.toBe(read(file));
    expect(workflowProblems(mutated).join('\n')).toContain(problem);
  });
});
