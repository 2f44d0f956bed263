import {markdownCode, markdownText} from './markdownText';
import {localesTouched, problemsInChangedFiles} from './reviewData';
import type {TranslationProblem} from './problems';
import type {ReviewData} from './reviewData';

/** First line of the comment: a later run finds the comment by it and updates it instead of adding another. */
export const COMMENT_MARKER = '<!-- bsg-hub:translations-check -->';

/** Problems listed per section; the rest are counted ("and 12 more"). */
const MAX_LISTED = 50;
/**
 * Characters per section, file headings included. GitHub refuses comments
 * over 65,536 characters: two sections and the fixed text stay well under it.
 */
const MAX_SECTION_CHARS = 20_000;
/** Messages and paths come from contributors' files: a runaway one is cut. */
const MAX_MESSAGE_CHARS = 300;
const MAX_PATH_CHARS = 200;

const keyOf = (problem: TranslationProblem) => JSON.stringify([problem.file, problem.rule, problem.message]);

/**
 * The problems of `problems` that match none of `others`, one for one. They
 * match by file, rule and message, not line: lines shift when a translator
 * edits above the problem.
 */
function unmatched(problems: readonly TranslationProblem[], others: readonly TranslationProblem[]): TranslationProblem[] {
  const left = new Map<string, number>();
  for (const key of others.map(keyOf)) left.set(key, (left.get(key) ?? 0) + 1);
  return problems.filter((problem) => {
    const key = keyOf(problem);
    const count = left.get(key) ?? 0;
    left.set(key, count - 1);
    return count <= 0;
  });
}

/** Contributor text, literal. */
const text = (value: string) => markdownText(value, MAX_MESSAGE_CHARS);
/** A path, in a code span. */
const code = (value: string) => markdownCode(value, MAX_PATH_CHARS);

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The first lines a section shows: at most MAX_LISTED, in at most MAX_SECTION_CHARS. */
function fitting<T>(items: readonly T[], render: (item: T, index: number) => string): string[] {
  const lines: string[] = [];
  let chars = 0;
  for (const [index, item] of items.slice(0, MAX_LISTED).entries()) {
    const line = render(item, index);
    chars += line.length + 1;
    if (chars > MAX_SECTION_CHARS) break;
    lines.push(line);
  }
  return lines;
}

const andMore = (shown: number, total: number) => (shown < total ? ['', `…and ${total - shown} more.`] : []);

function fixedSection(fixed: readonly TranslationProblem[]): string[] {
  if (fixed.length === 0) return [];
  const lines = fitting(fixed, (problem) => `- ${code(problem.file)} — ${text(problem.message)} (${text(problem.rule)})`);
  return [`🛠️ This pull request fixes ${plural(fixed.length, 'problem')}:`, '', ...lines, ...andMore(lines.length, fixed.length), ''];
}

function stillWrongSection(problems: readonly TranslationProblem[], introduced: ReadonlySet<TranslationProblem>): string[] {
  if (problems.length === 0) return ['✅ No translation problems in the files this pull request changes.'];
  const lines = fitting(problems, (problem, index) => {
    const heading = problems[index - 1]?.file === problem.file ? '' : `\n**${code(problem.file)}**\n\n`;
    const status = introduced.has(problem) ? ', new' : '';
    return `${heading}- ${code(`${problem.file}:${problem.line}`)} — ${text(problem.message)} (${text(problem.rule)}${status})`;
  });
  const news = introduced.size > 0 ? `, ${introduced.size} of them new` : '';
  return [
    `❌ ${plural(problems.length, 'translation problem')} in the files this pull request changes${news}:`,
    ...lines,
    ...andMore(lines.length, problems.length),
  ];
}

function elsewhereLine(count: number, locales: readonly string[]): string[] {
  if (count === 0 || locales.length === 0) return [];
  const where = locales.map((locale) => `\`${locale}\``).join(', ');
  const rerun = '`npm run translations -- check` shows them';
  return ['', `${plural(count, 'more problem')} in other ${where} files, which this pull request does not change (not listed: ${rerun}).`];
}

/**
 * The pull-request comment of the translations check, and the labels
 * (`lang:fr`) of the site's locales the pull request touches. `data` is
 * untrusted: every string from it is shown as literal text.
 */
export function reviewComment(data: ReviewData): {body: string; labels: string[]} {
  const locales = localesTouched(data.changedFiles);
  const base = problemsInChangedFiles(data.base, data.changedFiles);
  const head = problemsInChangedFiles(data.head, data.changedFiles);
  const body = [
    COMMENT_MARKER,
    '### Translation check',
    '',
    ...fixedSection(unmatched(base, head)),
    ...stillWrongSection(head, new Set(unmatched(head, base))),
    ...elsewhereLine(data.elsewhere, locales),
  ].join('\n');
  return {body: `${body}\n`, labels: locales.map((locale) => `lang:${locale}`)};
}
