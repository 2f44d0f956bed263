import {isTranslatedLocale} from '../../../locales';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {GITHUB_LOGIN, isReviewer} from '../reviewers/reviewers';
import {readTranslationMeta} from '../reviewers/translationMeta';
import type {TranslationProblem} from './problems';
import type {Reviewers} from '../reviewers/reviewers';

/** A translation the pull request changes: its text on the base branch (`null` if new) and with the pull request. */
export type ChangedTranslation = {file: string; locale: string; page: string; base: string | null; head: string};

const TRANSLATION_FILE = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/current\/(.+\.mdx?)$/;

/** The translations among changed files, with their locale and page; other files are left out. */
export function translationFiles(changedFiles: readonly string[]): {file: string; locale: string; page: string}[] {
  return changedFiles.flatMap((file) => {
    const [, locale, page] = TRANSLATION_FILE.exec(file) ?? [];
    return locale && page && isTranslatedLocale(locale) ? [{file, locale, page}] : [];
  });
}

/** The page without its front matter: what "changing the text" means. */
const body = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\s*(?:\r?\n|$)/, '');

/**
 * What the pull request does to review states that the check of one file
 * cannot see (issue 22):
 * - a file it changes is `reviewed`, and its author is not a reviewer listed
 *   for that language (in the base branch's list: a pull request cannot list
 *   its own author);
 * - the text of a `reviewed` page changed and the review was kept as it was
 *   (same reviewer and date): it is a draft again unless the change records a review.
 * `author` comes from the event payload: it is only compared, and named only if it is a login.
 */
export function pullRequestReviewProblems(changed: readonly ChangedTranslation[], {author, reviewers}: {author: string; reviewers: Reviewers}): TranslationProblem[] {
  const who = GITHUB_LOGIN.test(author) ? author : 'its author';
  return changed.flatMap(({file, locale, page, base, head}) => {
    const meta = readTranslationMeta(head);
    if (meta?.state !== 'reviewed') return [];
    const line = parseFrontMatter(head).lineOf(['translation', 'state']);
    const problems: TranslationProblem[] = [];
    if (!isReviewer(reviewers, locale, author)) {
      problems.push({file, line, locale, page, rule: 'reviewer', message: `this pull request sets or keeps state: reviewed, and ${who} is not a reviewer listed for ${locale}: only a listed reviewer records a review (npm run translations -- review); otherwise set state: draft`});
    }
    const before = base === null ? null : readTranslationMeta(base);
    if (base !== null && before?.state === 'reviewed' && body(base) !== body(head) && String(before.date) === String(meta.date) && before.reviewer === meta.reviewer) {
      problems.push({file, line, locale, page, rule: 'review-state', message: 'the text of a reviewed page changed, and the review was kept: set state: draft (npm run translations -- pin does), or record a new review with npm run translations -- review'});
    }
    return problems;
  });
}
