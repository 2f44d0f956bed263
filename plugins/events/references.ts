import {validateEventData} from './dataSchema';
import {byAgenda, toEventView} from './props';
import {isTimeZone, toUtc} from './time';
import type {EventFacts, RecommendationReference, StudyGroupReference} from '../catalogue/join';
import type {EventFile} from './loadEvents';
import type {EventView, ViewContext} from './props';
import type {EventData} from './types';

/** What the pages that list an event (Recommendation, study-group and home pages) show of it besides its title. */
export const toEventFacts = (view: EventView): EventFacts => ({when: view.venueTime, upcoming: view.upcoming, sample: view.sample, lang: view.title.lang});

/** Events whose shape and times are valid: the catalogue is not needed for that. */
function wellFormed(file: EventFile): boolean {
  if (file.parsed.syntaxErrors.length > 0 || validateEventData(file.parsed.data).length > 0) return false;
  const {start, end, timezone} = file.parsed.data as EventData;
  return isTimeZone(timezone) && toUtc(start, timezone).ok && toUtc(end, timezone).ok;
}

/**
 * References from events to the Recommendations and study groups they
 * concern, for the catalogue's pages (joined once every plugin has loaded).
 * Made in loadContent, before the catalogue is there: an event that does not
 * validate is left out here and fails the build in allContentLoaded.
 */
export function toReferences(files: readonly EventFile[], context: Omit<ViewContext, 'regionalGroups'>): {
  recommendationReferences: RecommendationReference[];
  studyGroupReferences: StudyGroupReference[];
} {
  const views = files.filter(wellFormed).map((file) => toEventView(file.parsed.data as EventData, {...context, regionalGroups: new Map()}));
  views.sort(byAgenda);
  return {
    recommendationReferences: views.flatMap((view) =>
      view.recommendations.map((recommendation) => ({recommendation, kind: 'event' as const, title: view.title.text, permalink: view.permalink, event: toEventFacts(view)})),
    ),
    studyGroupReferences: views.flatMap((view) =>
      view.studyGroups.map((studyGroup) => ({studyGroup, kind: 'event' as const, title: view.title.text, permalink: view.permalink, event: toEventFacts(view)})),
    ),
  };
}
