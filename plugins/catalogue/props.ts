import type {Locale} from '../../locales';
import {officialUrl, recommendationSlug} from './lookup';

/** Where the catalogue pages live in the locale being built (base URL included). */
export type CataloguePaths = {recommendations: string; studyGroups: string};
import type {CatalogueIndex, EventLink, RecommendationBacklinks} from './join';
import type {StudyGroupParticipation} from '../participation/studyGroups';
import type {Product, Recommendation, StudyGroupEntry} from './types';

/** A Recommendation in the list page. */
export type RecommendationListItem = {
  id: string;
  permalink: string;
  title: string;
  series: string;
  studyGroup: string;
  status: Recommendation['status'];
  policy: boolean;
  guidanceCount: number;
  questionCount: number;
};

export type RecommendationListProps = {
  items: RecommendationListItem[];
  studyGroups: string[];
};

export type RecommendationPageProps = {
  recommendation: Omit<Recommendation, 'translations'> & {officialUrl: string};
  /** The locale the summary is written in: the page's, or `en` until translated. */
  summaryLocale: Locale;
  studyGroup: Pick<StudyGroupEntry, 'id' | 'title'> & {permalink: string};
  backlinks: RecommendationBacklinks;
  /** Products shown are made-up samples: the page says so. */
  hasSampleProducts: boolean;
};

export type StudyGroupPageProps = {
  studyGroup: StudyGroupEntry;
  recommendations: Pick<RecommendationListItem, 'id' | 'permalink' | 'title'>[];
  guidance: {title: string; permalink: string}[];
  events: EventLink[];
  /** Participation in its past meetings (the participation plugin), if any file counts one. */
  participation: StudyGroupParticipation;
};

export type StudyGroupIndexProps = {
  studyGroups: (Pick<StudyGroupEntry, 'id' | 'title' | 'title_confirmed' | 'areas'> & {
    permalink: string;
    recommendationCount: number;
  })[];
};

const seriesOf = (id: string) => id[0] ?? '';
const recommendationPermalink = (paths: CataloguePaths, id: string) => `${paths.recommendations}/${recommendationSlug(id)}`;
const studyGroupPermalink = (paths: CataloguePaths, id: string) => `${paths.studyGroups}/${id}`;

export function toListProps(index: CatalogueIndex, paths: CataloguePaths): RecommendationListProps {
  return {
    items: index.recommendations.map(({recommendation: r, backlinks}) => ({
      id: r.id,
      permalink: recommendationPermalink(paths, r.id),
      title: r.title,
      series: seriesOf(r.id),
      studyGroup: r.study_group,
      status: r.status,
      policy: r.policy,
      guidanceCount: backlinks.guidance.length,
      questionCount: backlinks.questions.length,
    })),
    studyGroups: index.studyGroups.map((g) => g.studyGroup.id),
  };
}

export function toRecommendationPageProps(
  {recommendation, backlinks}: CatalogueIndex['recommendations'][number],
  studyGroups: readonly StudyGroupEntry[],
  locale: Locale,
  paths: CataloguePaths,
): RecommendationPageProps {
  const {translations, ...rest} = recommendation;
  const translated = translations?.[locale]?.summary;
  const group = studyGroups.find((g) => g.id === recommendation.study_group);
  return {
    recommendation: {...rest, summary: translated ?? rest.summary, officialUrl: officialUrl(recommendation.id)},
    summaryLocale: translated ? locale : 'en',
    studyGroup: {
      id: recommendation.study_group,
      title: group?.title ?? recommendation.study_group,
      permalink: studyGroupPermalink(paths, recommendation.study_group),
    },
    backlinks,
    hasSampleProducts: backlinks.products.some((p: Product) => p.sample),
  };
}

export function toStudyGroupPageProps(entry: CatalogueIndex['studyGroups'][number], paths: CataloguePaths, participation: StudyGroupParticipation): StudyGroupPageProps {
  return {
    studyGroup: entry.studyGroup,
    recommendations: entry.recommendations.map((r) => ({id: r.id, permalink: recommendationPermalink(paths, r.id), title: r.title})),
    guidance: entry.guidance.map(({title, permalink}) => ({title, permalink})),
    events: entry.events,
    participation,
  };
}

export function toStudyGroupIndexProps(index: CatalogueIndex, paths: CataloguePaths): StudyGroupIndexProps {
  return {
    studyGroups: index.studyGroups.map(({studyGroup: {id, title, title_confirmed, areas}, recommendations}) => ({
      id,
      permalink: studyGroupPermalink(paths, id),
      title,
      title_confirmed,
      areas,
      recommendationCount: recommendations.length,
    })),
  };
}
