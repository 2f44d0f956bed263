import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import {formatProblems} from '../utils/problems';
import {readEventFiles, toEventCatalogue, validateEvents} from './loadEvents';
import {validateOptions} from './options';
import {toEventView} from './props';
import {buildEventRoutes} from './routes';
import {writeEventPages} from './writeEventPages';
import type {Catalogue} from '../catalogue/types';
import type {EventFile} from './loadEvents';
import type {PluginOptions} from './options';
import type {EventView} from './props';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

export type EventsContent = {files: EventFile[]};

/**
 * Events (workshops, meetings, training): reads `data/events/*.yml`,
 * validates them against the catalogue once every plugin has loaded, and
 * publishes the /events list; event pages and calendar feeds are written
 * after the build, so that events add no route to the site.
 */
function eventsPlugin(context: LoadContext, options: PluginOptions): Plugin<EventsContent> {
  const {siteDir, baseUrl, i18n, siteConfig} = context;
  const paths = {
    events: normalizeUrl([baseUrl, options.routeBasePath]),
    studyGroups: normalizeUrl([baseUrl, 'study-groups']),
    recommendations: normalizeUrl([baseUrl, 'recommendations']),
  };
  const dataDir = path.resolve(siteDir, options.dataDir);
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  // Validated in allContentLoaded (it needs the catalogue), written in postBuild.
  let views: EventView[] = [];
  return {
    name: 'events',
    getPathsToWatch: () => [path.join(dataDir, '*.yml')],
    async loadContent() {
      return {files: readEventFiles(siteDir, dataDir)};
    },
    async allContentLoaded({allContent, actions}) {
      const {files} = allContent.events?.[options.id] as EventsContent;
      const catalogue = allContent.catalogue?.default as Catalogue;
      const eventCatalogue = toEventCatalogue(catalogue);
      const {events, problems} = validateEvents(files, eventCatalogue);
      if (problems.length > 0) throw new Error(formatProblems('Invalid events', problems, 'The event files are described in README.md, section "Events".'));
      const now = new Date();
      views = events.map((event) => toEventView(event, {htmlLang, locale: i18n.currentLocale, now, paths, regionalGroups: eventCatalogue.regionalGroups}));
      buildEventRoutes(views, {eventsPath: paths.events, asOf: now}).forEach(actions.addRoute);
    },
    async postBuild({outDir}) {
      await writeEventPages(views, {outDir, routeBasePath: options.routeBasePath, siteUrl: siteConfig.url, refreshHours: options.refreshHours, paths});
    },
  };
}

/** Docusaurus types a plugin module for any options; this one only receives what `validateOptions` returned. */
export default Object.assign(eventsPlugin, {validateOptions}) as unknown as PluginModule;
