import {normalizeUrl} from '@docusaurus/utils';
import type {MeetingFigures, Published} from './figures';

/** One meeting on a study group's page: the same suppressed cells as everywhere else. */
export type StudyGroupMeeting = {
  event: string;
  title: string;
  lang: string;
  permalink: string;
  date: string;
  total: Published;
  inPerson: Published;
  remote: Published;
  /** % of participants from LDCs, LLDCs and SIDS, computed from published cells only. */
  priorityShare: number | 'hidden';
};

export type StudyGroupParticipation = {meetings: StudyGroupMeeting[]; threshold: number; sample: boolean};

/** The meetings a study group (or one of its regional groups) organised, oldest first, as its page shows them. */
export function studyGroupParticipation(meetings: readonly MeetingFigures[], studyGroup: string, context: {locale: string; eventsPath: string; threshold: number}): StudyGroupParticipation {
  const own = meetings.filter((meeting) => meeting.studyGroups.includes(studyGroup));
  return {
    threshold: context.threshold,
    sample: own.some((meeting) => meeting.sample),
    meetings: own.map((meeting) => {
      const lang = meeting.title[context.locale] !== undefined ? context.locale : meeting.language;
      const parts = ['ldc', 'lldc', 'sids'].map((group) => meeting.cells[`group.${group}`]);
      const total = meeting.cells.total;
      const known = typeof total === 'number' && total > 0 && parts.every((part) => typeof part === 'number');
      return {
        event: meeting.event,
        title: meeting.title[lang] ?? Object.values(meeting.title)[0] ?? meeting.event,
        lang,
        permalink: normalizeUrl([context.eventsPath, meeting.event]),
        date: meeting.date,
        total: total ?? 'hidden',
        inPerson: meeting.cells['mode.in_person'] ?? 'hidden',
        remote: meeting.cells['mode.remote'] ?? 'hidden',
        priorityShare: known ? Math.round(((parts as number[]).reduce((a, b) => a + b, 0) / total) * 1000) / 10 : 'hidden',
      };
    }),
  };
}
