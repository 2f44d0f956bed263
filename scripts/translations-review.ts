/**
 * The review data of the translations check (.github/workflows/translations-check.yml),
 * from which translations-comment.ts writes the pull request's comment.
 *
 *   tsx scripts/translations-review.ts --base base.json --head head.json --changed changed.txt [--pull-request N --out DIR] [--fail-on-problems]
 *
 *   --base FILE         `npm run --silent translations -- check --json` on the base branch; a missing
 *                       or empty file means no problems are known there.
 *   --head FILE         the same on the pull request.
 *   --changed FILE      the files the pull request changes, one path a line (`git diff --name-only`).
 *   --pull-request N    the pull request's number, written into the review data.
 *   --out DIR           writes DIR/review.json: the problems in the changed files, on base and head
 *                       (plugins/translations/review/reviewData.ts). Needs --pull-request.
 *   --fail-on-problems  lists the problems in the changed files on stderr and exits with 1 if there are any.
 *   --author LOGIN      the pull request's author (from the event payload: data, only compared). With it,
 *                       the changed translations' review states are checked (review/reviewRules.ts):
 *   --base-site DIR     the base branch's checkout: its reviewers file (a pull request cannot list its own
 *                       author) and its versions of the changed files;
 *   --site DIR          the pull request's checkout (default: the current directory).
 *
 * An input that cannot be read (a head file that is not the check's JSON) is
 * a one-line error naming the file, and exit code 1.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {parseCheckOutput} from '../plugins/translations/review/problems';
import {parseReviewArtifact} from '../plugins/translations/review/reviewArtifact';
import {problemsInChangedFiles, reviewData} from '../plugins/translations/review/reviewData';
import {pullRequestReviewProblems, translationFiles} from '../plugins/translations/review/reviewRules';
import {readReviewers} from '../plugins/translations/reviewers/reviewers';
import {writeAtomically} from '../plugins/utils/files';
import type {TranslationProblem} from '../plugins/translations/review/problems';

const USAGE = 'tsx scripts/translations-review.ts --base FILE --head FILE --changed FILE [--pull-request N --out DIR] [--fail-on-problems] [--author LOGIN --base-site DIR [--site DIR]]';

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

/** A file of a checkout, or `null` when it has none (added or deleted by the pull request). */
const readOptional = (dir: string, file: string) => {
  const text = read(path.join(dir, file), {optional: true});
  return text === '' && !existsSync(path.join(dir, file)) ? null : text;
};

/** Review-state problems of the changed translations: who set `reviewed`, and text changed under a kept review. */
async function reviewProblems({author, baseSite, site, changedFiles}: {author: string; baseSite: string; site: string; changedFiles: readonly string[]}): Promise<TranslationProblem[]> {
  const changed = translationFiles(changedFiles).flatMap((file) => {
    const head = readOptional(site, file.file);
    return head === null ? [] : [{...file, head, base: readOptional(baseSite, file.file)}];
  });
  return pullRequestReviewProblems(changed, {author, reviewers: await readReviewers(baseSite)});
}

function pullRequestNumber(value: string | undefined): number {
  if (value === undefined || !/^[1-9][0-9]{0,8}$/.test(value)) throw new Error(`--pull-request should be a pull request number, found ${JSON.stringify(value ?? null)}. Usage: ${USAGE}`);
  return Number(value);
}

async function main() {
  const {values} = parseArgs({
    options: {
      base: {type: 'string'},
      head: {type: 'string'},
      changed: {type: 'string'},
      'pull-request': {type: 'string'},
      out: {type: 'string'},
      'fail-on-problems': {type: 'boolean', default: false},
      author: {type: 'string'},
      'base-site': {type: 'string'},
      site: {type: 'string', default: '.'},
    },
  });
  const {base, head, changed, out} = values;
  if (base === undefined || head === undefined || changed === undefined) throw new Error(`--base, --head and --changed are required. Usage: ${USAGE}`);
  const changedFiles = read(changed).split(/\r?\n/).filter(Boolean);
  const {author, 'base-site': baseSite} = values;
  if ((author === undefined) !== (baseSite === undefined)) throw new Error(`--author and --base-site go together. Usage: ${USAGE}`);
  const headProblems = [...readProblems(head), ...(author !== undefined && baseSite !== undefined ? await reviewProblems({author, baseSite, site: values.site, changedFiles}) : [])];
  if (out !== undefined) {
    const data = reviewData({pullRequest: pullRequestNumber(values['pull-request']), base: readProblems(base, {optional: true}), head: headProblems, changedFiles});
    const json = `${JSON.stringify(data, null, 1)}\n`;
    const target = path.join(out, 'review.json');
    try {
      // The commenting workflow reads it within these bounds: fail here, where the reason shows in the check's log.
      parseReviewArtifact(json);
    } catch (error) {
      throw new Error(`${target} would be refused by translations-comment: ${(error as Error).message}`, {cause: error});
    }
    await writeAtomically(target, json);
  }
  const problems = problemsInChangedFiles(headProblems, changedFiles);
  if (values['fail-on-problems'] && problems.length > 0) {
    console.error(`${problems.length} translation problem(s) in the files this pull request changes:`);
    for (const problem of problems) console.error(logLine(`- ${problem.file}:${problem.line} ${problem.message} (${problem.rule})`));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`translations-review: ${logLine((error as Error).message)}`);
  process.exitCode = 1;
});
