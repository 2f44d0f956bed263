import type {RecommendationListItem} from '@site/plugins/catalogue/props';

/** The list page's filters; `''` means "any". */
export type Filters = {
  series: string;
  studyGroup: string;
  status: string;
  policy: '' | 'yes' | 'no';
  guidance: '' | 'yes' | 'no';
  questions: '' | 'yes' | 'no';
};

export const NO_FILTERS: Filters = {series: '', studyGroup: '', status: '', policy: '', guidance: '', questions: ''};
const KEYS = Object.keys(NO_FILTERS) as (keyof Filters)[];

const matches = (wanted: '' | 'yes' | 'no', value: boolean) => wanted === '' || (wanted === 'yes') === value;

export function filterRecommendations(items: readonly RecommendationListItem[], filters: Filters): RecommendationListItem[] {
  return items.filter(
    (item) =>
      (filters.series === '' || item.series === filters.series) &&
      (filters.studyGroup === '' || item.studyGroup === filters.studyGroup) &&
      (filters.status === '' || item.status === filters.status) &&
      matches(filters.policy, item.policy) &&
      matches(filters.guidance, item.guidanceCount > 0) &&
      matches(filters.questions, item.questionCount > 0),
  );
}

/** Filters from a URL query (`?series=E&guidance=yes`), so a filtered list can be shared. */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? ''])) as Filters;
}

export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams(KEYS.filter((key) => filters[key] !== '').map((key) => [key, filters[key]]));
  const query = params.toString();
  return query ? `?${query}` : '';
}
