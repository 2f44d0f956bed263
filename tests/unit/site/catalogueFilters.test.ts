import {describe, expect, it} from 'vitest';
import {filterRecommendations, filtersFromSearch, filtersToSearch, NO_FILTERS} from '../../../src/lib/catalogueFilters';
import type {RecommendationListItem} from '../../../plugins/catalogue/props';

const item = (id: string, overrides: Partial<RecommendationListItem> = {}): RecommendationListItem => ({
  id,
  permalink: `/recommendations/${id}`,
  title: id,
  series: id[0] ?? '',
  studyGroup: 'SG2',
  status: 'in-force',
  policy: false,
  guidanceCount: 0,
  questionCount: 0,
  ...overrides,
});

const items = [
  item('E.164', {policy: true, guidanceCount: 3}),
  item('G.984.1', {studyGroup: 'SG15', status: 'superseded'}),
  item('K.52', {studyGroup: 'SG5', policy: true, questionCount: 2}),
];
const ids = (filters: Partial<typeof NO_FILTERS>) => filterRecommendations(items, {...NO_FILTERS, ...filters}).map((i) => i.id);

describe('filterRecommendations', () => {
  it.each([
    [{}, ['E.164', 'G.984.1', 'K.52']],
    [{series: 'G'}, ['G.984.1']],
    [{studyGroup: 'SG5'}, ['K.52']],
    [{status: 'superseded'}, ['G.984.1']],
    [{policy: 'yes'}, ['E.164', 'K.52']],
    [{policy: 'no'}, ['G.984.1']],
    [{guidance: 'yes'}, ['E.164']],
    [{questions: 'yes'}, ['K.52']],
    [{policy: 'yes', guidance: 'no'}, ['K.52']],
  ] as const)('%j → %j', (filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('filters in the URL', () => {
  it('round-trips through the query string, leaving out empty filters', () => {
    const filters = {...NO_FILTERS, series: 'E', guidance: 'yes' as const};
    expect(filtersToSearch(filters)).toBe('?series=E&guidance=yes');
    expect(filtersFromSearch('?series=E&guidance=yes')).toEqual(filters);
    expect(filtersToSearch(NO_FILTERS)).toBe('');
  });
});
