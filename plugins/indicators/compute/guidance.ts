import {countBy} from './stats';
import {PROGRAMMES, STUDY_GROUPS} from '../../content-model/vocabulary';
import type {Programme, StudyGroup} from '../../content-model/vocabulary';

/** What the guidance indicators read of a page's front matter. */
export type GuidancePageFacts = {
  title: string;
  permalink: string;
  programme: Programme[];
  studyGroups: StudyGroup[];
  /** `YYYY-MM-DD` */
  lastReviewed: string;
  /** Recommendations the page declares or cites. */
  recommendations: string[];
};

export type GuidanceIndicators = {
  byProgramme: Map<Programme, number>;
  byStudyGroup: Map<StudyGroup, number>;
  recommendations: {withGuidance: number; without: number};
  /** Pages last reviewed more than twelve months before `today`, oldest first. */
  notReviewed: {title: string; permalink: string; lastReviewed: string}[];
  reviewedCount: number;
};

/** The day twelve months before a `YYYY-MM-DD` day. */
export const yearBefore = (today: string) => `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;

/** Guidance pages per programme and study group, Recommendations they cover, and reviews overdue on `today`. */
export function guidanceIndicators(pages: readonly GuidancePageFacts[], recommendationIds: readonly string[], today: string): GuidanceIndicators {
  const covered = new Set(pages.flatMap((page) => page.recommendations));
  const withGuidance = recommendationIds.filter((id) => covered.has(id)).length;
  const cutoff = yearBefore(today);
  const overdue = pages.filter((page) => page.lastReviewed < cutoff).sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed));
  return {
    byProgramme: countBy(PROGRAMMES, pages.flatMap((page) => page.programme)),
    byStudyGroup: countBy(STUDY_GROUPS, pages.flatMap((page) => page.studyGroups)),
    recommendations: {withGuidance, without: recommendationIds.length - withGuidance},
    notReviewed: overdue.map(({title, permalink, lastReviewed}) => ({title, permalink, lastReviewed})),
    reviewedCount: pages.length - overdue.length,
  };
}
