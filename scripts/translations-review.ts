/**
 * The pull-request comment of the translations check (.github/workflows/translations-check.yml).
 *
 *   tsx scripts/translations-review.ts --base base.json --head head.json --changed changed.txt [--out DIR] [--fail-on-problems]
 *
 *   --base FILE         `npm run --silent translations -- check --json` on the base branch; a missing
 *                       or empty file means no problems are known there.
 *   --head FILE         the same on the pull request.
 *   --changed FILE      the files the pull request changes, one path a line (`git diff --name-only`).
 *   --out DIR           writes DIR/comment.md and DIR/labels.txt (`lang:xx`, one a line).
 *   --fail-on-problems  lists the problems in the changed files on stderr and exits with 1 if there are any.
 *
 * An input that cannot be read (a head file that is not the check's JSON) is
 * a one-line error naming the file, and exit code 1.
 */
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {parseCheckOutput} from '../plugins/translations/review/problems';
import {problemsInChangedFiles, reviewComment} from '../plugins/translations/review/reviewComment';
import type {TranslationProblem} from '../plugins/translations/review/problems';

const USAGE = 'tsx scripts/translations-review.ts --base FILE --head FILE --changed FILE [--out DIR] [--fail-on-problems]';

const read = (file: string, {optional = false} = {}) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (optional && missing) return '';
    throw new Error(`${file}: ${missing ? 'no such file' : (error as Error).message}`, {cause: error});
  }
};

function readProblems(file: string, {optional = false} = {}): TranslationProblem[] {
  const json = read(file, {optional});
  if (optional && json.trim() === '') return [];
  try {
    return parseCheckOutput(json);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, {cause: error});
  }
}

/**
 * Contributor text on one line of the job's log, where the runner would obey
 * a line starting with `::` or holding `##[` as a workflow command. Lines
 * start with `- `; a zero-width space breaks up `##[`.
 */
const logLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/##\[/g, '##\u200b[');

/** Atomic write: the upload step never sees half a file. */
function write(target: string, content: string) {
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
}

function main() {
  const {values} = parseArgs({
    options: {
      base: {type: 'string'},
      head: {type: 'string'},
      changed: {type: 'string'},
      out: {type: 'string'},
      'fail-on-problems': {type: 'boolean', default: false},
    },
  });
  const {base, head, changed, out} = values;
  if (base === undefined || head === undefined || changed === undefined) throw new Error(`--base, --head and --changed are required. Usage: ${USAGE}`);
  const changedFiles = read(changed).split(/\r?\n/).filter(Boolean);
  const headProblems = readProblems(head);
  const review = reviewComment({base: readProblems(base, {optional: true}), head: headProblems, changedFiles});
  if (out !== undefined) {
    mkdirSync(out, {recursive: true});
    write(path.join(out, 'comment.md'), review.body);
    write(path.join(out, 'labels.txt'), review.labels.map((label) => `${label}\n`).join(''));
  }
  const problems = problemsInChangedFiles(headProblems, changedFiles);
  if (values['fail-on-problems'] && problems.length > 0) {
    console.error(`${problems.length} translation problem(s) in the files this pull request changes:`);
    for (const problem of problems) console.error(logLine(`- ${problem.file}:${problem.line} ${problem.message} (${problem.rule})`));
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error) {
  console.error(`translations-review: ${(error as Error).message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
