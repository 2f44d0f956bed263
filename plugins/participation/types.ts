import type {CountryGroup} from '../indicators/compute/countries';

/** How a participant took part: at the venue or from afar. */
export const MODES = ['in_person', 'remote'] as const;
export type Mode = (typeof MODES)[number];

export const GENDERS = ['woman', 'man', 'another', 'not_stated'] as const;
export type Gender = (typeof GENDERS)[number];

export const ANSWERS = ['yes', 'no', 'not_stated'] as const;
export type Answer = (typeof ANSWERS)[number];

/** The key of participants who stated no country (or one nothing recognizes). */
export const NOT_STATED = 'not_stated';

/** Participants in each mode. */
export type ModeCounts = Record<Mode, number>;

/**
 * `data/participation/<event id>.yml`: who took part in one meeting, as counts
 * only (never a name, an address or a row per person), written by
 * `npm run participation:import` from the organiser's registrations.
 */
export type ParticipationData = {
  /** The event's id: the file name without `.yml`, a file of the events' folder. */
  event: string;
  /** Where the counts come from (the organiser's registration system, the list of participants…). */
  source: string;
  /** `YYYY-MM-DD` the registrations were exported, on or after the meeting's first day. */
  collected: string;
  /** Participants by ISO alpha-3 country code, and `not_stated`, in each mode. */
  participants: Record<string, ModeCounts>;
  /** Only where the organiser asked, with consent: first-time participants. Sums to the participants. */
  first_time?: Record<Answer, number>;
  /** Only where the organiser asked, with consent. Sums to the participants. */
  gender?: Record<Gender, number>;
  /** Only where recorded: fellowships granted, by the UN country group of the fellow's country. */
  fellowships?: Record<CountryGroup, number>;
  /** Made-up counts for a made-up event. */
  sample: boolean;
};
