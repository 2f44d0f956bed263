/**
 * The pull-request comment of the translations check, written by this
 * repository's code from the review data a pull request's run uploaded
 * (.github/workflows/translations-comment.yml). The data is untrusted: it is
 * size-checked before it is read, validated, and every string from it is
 * shown as literal text.
 *
 *   tsx scripts/translations-comment.ts --review review.json --out DIR
 *
 *   --review FILE  review.json, written by `scripts/translations-review.ts --out`.
 *   --out DIR      writes DIR/comment.md (the comment's Markdown) and DIR/meta.json:
 *                  {"pullRequest": 12, "labels": ["lang:fr"]}, the labels of the site's
 *                  locales the pull request touches.
 *
 * Data that is not valid review data is an error naming what is wrong, and exit code 1.
 */
import {lstatSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {parseReviewArtifact, REVIEW_LIMITS} from '../plugins/translations/review/reviewArtifact';
import {reviewComment} from '../plugins/translations/review/reviewComment';
import {writeAtomically} from '../plugins/utils/files';
import type {ReviewData} from '../plugins/translations/review/reviewData';

const USAGE = 'tsx scripts/translations-comment.ts --review FILE --out DIR';

/** A regular file (not a link to one elsewhere on the runner) within the size bound, read only then. */
function readBounded(file: string): string {
  const stats = lstatSync(file, {throwIfNoEntry: false});
  if (stats === undefined) throw new Error('no such file');
  if (!stats.isFile()) throw new Error('not a regular file');
  if (stats.size > REVIEW_LIMITS.bytes) throw new Error(`${stats.size} bytes, expected at most ${REVIEW_LIMITS.bytes}`);
  return readFileSync(file, 'utf8');
}

function readReview(file: string): ReviewData {
  try {
    return parseReviewArtifact(readBounded(file));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, {cause: error});
  }
}

async function main() {
  const {values} = parseArgs({options: {review: {type: 'string'}, out: {type: 'string'}}});
  const {review, out} = values;
  if (review === undefined || out === undefined) throw new Error(`--review and --out are required. Usage: ${USAGE}`);
  const data = readReview(review);
  const {body, labels} = reviewComment(data);
  await writeAtomically(path.join(out, 'comment.md'), body);
  await writeAtomically(path.join(out, 'meta.json'), `${JSON.stringify({pullRequest: data.pullRequest, labels})}\n`);
}

main().catch((error: unknown) => {
  // Line by line, so that no line of the data can start a workflow command (`::`) in the job's log.
  for (const line of (error as Error).message.split('\n')) console.error(`translations-comment: ${line}`);
  process.exitCode = 1;
});
