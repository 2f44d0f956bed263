import {translate} from '@docusaurus/Translate';
import {programmeLabel} from './labels';
import type {Region} from '../../plugins/catalogue/types';
import type {EventLabels, ParticipationLabels} from '../../plugins/events/eventHtml';
import type {AttendanceMode, EventStatus, EventType} from '../../plugins/events/types';

/*
 * Every label is a literal `translate()` call so that `write-translations`
 * finds it; the `Record` types make a missing value a type error.
 */

export const eventTypeLabel = (): Record<EventType, string> => ({
  workshop: translate({id: 'events.type.workshop', message: 'Workshop', description: 'Kind of event'}),
  seminar: translate({id: 'events.type.seminar', message: 'Seminar', description: 'Kind of event'}),
  training: translate({id: 'events.type.training', message: 'Training', description: 'Kind of event'}),
  'study-group-meeting': translate({id: 'events.type.studyGroupMeeting', message: 'Study-group meeting', description: 'Kind of event: a meeting of an ITU-T study group'}),
  'regional-group-meeting': translate({id: 'events.type.regionalGroupMeeting', message: 'Regional-group meeting', description: 'Kind of event: a meeting of a regional group of a study group'}),
  webinar: translate({id: 'events.type.webinar', message: 'Webinar', description: 'Kind of event: an online seminar'}),
});

export const eventStatusLabel = (): Record<EventStatus, string> => ({
  scheduled: translate({id: 'events.status.scheduled', message: 'Scheduled', description: 'Status of an event that takes place as planned'}),
  postponed: translate({id: 'events.status.postponed', message: 'Postponed', description: 'Status of an event moved to dates not yet known'}),
  cancelled: translate({id: 'events.status.cancelled', message: 'Cancelled', description: 'Status of an event that will not take place'}),
  'moved-online': translate({id: 'events.status.movedOnline', message: 'Moved online', description: 'Status of an event planned in person that takes place online'}),
});

export const attendanceLabel = (): Record<AttendanceMode, string> => ({
  'in-person': translate({id: 'events.attendance.inPerson', message: 'In person', description: 'How to attend an event: only at the venue'}),
  online: translate({id: 'events.attendance.online', message: 'Online', description: 'How to attend an event: only online'}),
  mixed: translate({id: 'events.attendance.mixed', message: 'In person and online', description: 'How to attend an event: at the venue or remotely'}),
});

export const regionLabel = (): Record<Region, string> => ({
  africa: translate({id: 'bsg.region.africa', message: 'Africa', description: 'ITU region'}),
  americas: translate({id: 'bsg.region.americas', message: 'Americas', description: 'ITU region'}),
  'arab-states': translate({id: 'bsg.region.arabStates', message: 'Arab States', description: 'ITU region'}),
  'asia-oceania': translate({id: 'bsg.region.asiaOceania', message: 'Asia and Oceania', description: 'ITU region'}),
  eecat: translate({id: 'bsg.region.eecat', message: 'Eastern Europe, Central Asia and Transcaucasia', description: 'ITU region (EECAT)'}),
  'europe-mediterranean': translate({id: 'bsg.region.europeMediterranean', message: 'Europe and the Mediterranean', description: 'ITU region (EURM)'}),
  'latin-america-caribbean': translate({id: 'bsg.region.latinAmericaCaribbean', message: 'Latin America and the Caribbean', description: 'ITU region (LAC)'}),
});

export const eventsSampleNotice = (): string =>
  translate({id: 'events.sample', message: 'Sample data: these events are made up to show how the calendar works.', description: 'Warning that the events shown are made-up samples'});

/** The words of a past event's participation figures. */
function participationLabels(): ParticipationLabels {
  return {
    heading: translate({id: 'events.participation.heading', message: 'Who took part', description: 'Heading of a past event\'s participation figures'}),
    participants: translate({id: 'events.participation.participants', message: 'Participants', description: 'Label: all participants of a meeting'}),
    inPerson: translate({id: 'events.participation.inPerson', message: 'In person', description: 'Label: participants at the venue'}),
    remote: translate({id: 'events.participation.remote', message: 'Remote', description: 'Label: participants who took part from afar'}),
    groups: {
      ldc: translate({id: 'events.participation.ldc', message: 'From least developed countries', description: 'Label: participants from LDCs (UN list)'}),
      lldc: translate({id: 'events.participation.lldc', message: 'From landlocked developing countries', description: 'Label: participants from LLDCs (UN list), not counted above'}),
      sids: translate({id: 'events.participation.sids', message: 'From small island developing States', description: 'Label: participants from SIDS (UN list), not counted above'}),
      other: translate({id: 'events.participation.other', message: 'From other countries', description: 'Label: participants from countries on none of the three UN lists'}),
      unclassified: translate({id: 'events.participation.notStated', message: 'Country not stated', description: 'Label: participants who stated no country'}),
    },
    women: translate({id: 'events.participation.women', message: 'Women', description: 'Label: women participants (where asked)'}),
    firstTime: translate({id: 'events.participation.firstTime', message: 'Taking part for the first time', description: 'Label: first-time participants (where asked)'}),
    fellowships: translate({id: 'events.participation.fellowships', message: 'Fellowships granted', description: 'Label: ITU fellowships granted for the meeting'}),
    fewer: translate({id: 'events.participation.fewer', message: 'fewer than {threshold}', description: 'A suppressed small count; {threshold} is 5'}),
    hidden: translate({id: 'events.participation.hidden', message: 'hidden', description: 'A count hidden so that a small count cannot be worked out from the totals'}),
    note: translate({id: 'events.participation.note', message: 'Counts only, never a person: a count under {threshold} is not shown, nor any count that would let one be worked out.', description: 'Note above a past event\'s participation figures; {threshold} is 5'}),
    allMeetings: translate({id: 'events.participation.allMeetings', message: 'Participation in all meetings, on the indicators page', description: 'Link from an event page to the participation charts'}),
  };
}

/** The words of an event page, serialized into its template (see plugins/events/eventHtml.ts). */
export function eventPageLabels(): EventLabels {
  return {
    sample: eventsSampleNotice(),
    types: eventTypeLabel(),
    statuses: eventStatusLabel(),
    attendance: attendanceLabel(),
    regions: regionLabel(),
    programmes: programmeLabel(),
    venueTime: translate({id: 'events.page.venueTime', message: 'At the venue ({zone})', description: 'Label of an event\'s times on the venue\'s clock; {zone} is the zone\'s name in the page\'s language, such as East Africa Time'}),
    utc: translate({id: 'events.page.utc', message: 'Coordinated Universal Time (UTC)', description: 'Label of an event\'s times in UTC'}),
    yourTime: translate({id: 'events.page.yourTime', message: 'Your time', description: 'Label of an event\'s times in the reader\'s own time zone'}),
    where: translate({id: 'events.page.where', message: 'Where', description: 'Label of an event\'s venue'}),
    online: translate({id: 'events.page.online', message: 'Online', description: 'Venue of an event held only online'}),
    remote: translate({id: 'events.page.remote', message: 'Remote participation', description: 'Label of how to join an event from afar'}),
    joinPublic: translate({id: 'events.page.joinPublic', message: 'Join online (open to all)', description: 'Link to join an event online without registering'}),
    joinAfterRegistration: translate({id: 'events.page.joinAfterRegistration', message: 'The link to join is sent after registration', description: 'How to join an event online when the link is private'}),
    languages: translate({id: 'events.page.languages', message: 'Languages', description: 'Label of the languages an event is held in'}),
    interpretation: translate({id: 'events.page.interpretation', message: 'Interpretation', description: 'Label of the languages an event is interpreted into'}),
    captioning: translate({id: 'events.page.captioning', message: 'Live captions', description: 'Label: the event has live captions'}),
    registration: translate({id: 'events.page.registration', message: 'Registration', description: 'Label of how to register for an event'}),
    register: translate({id: 'events.page.register', message: 'Register', description: 'Link to register for an event'}),
    deadline: translate({id: 'events.page.deadline', message: 'Deadline: {date}', description: 'Deadline to register; {date} is a date'}),
    fellowships: translate({id: 'events.page.fellowships', message: 'Fellowships', description: 'Label of the fellowships (travel support) an event offers'}),
    fellowshipsOffered: translate({id: 'events.page.fellowshipsOffered', message: 'Offered: apply by {date}', description: 'Fellowships are offered for an event; {date} is the deadline'}),
    organisers: translate({id: 'events.page.organisers', message: 'Organisers', description: 'Label of the groups that organise an event'}),
    recommendations: translate({id: 'events.page.recommendations', message: 'Recommendations', description: 'Label of the ITU-T Recommendations an event concerns'}),
    programmesHeading: translate({id: 'events.page.programmes', message: 'Programmes of Resolution 44', description: 'Label of the BSG action-plan programmes an event serves'}),
    documents: translate({id: 'events.page.documents', message: 'Documents', description: 'Heading of an event\'s documents'}),
    addToCalendar: translate({id: 'events.page.addToCalendar', message: 'Add to calendar (.ics)', description: 'Link to download an event as an iCalendar file'}),
    allEvents: translate({id: 'events.page.allEvents', message: 'All events', description: 'Link from an event page to the event list'}),
    calendarName: translate({id: 'events.calendarName', message: 'BSG Hub events', description: 'Name of the calendar feeds people subscribe to'}),
    participation: participationLabels(),
  };
}
