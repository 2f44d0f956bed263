import type {Locale} from '../../locales';
import {createRecommendationLookup, recommendationSlug} from './lookup';
import type {LocatedProblem} from '../utils/problems';
import type {Catalogue, Product, Recommendation, StudyGroupEntry} from './types';

/** A guidance page as the join needs it: what it declares and what its text cites. */
export type GuidancePage = {
  title: string;
  permalink: string;
  /** The Markdown file, relative to the site. */
  file: string;
  /** Front matter `recommendations`, each with its line in the file. */
  declared: {id: string; line: number}[];
  /** Recommendations cited in the text (see remark-itu's citations). */
  cited: string[];
  studyGroups: string[];
  /** Languages the page exists in, English first. */
  locales: Locale[];
};

/**
 * What another part of the site says about a Recommendation. The forum (or
 * any plugin) only has to provide these: `recommendationReferences` in its
 * loaded content.
 */
export type RecommendationReference = {
  recommendation: string;
  kind: 'question' | 'event';
  title: string;
  permalink: string;
  answered?: boolean;
  /** For an event. */
  event?: EventFacts;
};

/** What a page that lists an event shows besides its title. */
export type EventFacts = {
  /** Its dates on the venue's clock, in the page's language. */
  when: string;
  upcoming: boolean;
  /** A made-up event: the page says so. */
  sample: boolean;
  /** The language of the title. */
  lang: string;
};

/** An event that concerns a study group: `studyGroupReferences` in a plugin's loaded content (the events plugin). */
export type StudyGroupReference = {studyGroup: string; kind: 'event'; title: string; permalink: string; event: EventFacts};

export type EventLink = {title: string; permalink: string} & EventFacts;

export type GuidanceLink = Omit<GuidancePage, 'file' | 'declared' | 'cited' | 'studyGroups'> & {
  /** How the page points at the Recommendation. */
  via: ('front-matter' | 'text')[];
};

export type RecommendationBacklinks = {
  guidance: GuidanceLink[];
  questions: Omit<RecommendationReference, 'recommendation' | 'kind' | 'event'>[];
  events: EventLink[];
  products: Product[];
};

export type CatalogueIndex = {
  /** Front matter that names a Recommendation the catalogue lacks. */
  problems: LocatedProblem[];
  recommendations: {recommendation: Recommendation; slug: string; backlinks: RecommendationBacklinks}[];
  studyGroups: {studyGroup: StudyGroupEntry; recommendations: Recommendation[]; guidance: GuidancePage[]; events: EventLink[]}[];
};

/**
 * Joins the catalogue with everything that points at it: guidance pages
 * (front matter and text), references from other plugins (questions,
 * events), products.
 */
export function joinCatalogue(
  catalogue: Catalogue,
  guidance: readonly GuidancePage[],
  references: readonly RecommendationReference[],
  studyGroupReferences: readonly StudyGroupReference[] = [],
): CatalogueIndex {
  const lookup = createRecommendationLookup(catalogue.recommendations);
  const backlinks = new Map<Recommendation, RecommendationBacklinks>(
    catalogue.recommendations.map((r) => [r, {guidance: [], questions: [], events: [], products: []}]),
  );
  const linksOf = (id: string) => {
    const recommendation = lookup(id);
    return recommendation && backlinks.get(recommendation);
  };

  const problems: LocatedProblem[] = [];
  for (const page of guidance) {
    const via = new Map<RecommendationBacklinks, GuidanceLink['via']>();
    const add = (id: string, how: 'front-matter' | 'text') => {
      const links = linksOf(id);
      if (links && !via.get(links)?.includes(how)) via.set(links, [...(via.get(links) ?? []), how]);
      return links;
    };
    page.declared.forEach(({id, line}, index) => {
      if (!add(id, 'front-matter')) {
        problems.push({
          file: page.file,
          line,
          field: `recommendations[${index}]`,
          message: `found '${id}', expected a Recommendation in data/recommendations/ (add it there, or correct the identifier)`,
        });
      }
    });
    page.cited.forEach((id) => add(id, 'text'));
    for (const [links, how] of via) {
      links.guidance.push({title: page.title, permalink: page.permalink, locales: page.locales, via: how});
    }
  }
  for (const {recommendation, kind, event, ...reference} of references) {
    if (kind === 'question') linksOf(recommendation)?.questions.push(reference);
    if (kind === 'event' && event) linksOf(recommendation)?.events.push({title: reference.title, permalink: reference.permalink, ...event});
  }
  for (const product of catalogue.products) {
    new Set(product.recommendations.map(linksOf)).forEach((links) => links?.products.push(product));
  }

  return {
    problems,
    recommendations: catalogue.recommendations.map((recommendation) => ({
      recommendation,
      slug: recommendationSlug(recommendation.id),
      backlinks: backlinks.get(recommendation) as RecommendationBacklinks,
    })),
    studyGroups: catalogue.studyGroups.map((studyGroup) => ({
      studyGroup,
      recommendations: catalogue.recommendations.filter((r) => r.study_group === studyGroup.id),
      guidance: guidance.filter((page) => page.studyGroups.includes(studyGroup.id)),
      events: studyGroupReferences
        .filter((reference) => reference.studyGroup === studyGroup.id)
        .map(({title, permalink, event}) => ({title, permalink, ...event})),
    })),
  };
}
