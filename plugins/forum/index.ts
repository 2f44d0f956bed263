import type {Locale} from '../../locales';
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import logger from '@docusaurus/logger';
import {countryChoices} from '../countries/choices';
import {countryNamesOfBuild, NAMES_FILE} from '../countries/names';
import {writeAtomically} from '../utils/files';
import {formatProblems} from '../utils/problems';
import {gatewayLinks} from './gateway';
import {loadSnapshot} from './loadSnapshot';
import {loadPeople} from './people';
import {validateOptions} from './options';
import {byLastActivity, toListItem, toReferences} from './props';
import {createPostRenderer} from './render';
import {readableSnapshotDir} from './snapshotDirs';
import {buildForumRoutes} from './routes';
import {publishedThreads, toThreadView} from './threads';
import {writeThreadPages} from './writeThreadPages';
import type {RecommendationReference} from '../catalogue/join';
import type {Catalogue} from '../catalogue/types';
import type {CountryNames} from '../countries/types';
import type {PluginOptions} from './options';
import type {ForumContext} from './props';
import type {ThreadView} from './threads';
import type {SnapshotState} from './types';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

export type ForumContent = {
  state: SnapshotState;
  threads: ThreadView[];
  /** Joined into the catalogue's Recommendation pages. */
  recommendationReferences: RecommendationReference[];
  /** The ask page offers these countries (`data/countries/names.yml`). */
  countryNames: CountryNames;
};

/**
 * The Q&A forum: reads the snapshot in `data/forum/` (written by
 * `npm run forum:sync`), renders every post to safe HTML at build time and
 * publishes list, unanswered and ask pages; thread pages are written after
 * the build from a template page, so that they add no route to the site.
 */
function forumPlugin(context: LoadContext, options: PluginOptions): Plugin<ForumContent> {
  const {siteDir, baseUrl} = context;
  const paths = {
    forum: normalizeUrl([baseUrl, options.routeBasePath]),
    recommendations: normalizeUrl([baseUrl, 'recommendations']),
    studyGroups: normalizeUrl([baseUrl, 'study-groups']),
  };
  const dataDir = path.resolve(siteDir, options.dataDir);
  const forumContext = (sample: boolean): ForumContext => ({
    paths,
    sample,
    newDiscussionUrl: `https://github.com/${options.repository}/discussions/new?category=${options.categorySlug}`,
  });
  return {
    name: 'forum',
    getPathsToWatch: () => [path.resolve(siteDir, options.snapshotDir, '**/*.json'), path.resolve(siteDir, options.peopleDir, '*.yml'), path.join(siteDir, NAMES_FILE)],
    async loadContent() {
      const snapshotDir = path.resolve(siteDir, options.snapshotDir);
      const readable = readableSnapshotDir(snapshotDir);
      if (readable !== snapshotDir) {
        logger.warn(`${path.relative(siteDir, snapshotDir)} is missing: a sync stopped while it replaced it. Reading ${path.relative(siteDir, readable)}; the next npm run forum:sync puts it back.`);
      }
      const {snapshot, problems} = loadSnapshot(siteDir, readable);
      const {people, problems: peopleProblems} = loadPeople(siteDir, path.resolve(siteDir, options.peopleDir));
      const {names, problems: nameProblems} = await countryNamesOfBuild(siteDir);
      if (problems.length + peopleProblems.length + nameProblems.length > 0 || !names) {
        throw new Error(formatProblems('Invalid forum data', [...problems, ...peopleProblems, ...nameProblems], 'The snapshot format is described in README.md, section "Forum"; the country names in section "Indicators".'));
      }
      const render = createPostRenderer({siteDir, dataDir, recommendationsPath: paths.recommendations});
      const byLogin = new Map(people.map((person) => [person.login, person]));
      const threads = publishedThreads(snapshot.threads, options.hideLabel).map((thread) => toThreadView(thread, byLogin, render));
      return {state: snapshot.state, threads, recommendationReferences: toReferences(threads, paths), countryNames: names};
    },
    // After every plugin has loaded: the ask form offers the catalogue's Recommendations and study groups, and the countries in the page's language.
    async allContentLoaded({allContent, actions}) {
      const content = allContent.forum?.[options.id] as ForumContent;
      const catalogue = allContent.catalogue?.default as Catalogue | undefined;
      buildForumRoutes(content.threads, {
        forum: forumContext(content.state.sample),
        pageSize: options.pageSize,
        asOf: content.state.synced_at,
        ask: {
          recommendations: catalogue?.recommendations.map(({id, title}) => ({id, title})) ?? [],
          studyGroups: catalogue?.studyGroups.map(({id, title}) => ({id, title})) ?? [],
          countries: countryChoices(content.countryNames, context.i18n.currentLocale as Locale),
          ...(options.gatewayUrl ? {gateway: gatewayLinks(options.gatewayUrl)} : {}),
        },
      }).forEach(actions.addRoute);
    },
    async postBuild({content, outDir}) {
      const forum = forumContext(content.state.sample);
      const languageOf = (locale: string) => {
        const config = context.i18n.localeConfigs[locale];
        return {lang: config?.htmlLang, dir: config?.direction};
      };
      await writeThreadPages(outDir, options.routeBasePath, content.threads, {forum, languageOf, locale: context.i18n.currentLocale as Locale});
      // The filter index: fetched only when a reader filters the list.
      const target = path.join(outDir, options.routeBasePath, 'threads.json');
      const items = [...content.threads].sort(byLastActivity).map((thread) => toListItem(thread, paths));
      await writeAtomically(target, JSON.stringify(items));
    },
  };
}

/** Docusaurus types a plugin module for any options; this one only receives what `validateOptions` returned. */
export default Object.assign(forumPlugin, {validateOptions}) as unknown as PluginModule;
