import {TRANSLATED_LOCALES} from '../../../locales';
import {inspect} from 'node:util';
import {Joi} from '@docusaurus/utils-validation';
import {CHECK_RULES} from '../check/checkTranslation';
import {joiProblems} from '../../utils/problems';
import {oneLine} from './markdownText';
import {REVIEW_DATA_VERSION} from './reviewData';
import type {DataProblem} from '../../utils/problems';
import type {ReviewData} from './reviewData';

/**
 * Bounds on review.json, which a pull request's run writes (a fork's code
 * can write anything) and the privileged workflow reads. Far above what a
 * real pull request needs: the check's messages are one line, and GitHub
 * itself shows at most 3,000 changed files.
 */
export const REVIEW_LIMITS = {
  bytes: 4 * 1024 * 1024,
  changedFiles: 5_000,
  problems: 5_000,
  pathChars: 500,
  messageChars: 1_000,
  line: 10_000_000,
  elsewhere: 1_000_000,
} as const;

const EXPECTED: Record<string, string> = {
  '': 'a JSON object {version, pullRequest, changedFiles, base, head, elsewhere}',
  version: `the format version, ${REVIEW_DATA_VERSION}`,
  pullRequest: 'a pull request number, a positive integer',
  changedFiles: `a list of at most ${REVIEW_LIMITS.changedFiles} paths relative to the repository, without . or .. segments`,
  base: `a list of at most ${REVIEW_LIMITS.problems} problems {file, line, locale, page, rule, message}`,
  head: `a list of at most ${REVIEW_LIMITS.problems} problems {file, line, locale, page, rule, message}`,
  elsewhere: `a count, 0 to ${REVIEW_LIMITS.elsewhere}`,
  file: `a translation, i18n/<locale>/… (locale: ${TRANSLATED_LOCALES.join(', ')}), at most ${REVIEW_LIMITS.pathChars} characters`,
  line: `a line number, 1 to ${REVIEW_LIMITS.line}`,
  locale: `the file's locale, one of ${TRANSLATED_LOCALES.join(', ')}`,
  page: `the page's path, at most ${REVIEW_LIMITS.pathChars} characters`,
  rule: `one of ${CHECK_RULES.join(', ')}`,
  message: `text of 1 to ${REVIEW_LIMITS.messageChars} characters`,
};

/** A path inside the repository: no absolute path, no `.` or `..`, no empty segment, no control character. */
const isRepositoryPath = (value: string) =>
  value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/\p{Cc}/u.test(segment));

const path = Joi.string()
  .max(REVIEW_LIMITS.pathChars)
  .custom((value: string, helpers) => (isRepositoryPath(value) ? value : helpers.error('any.invalid')));

const problem = Joi.object({
  file: path.custom((value: string, helpers) => {
    const [top, locale] = value.split('/');
    return top === 'i18n' && locale === helpers.state.ancestors[0].locale ? value : helpers.error('any.invalid');
  }),
  line: Joi.number().integer().min(1).max(REVIEW_LIMITS.line),
  locale: Joi.string().valid(...TRANSLATED_LOCALES),
  page: path,
  rule: Joi.string().valid(...CHECK_RULES),
  message: Joi.string().max(REVIEW_LIMITS.messageChars),
});

const problems = Joi.array().items(problem).max(REVIEW_LIMITS.problems);

const schema = Joi.object({
  version: Joi.number().valid(REVIEW_DATA_VERSION),
  pullRequest: Joi.number().integer().min(1).max(2 ** 31 - 1),
  changedFiles: Joi.array().items(path).max(REVIEW_LIMITS.changedFiles),
  base: problems,
  head: problems,
  elsewhere: Joi.number().integer().min(0).max(REVIEW_LIMITS.elsewhere),
}).options({presence: 'required'});

/** Listed per error; the others are counted. */
const MAX_LISTED = 20;

const formatPath = (segments: readonly (string | number)[]) =>
  segments.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('') || '(root)';

/** A found value in an error message: on one line, and cut, since it may be huge. */
const formatFound = (found: unknown) => (found === undefined ? 'nothing' : inspect(found, {breakLength: Infinity, depth: 1, maxArrayLength: 3, maxStringLength: 80}));

function describeProblems(problems: readonly DataProblem[]): string {
  // Keys and Joi's messages quote the data too: each problem is one line, cut.
  const lines = problems.slice(0, MAX_LISTED).map((p) => oneLine(`- ${formatPath(p.path)}: found ${formatFound(p.found)}, expected ${p.expected}`).slice(0, 400));
  const more = problems.length > MAX_LISTED ? [`…and ${problems.length - MAX_LISTED} more`] : [];
  return [`${problems.length} problem(s):`, ...lines, ...more].join('\n');
}

/** JSON.parse keeps `__proto__` as a key, which Joi does not report; nothing here has one. */
function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__') throw new Error('a key named __proto__, which no field has');
    return value;
  });
}

/**
 * Reads review.json as untrusted data: its size first, then JSON without
 * `__proto__` keys, then the schema, reporting every problem. Returns data
 * that satisfies `ReviewData` and the bounds above, or throws an `Error`.
 */
export function parseReviewArtifact(text: string): ReviewData {
  if (text.length > REVIEW_LIMITS.bytes) throw new Error(`${text.length} characters, expected at most ${REVIEW_LIMITS.bytes}`);
  let data: unknown;
  try {
    data = parseJson(text);
  } catch (error) {
    throw new Error(`not review data: ${(error as Error).message}`, {cause: error});
  }
  const {error} = schema.required().validate(data, {abortEarly: false, convert: false});
  if (error) throw new Error(`not review data: ${describeProblems(joiProblems(error, EXPECTED))}`, {cause: error});
  return data as ReviewData;
}
