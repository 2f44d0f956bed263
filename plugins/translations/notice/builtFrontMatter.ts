/**
 * What the build adds to a translation's front matter for the notice above it
 * (see noticeFrontMatter.ts). Apart from the hook, so that the page's code can
 * read it without bundling the hook's file and git access.
 */

/** What an outdated translation's page gets, for the notice above it. */
export type OutdatedTranslation = {
  /** `YYYY-MM-DD`: when the English page last changed (git), else its `last_reviewed`. */
  date: string;
  /** The same date, written for readers of the page's language. */
  label: string;
};

/** Front matter keys the build writes; whatever a file puts there itself is replaced. */
export const OUTDATED_KEY = 'translation_outdated';
export const ENGLISH_HEADINGS_KEY = 'translation_english_headings';

export type BuiltFrontMatter = {
  [OUTDATED_KEY]?: OutdatedTranslation;
  /** The English page's heading ids, in order (empty: the outlines differ). Machine and draft translations only. */
  [ENGLISH_HEADINGS_KEY]?: string[];
};
