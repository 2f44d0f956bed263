import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {publishedFolder, rehearsalPlan} from '../../../scripts/deploy/rehearsal';

const SOURCE = readFileSync(path.join(__dirname, '../../../.github/workflows/deploy.yml'), 'utf8');
const OPTIONS = {tempDir: '/tmp/rehearsal', chromiumPath: '/usr/bin/chromium'};

describe('the deploy workflow, rehearsed here (issue 23)', () => {
  it("runs the build job's own commands in order, GitHub's steps stood in for", () => {
    const plan = rehearsalPlan(SOURCE, OPTIONS);
    expect(plan.map((step) => (step.kind === 'run' ? step.run : `(GitHub) ${step.name}`))).toEqual([
      '(GitHub) actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      '(GitHub) actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      '(GitHub) npm ci --no-audit --no-fund',
      '(GitHub) Sync the forum snapshot from GitHub Discussions',
      'npm run build',
      '(GitHub) Fonts for the PDFs (Arabic and Chinese, embedded by Chromium)',
      'npm run pdf -- --out-dir "$RUNNER_TEMP/pdf"',
      'npm run build',
      '(GitHub) actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa',
    ]);
  });

  it("gives each command the workflow's environment: the runner's folder, this machine's Chromium, GitHub's settings empty", () => {
    const runs = rehearsalPlan(SOURCE, OPTIONS).flatMap((step) => (step.kind === 'run' ? [step.env] : []));
    expect(runs[0]).toEqual({BSG_HUB_SEARCH: 'off', RUNNER_TEMP: '/tmp/rehearsal'});
    expect(runs[1]).toEqual({CHROMIUM_PATH: '/usr/bin/chromium', RUNNER_TEMP: '/tmp/rehearsal'});
    expect(runs[2]).toEqual({
      BSG_HUB_PDF_DIR: '/tmp/rehearsal/pdf',
      ALGOLIA_APP_ID: '',
      ALGOLIA_SEARCH_API_KEY: '',
      ALGOLIA_INDEX_NAME: '',
      RUNNER_TEMP: '/tmp/rehearsal',
    });
  });

  it('publishes the build folder', () => {
    expect(publishedFolder(SOURCE)).toBe('build');
  });

  it('refuses what it cannot stand in for, naming the step', () => {
    const unknownAction = SOURCE.replace('      - name: First build, for the PDFs\n', '      - uses: someone/cache@0123456789012345678901234567890123456789 # v1.0.0\n      - name: First build, for the PDFs\n');
    expect(() => rehearsalPlan(unknownAction, OPTIONS)).toThrow(/job build, step 5 \(someone\/cache@.*\): an action the rehearsal does not know/);
    const unknownExpression = SOURCE.replace('${{ runner.temp }}/pdf', '${{ steps.pdf.outputs.dir }}');
    expect(() => rehearsalPlan(unknownExpression, OPTIONS)).toThrow('step 8, BSG_HUB_PDF_DIR: the expression "${{ steps.pdf.outputs.dir }}" has no value in a rehearsal');
    expect(() => publishedFolder(SOURCE.replace('          path: build\n', ''))).toThrow('uploads no folder');
  });
});
