import path from 'node:path';
import {separateWords} from '../search-local/separateWords';
import {writeAtomically} from '../utils/files';
import {writeTemplatePages} from '../utils/writeTemplatePages';
import {buildCalendars} from './calendar';
import {renderEventBody} from './eventHtml';
import {toJsonLd} from './jsonLd';
import type {TemplateSpec} from '../utils/pageTemplate';
import type {Feed} from './calendar';
import type {EventLabels} from './eventHtml';
import type {EventView} from './props';
import type {ParticipationContent} from '../participation';

export const EVENT_TEMPLATE: TemplateSpec = {
  kind: 'event',
  parameter: ':id',
  slotId: 'event-page',
  labelsId: 'event-page-labels',
  shell: 'src/components/events/EventShell',
};

type Site = {outDir: string; routeBasePath: string; siteUrl: string; refreshHours: number; paths: {events: string; recommendations: string; indicators: string}; htmlLang: string; participation?: ParticipationContent};

/** The name of a feed in the template's language: `BSG Hub events · Africa`. */
const feedName = (labels: EventLabels) => (scope: Feed['scope']) =>
  !scope ? labels.calendarName : `${labels.calendarName} · ${scope.kind === 'region' ? labels.regions[scope.value] : scope.value}`;

/**
 * After the build of one locale: an HTML page per event from the template
 * page, then the calendars (.ics), titled in the same language.
 */
export async function writeEventPages(views: readonly EventView[], site: Site): Promise<void> {
  const dir = path.join(site.outDir, site.routeBasePath);
  const meetings = new Map(site.participation?.meetings.map((meeting) => [meeting.event, meeting]));
  const figuresOf = (id: string) => {
    const meeting = meetings.get(id);
    return meeting && site.participation && {meeting, threshold: site.participation.threshold, lang: site.htmlLang};
  };
  const labels = await writeTemplatePages<EventLabels>(dir, EVENT_TEMPLATE, (templateLabels) =>
    views.map((view) => {
      const content = renderEventBody(view, {labels: templateLabels, paths: site.paths, jsonLd: toJsonLd(view, site.siteUrl), figures: figuresOf(view.id)});
      // Its facts are a <dl>: each term and value stay words of their own in search excerpts.
      separateWords(content);
      return {parameter: view.id, title: view.title.text, content};
    }),
  );
  const calendars = buildCalendars(views, site.routeBasePath, {
    siteUrl: site.siteUrl,
    uidDomain: new URL(site.siteUrl).host,
    refreshHours: site.refreshHours,
    feedName: feedName(labels),
    labels: {online: labels.online},
  });
  await Promise.all(calendars.map((file) => writeAtomically(path.join(site.outDir, file.path), file.text)));
}
