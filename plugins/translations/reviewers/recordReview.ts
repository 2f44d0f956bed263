import {createTwoFilesPatch} from 'diff';
import {pinOf} from '../status/readTranslations';
import {readTranslationMeta, setTranslationMeta} from './translationMeta';
import {isReviewer} from './reviewers';
import type {Reviewers} from './reviewers';

/** A committed version of a translation, newest first in a list. */
export type Version = {commit: string; text: string};

/** The newest committed version of a translation that was `reviewed`: what the last review approved; `null` before any review. */
export function lastReviewed(versions: readonly Version[]): Version | null {
  return versions.find((version) => readTranslationMeta(version.text)?.state === 'reviewed') ?? null;
}

/** A unified diff of one file between two texts ('' before a first review: the whole page). */
const patch = (file: string, before: string, after: string, since: string) =>
  createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, since, 'now', {context: 3});

/**
 * What a reviewer reads before approving: the English page and the
 * translation, each as it changed since the last review (the English pinned
 * by the reviewed version, against today's), or whole on a first review.
 */
export function reviewDiff({english, translation, reviewed}: {
  english: {file: string; now: string; reviewed: string | null};
  translation: {file: string; now: string};
  reviewed: Version | null;
}): string {
  const since = reviewed ? `last review (${reviewed.commit.slice(0, 7)})` : 'first review: the whole page';
  return [
    patch(english.file, english.reviewed ?? '', english.now, since),
    patch(translation.file, reviewed?.text ?? '', translation.now, since),
  ].join('\n');
}

/**
 * Why `reviewer` may not record a review of this translation, or `null`: the
 * reviewer must be listed for the locale, and the translation current (pinned
 * to today's English), or the review would approve an outdated page.
 */
export function reviewRefusal({locale, reviewer, reviewers, text, englishHash}: {locale: string; reviewer: string; reviewers: Reviewers; text: string; englishHash: string}): string | null {
  if (!isReviewer(reviewers, locale, reviewer)) {
    const listed = reviewers[locale as keyof Reviewers] ?? [];
    return `${reviewer} is not listed for ${locale} in data/translations/reviewers.yml (${listed.length > 0 ? `listed: ${listed.join(', ')}` : 'nobody yet'}): add yourself there by pull request first`;
  }
  if (pinOf(text)?.hash !== englishHash) return 'the translation is not pinned to the current English page: bring it up to date, run npm run translations -- pin, then review it';
  return null;
}

/** The translation marked reviewed by `reviewer` today. */
export const recordReview = (text: string, {reviewer, today}: {reviewer: string; today: string}): string =>
  setTranslationMeta(text, {state: 'reviewed', date: today, reviewer});
