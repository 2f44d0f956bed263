import {TRANSLATED_LOCALES} from '../../../locales';
import type {TranslationProblem} from './problems';

/**
 * What the translations check of a pull request hands to the workflow that
 * comments (review.json): data only. The comment is written from it by this
 * repository's code, never by the pull request's.
 */
export type ReviewData = {
  /** The format of this file. */
  version: 1;
  /** The pull request checked. */
  pullRequest: number;
  /** The files it changes, as `git diff --name-only` lists them. */
  changedFiles: string[];
  /** The problems in those files on the base branch… */
  base: TranslationProblem[];
  /** …and with the pull request merged. */
  head: TranslationProblem[];
  /** How many more problems the pull request's languages have, in files it does not change. */
  elsewhere: number;
};

export const REVIEW_DATA_VERSION = 1;

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

/** The problems of `problems` in the files the pull request changes, by file and line. */
export function problemsInChangedFiles(problems: readonly TranslationProblem[], changedFiles: readonly string[]): TranslationProblem[] {
  const changed = new Set(changedFiles);
  return problems.filter((problem) => changed.has(problem.file)).sort(byPlace);
}

/** The review data of a pull request, from the check's problems on its base branch and on the pull request. */
export function reviewData({
  pullRequest,
  base,
  head,
  changedFiles,
}: {
  pullRequest: number;
  base: readonly TranslationProblem[];
  head: readonly TranslationProblem[];
  changedFiles: readonly string[];
}): ReviewData {
  const changed = new Set(changedFiles);
  const locales = localesTouched(changedFiles);
  return {
    version: REVIEW_DATA_VERSION,
    pullRequest,
    changedFiles: [...changedFiles],
    base: problemsInChangedFiles(base, changedFiles),
    head: problemsInChangedFiles(head, changedFiles),
    elsewhere: head.filter((problem) => locales.includes(problem.locale) && !changed.has(problem.file)).length,
  };
}
