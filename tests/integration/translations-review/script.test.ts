import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {COMMENT_MARKER} from '../../../plugins/translations/review/reviewComment';
import type {TranslationProblem} from '../../../plugins/translations/review/problems';

const SITE = path.join(__dirname, '../../..');
const TSX = path.join(SITE, 'node_modules/.bin/tsx');
const FILE = 'i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md';

let dir: string;
const inDir = (name: string) => path.join(dir, name);
const checkOutput = (...problems: TranslationProblem[]) => JSON.stringify({problems});
const pin = (line: number): TranslationProblem => ({file: FILE, line, locale: 'fr', page: 'guidelines/x.md', rule: 'pin', message: 'No translation_of pin'});

/** Runs the real script with `args` (relative to the temporary directory), as the workflow does. */
function review(args: string[]): {code: number; stderr: string} {
  try {
    execFileSync(TSX, [path.join(SITE, 'scripts/translations-review.ts'), ...args], {cwd: dir, stdio: 'pipe', encoding: 'utf8', timeout: 60_000});
    return {code: 0, stderr: ''};
  } catch (error) {
    const {status, stderr} = error as {status: number | null; stderr: string};
    return {code: status ?? 1, stderr};
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bsg-review-'));
  writeFileSync(inDir('changed.txt'), `${FILE}\ni18n/_reference/code.json\n`);
});

describe('scripts/translations-review.ts', () => {
  it('writes comment.md and labels.txt; a missing base file means no problems known in base', () => {
    writeFileSync(inDir('head.json'), checkOutput(pin(1)));
    const inputs = ['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt'];
    expect(review([...inputs, '--out', 'review'])).toEqual({code: 0, stderr: ''});
    expect(readdirSync(inDir('review')).sort()).toEqual(['comment.md', 'labels.txt']);
    const body = readFileSync(inDir('review/comment.md'), 'utf8');
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain(`\`${FILE}:1\` — No translation\\_of pin (pin, new)`);
    expect(readFileSync(inDir('review/labels.txt'), 'utf8')).toBe('lang:fr\n');

    const failed = review([...inputs, '--fail-on-problems']);
    expect(failed).toEqual({code: 1, stderr: `1 translation problem(s) in the files this pull request changes:\n- ${FILE}:1 No translation_of pin (pin)\n`});
  });

  it('passes --fail-on-problems when the pull request fixes what was wrong', () => {
    writeFileSync(inDir('base.json'), checkOutput(pin(3)));
    writeFileSync(inDir('head.json'), checkOutput());
    expect(review(['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt', '--out', 'review', '--fail-on-problems']).code).toBe(0);
    expect(readFileSync(inDir('review/comment.md'), 'utf8')).toContain('🛠️ This pull request fixes 1 problem:');
  });

  it('stops with a one-line error naming a head file that is not the check’s JSON', () => {
    writeFileSync(inDir('base.json'), '');
    writeFileSync(inDir('head.json'), '\n> bsg-hub@0.1.0 translations\n> tsx scripts/translations.ts check --json\n\n{"problems": []}\n');
    const {code, stderr} = review(['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt', '--out', 'review']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^translations-review: head\.json: not JSON \(.+\)\n$/);
    expect(readdirSync(dir)).not.toContain('review');
  });
});
