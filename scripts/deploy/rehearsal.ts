/**
 * The deploy workflow's build job as this machine can run it (issue 23: the
 * workflow prints the PDFs and publishes them). Read from
 * `.github/workflows/deploy.yml` itself, so that a rehearsal runs the commands
 * GitHub will run, in the same order, with the same environment; pure, the
 * runner is scripts/rehearse-deploy.ts.
 */
import {parse} from 'yaml';

type WorkflowStep = {name?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown>};
type Workflow = {jobs?: Record<string, {steps?: WorkflowStep[]}>};

/** One step of the rehearsal: a command to run here, or why GitHub alone does it. */
export type RehearsalStep =
  | {kind: 'run'; name: string; run: string; env: Record<string, string>}
  | {kind: 'github'; name: string; why: string};

/** Steps whose work is GitHub's, each with what stands in for it here. */
const GITHUB_ONLY: {test: (step: WorkflowStep) => boolean; why: string}[] = [
  {test: (step) => step.uses?.startsWith('actions/checkout@') === true, why: 'the working tree is the checkout'},
  {test: (step) => step.uses?.startsWith('actions/setup-node@') === true, why: "this machine's Node"},
  {test: (step) => step.run?.trim().startsWith('npm ci') === true, why: 'the packages installed here'},
  {test: (step) => step.run?.includes('forum:sync') === true, why: 'reads GitHub Discussions: the committed snapshot in data/forum is used'},
  {test: (step) => step.run?.includes('apt-get') === true, why: 'system packages: .ci/run installs the same ones here'},
  {test: (step) => step.uses?.startsWith('actions/upload-pages-artifact@') === true, why: 'uploads the folder checked after the rehearsal'},
];

/** What a `${{ … }}` expression of the build job's environment is here: the temporary folder, or empty for GitHub's settings. */
function expressionValue(expression: string, tempDir: string, where: string): string {
  if (expression === 'runner.temp') return tempDir;
  // Secrets, repository variables and the run's context are GitHub's: empty here (no token, no Algolia: the offline search).
  if (/^(secrets|vars|github)\.[\w.]+$/.test(expression)) return '';
  throw new Error(`${where}: the expression "\${{ ${expression} }}" has no value in a rehearsal (expected runner.temp, secrets.*, vars.* or github.*).`);
}

/**
 * The build job of the deploy workflow `source` as rehearsal steps, in order.
 * `tempDir` stands for the runner's temporary folder (`$RUNNER_TEMP`,
 * `${{ runner.temp }}`), `chromiumPath` for the runner's Chrome.
 */
export function rehearsalPlan(source: string, {tempDir, chromiumPath}: {tempDir: string; chromiumPath: string}): RehearsalStep[] {
  const steps = (parse(source) as Workflow).jobs?.build?.steps;
  if (!steps) throw new Error('deploy.yml: no job "build" with steps.');
  return steps.map((step, index): RehearsalStep => {
    const name = step.name ?? step.run ?? step.uses ?? `step ${index + 1}`;
    const githubOnly = GITHUB_ONLY.find(({test}) => test(step));
    if (githubOnly) return {kind: 'github', name, why: githubOnly.why};
    if (step.run === undefined) throw new Error(`deploy.yml, job build, step ${index + 1} (${name}): an action the rehearsal does not know how to stand in for.`);
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [
        key,
        String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => expressionValue(expression, tempDir, `deploy.yml, job build, step ${index + 1}, ${key}`)),
      ]),
    );
    // The runner's Chrome is not on this machine: the one the browser tests use prints the PDFs.
    if ('CHROMIUM_PATH' in env) env.CHROMIUM_PATH = chromiumPath;
    return {kind: 'run', name, run: step.run, env: {...env, RUNNER_TEMP: tempDir}};
  });
}

/** The folder the workflow uploads to GitHub Pages (`upload-pages-artifact`'s `path`). */
export function publishedFolder(source: string): string {
  const upload = (parse(source) as Workflow).jobs?.build?.steps?.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  const folder = upload?.with?.path;
  if (typeof folder !== 'string') throw new Error('deploy.yml: the build job uploads no folder to GitHub Pages (actions/upload-pages-artifact with a path).');
  return folder;
}
