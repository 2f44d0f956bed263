import type {Locale} from '../../locales';
import {normalizeUrl} from '@docusaurus/utils';
import {toListProps, toRecommendationPageProps, toStudyGroupIndexProps, toStudyGroupPageProps} from './props';
import {studyGroupParticipation} from '../participation/studyGroups';
import type {CatalogueIndex} from './join';
import type {ParticipationContent} from '../participation';
import type {PluginOptions} from './options';
import type {RouteConfig} from '@docusaurus/types';

const COMPONENTS = '@site/src/components/catalogue';

/** Every catalogue page as a route with its props (pure: nothing is written). */
export function buildRoutes(
  index: CatalogueIndex,
  {baseUrl, locale, options, participation}: {baseUrl: string; locale: Locale; options: PluginOptions; participation?: ParticipationContent},
): RouteConfig[] {
  const paths = {
    recommendations: normalizeUrl([baseUrl, options.routeBasePath]),
    studyGroups: normalizeUrl([baseUrl, options.studyGroupsBasePath]),
  };
  const studyGroups = index.studyGroups.map((g) => g.studyGroup);
  return [
    {path: paths.recommendations, exact: true, component: `${COMPONENTS}/RecommendationListPage`, props: toListProps(index, paths)},
    ...index.recommendations.map((entry) => ({
      path: normalizeUrl([paths.recommendations, entry.slug]),
      exact: true,
      component: `${COMPONENTS}/RecommendationPage`,
      props: toRecommendationPageProps(entry, studyGroups, locale, paths),
    })),
    {path: paths.studyGroups, exact: true, component: `${COMPONENTS}/StudyGroupIndexPage`, props: toStudyGroupIndexProps(index, paths)},
    ...index.studyGroups.map((entry) => ({
      path: normalizeUrl([paths.studyGroups, entry.studyGroup.id]),
      exact: true,
      component: `${COMPONENTS}/StudyGroupPage`,
      props: toStudyGroupPageProps(
        entry,
        paths,
        studyGroupParticipation(participation?.meetings ?? [], entry.studyGroup.id, {locale, eventsPath: normalizeUrl([baseUrl, 'events']), threshold: participation?.threshold ?? 0}),
      ),
    })),
  ];
}
