import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {REVIEW_LIMITS} from '../../../plugins/translations/review/reviewArtifact';
import {COMMENT_MARKER} from '../../../plugins/translations/review/reviewComment';
import type {TranslationProblem} from '../../../plugins/translations/review/problems';
import type {ReviewData} from '../../../plugins/translations/review/reviewData';

const SITE = path.join(__dirname, '../../..');
const TSX = path.join(SITE, 'node_modules/.bin/tsx');
const FILE = 'i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md';

let dir: string;
const inDir = (name: string) => path.join(dir, name);
const checkOutput = (...problems: TranslationProblem[]) => JSON.stringify({problems});
const pin = (line: number): TranslationProblem => ({file: FILE, line, locale: 'fr', page: 'guidelines/x.md', rule: 'pin', message: 'No translation_of pin'});

/** Runs a real script with `args` (relative to the temporary directory), as the workflows do. */
function run(script: string, args: string[]): {code: number; stderr: string} {
  try {
    execFileSync(TSX, [path.join(SITE, 'scripts', script), ...args], {cwd: dir, stdio: 'pipe', encoding: 'utf8', timeout: 60_000});
    return {code: 0, stderr: ''};
  } catch (error) {
    const {status, stderr} = error as {status: number | null; stderr: string};
    return {code: status ?? 1, stderr};
  }
}

const review = (args: string[]) => run('translations-review.ts', args);
const comment = (args: string[]) => run('translations-comment.ts', args);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bsg-review-'));
  writeFileSync(inDir('changed.txt'), `${FILE}\ni18n/_reference/code.json\n`);
});

describe('scripts/translations-review.ts', () => {
  it('writes review.json, data only; a missing base file means no problems known in base', () => {
    writeFileSync(inDir('head.json'), checkOutput(pin(1), {...pin(1), file: 'i18n/fr/other.md'}));
    const inputs = ['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt'];
    expect(review([...inputs, '--pull-request', '12', '--out', 'review'])).toEqual({code: 0, stderr: ''});
    expect(readdirSync(inDir('review'))).toEqual(['review.json']);
    expect(JSON.parse(readFileSync(inDir('review/review.json'), 'utf8'))).toEqual({
      version: 1,
      pullRequest: 12,
      changedFiles: [FILE, 'i18n/_reference/code.json'],
      base: [],
      head: [pin(1)],
      elsewhere: 1,
    });
    expect(review([...inputs, '--pull-request', '12; rm -rf /', '--out', 'review'])).toEqual({
      code: 1,
      stderr: `translations-review: --pull-request should be a pull request number, found "12; rm -rf /". Usage: tsx scripts/translations-review.ts --base FILE --head FILE --changed FILE [--pull-request N --out DIR] [--fail-on-problems] [--author LOGIN --base-site DIR [--site DIR]]\n`,
    });

    const failed = review([...inputs, '--fail-on-problems']);
    expect(failed).toEqual({code: 1, stderr: `1 translation problem(s) in the files this pull request changes:\n- ${FILE}:1 No translation_of pin (pin)\n`});
  });

  it('passes --fail-on-problems when the pull request fixes what was wrong', () => {
    writeFileSync(inDir('base.json'), checkOutput(pin(3)));
    writeFileSync(inDir('head.json'), checkOutput());
    expect(review(['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt', '--pull-request', '3', '--out', 'review', '--fail-on-problems']).code).toBe(0);
    expect(comment(['--review', 'review/review.json', '--out', 'comment']).code).toBe(0);
    expect(readFileSync(inDir('comment/comment.md'), 'utf8')).toContain('🛠️ This pull request fixes 1 problem:');
  });

  it('stops with a one-line error naming a head file that is not the check’s JSON', () => {
    writeFileSync(inDir('base.json'), '');
    writeFileSync(inDir('head.json'), '\n> bsg-hub@0.1.0 translations\n> tsx scripts/translations.ts check --json\n\n{"problems": []}\n');
    const {code, stderr} = review(['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt', '--pull-request', '3', '--out', 'review']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^translations-review: head\.json: not JSON \(.+\)\n$/);
    expect(readdirSync(dir)).not.toContain('review');
  });
});

describe('scripts/translations-comment.ts', () => {
  const hostile: ReviewData = {
    version: 1,
    pullRequest: 12,
    changedFiles: [FILE, 'i18n/es/code.json', 'docs/x.md'],
    base: [],
    head: [{...pin(1), message: 'Your account is locked: sign in at [GitHub](https://evil.example) @bsg-hub/admins #1 <img src=x onerror=alert(1)>'}],
    elsewhere: 0,
  };

  it('writes the comment and the labels from hostile but valid data, all of it as plain text', () => {
    writeFileSync(inDir('review.json'), JSON.stringify(hostile));
    expect(comment(['--review', 'review.json', '--out', 'out'])).toEqual({code: 0, stderr: ''});
    const body = readFileSync(inDir('out/comment.md'), 'utf8');
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('sign in at \\[GitHub\\]\\(https:&#8203;//evil.example\\) @&#8203;bsg-hub/admins #&#8203;1 \\<img src=x onerror=alert\\(1\\)\\>');
    expect(JSON.parse(readFileSync(inDir('out/meta.json'), 'utf8'))).toEqual({pullRequest: 12, labels: ['lang:es', 'lang:fr']});
  });

  it('refuses data it should not read, saying why, and writes nothing', () => {
    writeFileSync(inDir('review.json'), JSON.stringify({...hostile, changedFiles: ['i18n/../.github/workflows/x.yml'], labels: ['admin']}));
    expect(comment(['--review', 'review.json', '--out', 'out'])).toEqual({
      code: 1,
      stderr: [
        'translations-comment: review.json: not review data: 2 problem(s):',
        "translations-comment: - changedFiles[0]: found 'i18n/../.github/workflows/x.yml', expected a list of at most 5000 paths relative to the repository, without . or .. segments",
        'translations-comment: - labels: found [ \'admin\' ], expected "labels" is not allowed',
        '',
      ].join('\n'),
    });
    writeFileSync(inDir('big.json'), ' '.repeat(REVIEW_LIMITS.bytes + 1));
    expect(comment(['--review', 'big.json', '--out', 'out']).stderr).toBe(`translations-comment: big.json: ${REVIEW_LIMITS.bytes + 1} bytes, expected at most ${REVIEW_LIMITS.bytes}\n`);
    symlinkSync(path.join(SITE, 'package.json'), inDir('link.json'));
    expect(comment(['--review', 'link.json', '--out', 'out']).stderr).toBe('translations-comment: link.json: not a regular file\n');
    expect(readdirSync(dir)).not.toContain('out');
  });
});

describe('scripts/translations-review.ts --author (issue 22: who may set reviewed)', () => {
  const REVIEWED = '---\ntranslation:\n  state: reviewed\n  date: 2026-11-20\n  reviewer: ana-fr\n---\nTexte.\n';
  beforeEach(() => {
    for (const [site, reviewers] of [['base', 'fr: [ana-fr]'], ['head', 'fr: [ana-fr, mallory]']] as const) {
      execFileSync('mkdir', ['-p', inDir(`${site}/data/translations`), path.dirname(inDir(`${site}/${FILE}`))]);
      writeFileSync(inDir(`${site}/data/translations/reviewers.yml`), `ar: []\nes: []\n${reviewers}\nru: []\nzh: []\n`);
    }
    writeFileSync(inDir(`head/${FILE}`), REVIEWED);
    writeFileSync(inDir('head.json'), checkOutput());
  });
  const inputs = ['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt', '--base-site', 'base', '--site', 'head'];

  it("fails a pull request that sets reviewed when its author is not listed in the base branch's file, and says so in the review data", () => {
    const failed = review([...inputs, '--author', 'mallory', '--fail-on-problems', '--pull-request', '3', '--out', 'review']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`- ${FILE}:3 this pull request sets or keeps state: reviewed, and mallory is not a reviewer listed for fr`);
    const data = JSON.parse(readFileSync(inDir('review/review.json'), 'utf8')) as ReviewData;
    expect(data.head.map((p) => p.rule)).toEqual(['reviewer']);
    expect(review([...inputs, '--author', 'ana-fr', '--fail-on-problems'])).toEqual({code: 0, stderr: ''});
  });

  it('needs the base checkout with the author', () => {
    expect(review(['--base', 'base.json', '--head', 'head.json', '--changed', 'changed.txt', '--author', 'ana-fr']).stderr).toContain('--author and --base-site go together');
  });
});
