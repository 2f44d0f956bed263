import {TRANSLATED_LOCALES} from '../locales';
import type {TranslationProblem} from './problems';

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

/** Locales whose `i18n/<locale>/` files changed, sorted; `i18n/_reference` and other folders are not locales. */
export function localesTouched(changedFiles: readonly string[], locales: readonly string[] = TRANSLATED_LOCALES): string[] {
  const touched = new Set<string>();
  for (const file of changedFiles) {
    const [top, locale, ...rest] = file.split('/');
    if (top === 'i18n' && locale !== undefined && rest.length > 0 && locales.includes(locale)) touched.add(locale);
  }
  return [...touched].sort();
}

const byPlace = (a: TranslationProblem, b: TranslationProblem) =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** The problems of `head` in the files the pull request changes, by file and line. */
export function problemsInChangedFiles(head: readonly TranslationProblem[], changedFiles: readonly string[]): TranslationProblem[] {
  const changed = new Set(changedFiles);
  return head.filter((problem) => changed.has(problem.file)).sort(byPlace);
}

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

const oneLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Contributor text as literal Markdown text: no emphasis, link, HTML, table
 * cell, code span or math can start in it, and an `@` mentions nobody (a
 * zero-width space follows it, as Renovate does).
 */
function text(value: string): string {
  return truncate(oneLine(value), MAX_MESSAGE_CHARS)
    .replace(/[\\`*_[\]<>|~&$]/g, '\\$&')
    .replace(/@/g, '@&#8203;');
}

/** A code span that holds any path: its fence is longer than any run of backticks inside. */
function code(value: string): string {
  const path = oneLine(value);
  const shown = path.length > MAX_PATH_CHARS ? `…${path.slice(1 - MAX_PATH_CHARS)}` : path;
  const fence = '`'.repeat(Math.max(0, ...[...shown.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  const pad = fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

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

function elsewhereLine(head: readonly TranslationProblem[], changedFiles: readonly string[], locales: readonly string[]): string[] {
  const changed = new Set(changedFiles);
  const count = head.filter((problem) => locales.includes(problem.locale) && !changed.has(problem.file)).length;
  if (count === 0) return [];
  const where = locales.map((locale) => `\`${locale}\``).join(', ');
  const rerun = '`npm run translations -- check` shows them';
  return ['', `${plural(count, 'more problem')} in other ${where} files, which this pull request does not change (not listed: ${rerun}).`];
}

/**
 * The pull-request comment of the translations check, from the check's
 * problems on the base branch and on the pull request, and the labels
 * (`lang:fr`) of the locales the pull request touches.
 */
export function reviewComment({
  base,
  head,
  changedFiles,
}: {
  base: readonly TranslationProblem[];
  head: readonly TranslationProblem[];
  changedFiles: readonly string[];
}): {body: string; labels: string[]} {
  const locales = localesTouched(changedFiles);
  const stillWrong = problemsInChangedFiles(head, changedFiles);
  const body = [
    COMMENT_MARKER,
    '### Translation check',
    '',
    ...fixedSection(unmatched(base, head).sort(byPlace)),
    ...stillWrongSection(stillWrong, new Set(unmatched(stillWrong, base))),
    ...elsewhereLine(head, changedFiles, locales),
  ].join('\n');
  return {body: `${body}\n`, labels: locales.map((locale) => `lang:${locale}`)};
}
