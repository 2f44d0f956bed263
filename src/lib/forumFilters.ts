import type {ThreadListItem} from '@site/plugins/forum/props';

/** The forum list's filters; `''` means "any". */
export type ForumFilters = {status: '' | 'answered' | 'unanswered' | 'locked'; studyGroup: string; recommendation: string; language: string};

export const NO_FORUM_FILTERS: ForumFilters = {status: '', studyGroup: '', recommendation: '', language: ''};

export const isFiltering = (filters: ForumFilters) => Object.values(filters).some((value) => value !== '');

export function filterThreads(threads: readonly ThreadListItem[], filters: ForumFilters): ThreadListItem[] {
  return threads.filter(
    (thread) =>
      (filters.status === '' || (filters.status === 'locked' ? thread.locked !== null : thread.status === filters.status)) &&
      (filters.studyGroup === '' || thread.studyGroups.includes(filters.studyGroup)) &&
      (filters.recommendation === '' || thread.recommendations.includes(filters.recommendation)) &&
      (filters.language === '' || thread.language === filters.language),
  );
}
