import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import {formatProblems} from '../utils/problems';
import {readEventFiles, toEventCatalogue, validateEvents} from './loadEvents';
import {validateOptions} from './options';
import {byAgenda, toEventView} from './props';
import {toEventFacts, toReferences} from './references';
import {buildEventRoutes} from './routes';
import {writeEventPages} from './writeEventPages';
import type {EventLink} from '../catalogue/join';
import type {Catalogue} from '../catalogue/types';
import type {EventFile} from './loadEvents';
import type {PluginOptions} from './options';
import type {EventView} from './props';
import type {ParticipationContent} from '../participation';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

/** What every page can read with `usePluginData('events')`. */
export type EventsGlobalData = {next: EventLink[]};

export type EventsContent = {files: EventFile[]} & ReturnType<typeof toReferences>;

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
    indicators: normalizeUrl([baseUrl, 'indicators']),
  };
  const dataDir = path.resolve(siteDir, options.dataDir);
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const now = new Date();
  // Validated in allContentLoaded (it needs the catalogue), written in postBuild.
  let views: EventView[] = [];
  let participation: ParticipationContent | undefined;
  return {
    name: 'events',
    getPathsToWatch: () => [path.join(dataDir, '*.yml')],
    async loadContent() {
      const files = readEventFiles(siteDir, dataDir);
      // Joined into the catalogue's Recommendation and study-group pages.
      return {files, ...toReferences(files, {htmlLang, locale: i18n.currentLocale, now, paths})};
    },
    async allContentLoaded({allContent, actions}) {
      const {files} = allContent.events?.[options.id] as EventsContent;
      const catalogue = allContent.catalogue?.default as Catalogue;
      const eventCatalogue = toEventCatalogue(catalogue);
      participation = allContent.participation?.default as ParticipationContent | undefined;
      const {events, problems} = validateEvents(files, eventCatalogue);
      if (problems.length > 0) throw new Error(formatProblems('Invalid events', problems, 'The event files are described in README.md, section "Events".'));
      views = events.map((event) => toEventView(event, {htmlLang, locale: i18n.currentLocale, now, paths, regionalGroups: eventCatalogue.regionalGroups}));
      buildEventRoutes(views, {eventsPath: paths.events, asOf: now, htmlLang}).forEach(actions.addRoute);
      // The home page lists the next three: a few hundred bytes in every page's data.
      const next = views.filter((view) => view.upcoming).sort(byAgenda).slice(0, 3);
      actions.setGlobalData({next: next.map((view) => ({title: view.title.text, permalink: view.permalink, ...toEventFacts(view)}))} satisfies EventsGlobalData);
    },
    async postBuild({outDir}) {
      await writeEventPages(views, {outDir, routeBasePath: options.routeBasePath, siteUrl: siteConfig.url, refreshHours: options.refreshHours, paths, htmlLang, participation});
    },
  };
}

/** Docusaurus types a plugin module for any options; this one only receives what `validateOptions` returned. */
export default Object.assign(eventsPlugin, {validateOptions}) as unknown as PluginModule;
