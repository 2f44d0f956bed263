import {normalizeUrl} from '@docusaurus/utils';
import {byLastActivity, toListItem, toUnansweredGroups} from './props';
import type {AskProps, ForumContext} from './props';
import type {ThreadView} from './threads';
import type {RouteConfig} from '@docusaurus/types';

const COMPONENTS = '@site/src/components/forum';

/** The forum's pages as routes with their props (pure: nothing is written). */
export function buildForumRoutes(
  threads: readonly ThreadView[],
  {forum, pageSize, asOf, ask}: {forum: ForumContext; pageSize: number; asOf: string; ask: Omit<AskProps, 'forum'>},
): RouteConfig[] {
  const {paths} = forum;
  const ordered = [...threads].sort(byLastActivity);
  const pageCount = Math.max(1, Math.ceil(ordered.length / pageSize));
  const listPages = Array.from({length: pageCount}, (_, index) => ({
    path: index === 0 ? paths.forum : normalizeUrl([paths.forum, 'page', String(index + 1)]),
    exact: true,
    component: `${COMPONENTS}/ForumListPage`,
    props: {
      forum,
      threads: ordered.slice(index * pageSize, (index + 1) * pageSize).map((thread) => toListItem(thread, paths)),
      page: index + 1,
      pageCount,
      total: ordered.length,
      indexUrl: normalizeUrl([paths.forum, 'threads.json']),
    },
  }));
  return [
    ...listPages,
    // One route for every thread: the build renders it as the template of the
    // thread pages that postBuild writes (see writeThreadPages.ts).
    {path: normalizeUrl([paths.forum, ':number']), exact: true, component: `${COMPONENTS}/ThreadShell`, priority: -1},
    {
      path: normalizeUrl([paths.forum, 'unanswered']),
      exact: true,
      component: `${COMPONENTS}/UnansweredPage`,
      props: {forum, groups: toUnansweredGroups(threads, paths, asOf), asOf},
    },
    // With a gateway, another component: a site built without one loads no byte of its form or widget.
    {path: normalizeUrl([paths.forum, 'ask']), exact: true, component: `${COMPONENTS}/${ask.gateway ? 'AskWithGateway' : 'AskPage'}`, props: {forum, ...ask}},
  ];
}
