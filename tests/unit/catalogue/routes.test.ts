import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {joinCatalogue} from '../../../plugins/catalogue/join';
import {loadCatalogue} from '../../../plugins/catalogue/loadCatalogue';
import {DEFAULT_OPTIONS} from '../../../plugins/catalogue/options';
import {buildRoutes} from '../../../plugins/catalogue/routes';
import type {RecommendationPageProps} from '../../../plugins/catalogue/props';

const siteDir = path.join(__dirname, '../../fixtures/catalogue-site');
const {catalogue} = loadCatalogue(siteDir, path.join(siteDir, 'data'));
const index = joinCatalogue(catalogue, [], []);

function testBuildRoutes(locale: 'en' | 'fr') {
  return buildRoutes(index, {baseUrl: locale === 'en' ? '/' : `/${locale}/`, locale, options: DEFAULT_OPTIONS});
}

describe('buildRoutes', () => {
  it('makes a list page, a page per Recommendation (named after its first number), and study-group pages', () => {
    expect(testBuildRoutes('en').map((route) => route.path)).toEqual([
      '/recommendations',
      '/recommendations/E.164',
      '/recommendations/G.709',
      '/recommendations/G.984.1',
      '/recommendations/X.509',
      '/study-groups',
      '/study-groups/SG2',
      '/study-groups/SG15',
      '/study-groups/SG17',
    ]);
  });

  it('puts pages and their links under the locale’s base URL', () => {
    const routes = testBuildRoutes('fr');
    expect(routes[0]?.path).toBe('/fr/recommendations');
    const e164 = routes[1]?.props as RecommendationPageProps;
    expect(e164.studyGroup).toEqual({id: 'SG2', title: 'Operational aspects of telecommunications and ICTs', permalink: '/fr/study-groups/SG2'});
  });

  it('uses a translated summary where there is one, and says when the summary is English', () => {
    const summaryOf = (locale: 'en' | 'fr', routeIndex: number) => {
      const props = testBuildRoutes(locale)[routeIndex]?.props as RecommendationPageProps;
      return [props.summaryLocale, props.recommendation.summary.slice(0, 12)];
    };
    expect(summaryOf('fr', 1)).toEqual(['fr', 'Définit la s']);
    expect(summaryOf('fr', 2)).toEqual(['en', 'Specifies th']);
    expect(summaryOf('en', 1)).toEqual(['en', 'Defines the ']);
  });

  it('flags sample products so that the page can label them', () => {
    const gpon = testBuildRoutes('en')[3]?.props as RecommendationPageProps;
    expect(gpon.hasSampleProducts).toBe(true);
    expect(gpon.recommendation.officialUrl).toBe('https://www.itu.int/rec/T-REC-G.984.1');
  });
});
