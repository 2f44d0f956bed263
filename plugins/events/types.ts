import type {Programme} from '../content-model/vocabulary';
import type {Region} from '../catalogue/types';

export const EVENT_TYPES = ['workshop', 'seminar', 'training', 'study-group-meeting', 'regional-group-meeting', 'webinar'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const EVENT_STATUSES = ['scheduled', 'postponed', 'cancelled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** ITU-T's secretariat: it organises BSG workshops that no study group owns. */
export const SECRETARIAT = 'TSB';

/** A language code (BCP 47: `en`, `fr`, `pt-BR`) → text in that language. */
export type Texts = Record<string, string>;

/** One event, as `data/events/<id>.yml` declares it (after validation). */
export type EventData = {
  /** The file name without `.yml`: the page is `/events/<id>`, the calendar UID is derived from it. */
  id: string;
  type: EventType;
  /** The title by language: in the event's own languages, and in any site locale where known. */
  title: Texts;
  /** One or two paragraphs by language, at least in the event's first language. */
  summary: Texts;
  /** The languages the event is held in, the main one first. */
  languages: string[];
  /** Study groups (`SG12`), regional groups (`SG12RG-AFR`) or `TSB`, as in data/study-groups.yml. */
  organisers: string[];
  /** Programmes of the Resolution 44 action plan this event serves. */
  programmes: Programme[];
  /** The catalogue's Recommendation ids. */
  recommendations?: string[];
  /** Regions the event is for, beyond those of its regional-group organisers. */
  regions?: Region[];
  /** `YYYY-MM-DDTHH:mm` on the venue's clock. */
  start: string;
  end: string;
  /** The IANA zone of the venue (or of the organisers, for an online event): `Africa/Nairobi`. */
  timezone: string;
  /** Where it is held; omitted for an event only online. */
  venue?: {city: string; country: string};
  attendance: AttendanceMode;
  /** How to join from afar: a public link, or a link sent after registration. */
  remote?: {access: 'public'; url: string} | {access: 'after-registration'};
  /** Languages interpreted into, if any. */
  interpretation?: string[];
  /** Live captions. */
  captioning?: boolean;
  registration?: {url: string; deadline?: string};
  fellowships?: {deadline: string; url?: string};
  documents?: {title: string; url: string}[];
  status: EventStatus;
  /** `YYYY-MM-DDTHH:mmZ`: when the entry last changed; calendars learn of a change by it (SEQUENCE). */
  last_changed: string;
  /** Made-up entries that show the format; every page that shows them says so. */
  sample: boolean;
};
