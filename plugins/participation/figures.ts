import {meetingCells} from './cells';
import {suppress} from './suppress';
import type {World} from './cells';
import type {EventData} from '../events/types';
import type {ParticipationData} from './types';

/** A published cell: its number, or `fewer` (under the threshold) or `hidden` (so that no small cell can be worked out). The hidden numbers never leave the build. */
export type Published = number | 'fewer' | 'hidden';

/** What the site publishes about one meeting's participants, in every language. */
export type MeetingFigures = {
  event: string;
  title: Record<string, string>;
  /** The event's main language, for a title missing in the page's. */
  language: string;
  /** First day, `YYYY-MM-DD` at the venue. */
  date: string;
  /** Study groups among its organisers (`SG12RG-AFR` → `SG12`). */
  studyGroups: string[];
  source: string;
  collected: string;
  sample: boolean;
  /** Which optional questions the organiser asked. */
  asked: {firstTime: boolean; gender: boolean; fellowships: boolean};
  cells: Record<string, Published>;
};

const studyGroupOf = (organiser: string) => (organiser === 'TSB' ? undefined : organiser.split('RG-')[0]);

/** Each meeting's cells, suppressed, oldest meeting first. Pure: the data, the events and the country lists are given. */
export function meetingFigures(meetings: readonly ParticipationData[], events: ReadonlyMap<string, EventData>, world: World, threshold: number): MeetingFigures[] {
  return meetings
    .map((data) => {
      const event = events.get(data.event) as EventData;
      const {cells, facts} = meetingCells(data, world);
      const status = suppress(cells, facts, threshold);
      return {
        event: data.event,
        title: event.title,
        language: event.languages[0] ?? 'en',
        date: event.start.slice(0, 10),
        studyGroups: [...new Set(event.organisers.map(studyGroupOf).filter((sg): sg is string => sg !== undefined))],
        source: data.source,
        collected: data.collected,
        sample: data.sample,
        asked: {firstTime: data.first_time !== undefined, gender: data.gender !== undefined, fellowships: data.fellowships !== undefined},
        cells: Object.fromEntries(cells.filter((cell) => cell.publish).map((cell) => {
          const disclosure = status.get(cell.key);
          return [cell.key, disclosure === 'shown' ? cell.value : (disclosure ?? 'hidden')];
        })),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event));
}
