import {describe, expect, it} from 'vitest';
import {joinCatalogue} from '../../../plugins/catalogue/join';
import type {GuidancePage, RecommendationReference} from '../../../plugins/catalogue/join';
import type {Catalogue, Recommendation} from '../../../plugins/catalogue/types';

const recommendation = (id: string, study_group: Recommendation['study_group'] = 'SG2'): Recommendation => ({
  id,
  title: `Title of ${id}`,
  study_group,
  status: 'in-force',
  policy: false,
  summary: 'x'.repeat(80),
});

const catalogue: Catalogue = {
  recommendations: [recommendation('E.164'), recommendation('G.709/Y.1331', 'SG15')],
  studyGroups: [
    {id: 'SG2', title: 'SG2', title_confirmed: true, areas: 'a', series: ['E'], regional_groups: []},
    {id: 'SG15', title: 'SG15', title_confirmed: true, areas: 'a', series: ['G'], regional_groups: []},
  ],
  glossary: {},
  products: [
    {id: 'p', product: 'P', maker: 'M', recommendations: ['G.709/Y.1331', 'Y.1331'], evidence: {type: 'declaration', reference: 'r'}, date: '2026-01-01', sample: true},
  ],
};

const page = (overrides: Partial<GuidancePage>): GuidancePage => ({
  title: 'Page',
  permalink: '/docs/page',
  file: 'docs/page.md',
  declared: [],
  cited: [],
  studyGroups: [],
  locales: ['en'],
  ...overrides,
});

const backlinksOf = (index: ReturnType<typeof joinCatalogue>, id: string) =>
  index.recommendations.find((entry) => entry.recommendation.id === id)?.backlinks;

describe('joinCatalogue', () => {
  it('links a page once per Recommendation, saying whether from front matter, text or both', () => {
    const index = joinCatalogue(
      catalogue,
      [
        page({title: 'A', permalink: '/a', declared: [{id: 'E.164', line: 5}], cited: ['E.164', 'E.164'], locales: ['en', 'fr']}),
        page({title: 'B', permalink: '/b', cited: ['Y.1331']}),
      ],
      [],
    );
    expect(backlinksOf(index, 'E.164')?.guidance).toEqual([{title: 'A', permalink: '/a', locales: ['en', 'fr'], via: ['front-matter', 'text']}]);
    expect(backlinksOf(index, 'G.709/Y.1331')?.guidance).toEqual([{title: 'B', permalink: '/b', locales: ['en'], via: ['text']}]);
  });

  it('takes questions from references that any plugin provides, ignoring unknown Recommendations', () => {
    const references: RecommendationReference[] = [
      {recommendation: 'E.164', kind: 'question', title: 'How long may a national number be?', permalink: '/forum/1', answered: true},
      {recommendation: 'Q.9999', kind: 'question', title: 'Unknown', permalink: '/forum/2'},
    ];
    const index = joinCatalogue(catalogue, [], references);
    expect(backlinksOf(index, 'E.164')?.questions).toEqual([{title: 'How long may a national number be?', permalink: '/forum/1', answered: true}]);
  });

  it('takes events for Recommendations and study groups from references, in the order given', () => {
    const event = {when: '15–16 March 2027', upcoming: true, sample: true, lang: 'en'};
    const index = joinCatalogue(
      catalogue,
      [],
      [{recommendation: 'Y.1331', kind: 'event', title: 'Workshop', permalink: '/events/w', event}, {recommendation: 'Q.9999', kind: 'event', title: 'Unknown', permalink: '/events/u', event}],
      [{studyGroup: 'SG15', kind: 'event', title: 'Workshop', permalink: '/events/w', event}, {studyGroup: 'SG15', kind: 'event', title: 'Meeting', permalink: '/events/m', event: {...event, upcoming: false}}],
    );
    expect(backlinksOf(index, 'G.709/Y.1331')?.events).toEqual([{title: 'Workshop', permalink: '/events/w', ...event}]);
    expect(backlinksOf(index, 'G.709/Y.1331')?.questions).toEqual([]);
    expect(index.studyGroups.find((entry) => entry.studyGroup.id === 'SG15')?.events.map((e) => [e.title, e.upcoming])).toEqual([['Workshop', true], ['Meeting', false]]);
    expect(index.studyGroups.find((entry) => entry.studyGroup.id === 'SG2')?.events).toEqual([]);
  });

  it('lists a product once under its Recommendation, whichever number it uses', () => {
    expect(backlinksOf(joinCatalogue(catalogue, [], []), 'G.709/Y.1331')?.products.map((p) => p.id)).toEqual(['p']);
  });

  it('groups Recommendations and guidance by study group', () => {
    const index = joinCatalogue(catalogue, [page({title: 'Numbering', studyGroups: ['SG2']})], []);
    const sg2 = index.studyGroups.find((entry) => entry.studyGroup.id === 'SG2');
    expect(sg2?.recommendations.map((r) => r.id)).toEqual(['E.164']);
    expect(sg2?.guidance.map((p) => p.title)).toEqual(['Numbering']);
  });

  it('reports front matter that declares a Recommendation the catalogue lacks, with file and line', () => {
    const index = joinCatalogue(catalogue, [page({declared: [{id: 'E.164', line: 4}, {id: 'F.790', line: 4}]})], []);
    expect(index.problems).toEqual([
      {
        file: 'docs/page.md',
        line: 4,
        field: 'recommendations[1]',
        message: "found 'F.790', expected a Recommendation in data/recommendations/ (add it there, or correct the identifier)",
      },
    ]);
  });
});
