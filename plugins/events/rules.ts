import countries from 'world-countries';
import {recommendationParts} from '../catalogue/lookup';
import {isTimeZone, LOCAL_DATE_TIME, toUtc} from './time';
import {SECRETARIAT} from './types';
import type {DataProblem} from '../utils/problems';
import type {Region} from '../catalogue/types';

/** What the catalogue says an event may point at. */
export type EventCatalogue = {
  studyGroups: ReadonlySet<string>;
  /** Regional-group code → its region. */
  regionalGroups: ReadonlyMap<string, Region>;
  /** Every number of every Recommendation (`G.709`, `Y.1331`). */
  recommendations: ReadonlySet<string>;
};

const COUNTRIES = new Set(countries.map((country) => country.cca2));
const LANGUAGES = new Intl.DisplayNames('en', {type: 'language', fallback: 'none'});
const isLanguage = (code: string) => LANGUAGES.of(code) !== undefined;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
const field = (value: unknown, key: string) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** The rules Joi cannot say: across fields, against the catalogue, against the clock of the venue. */
export function checkEvent(data: unknown, fileId: string, catalogue: EventCatalogue): DataProblem[] {
  const problems: DataProblem[] = [];
  const problem = (path: (string | number)[], found: unknown, expected: string) => problems.push({path, found, expected});
  const get = (key: string) => field(data, key);

  const id = text(get('id'));
  if (id !== undefined && id !== fileId) problem(['id'], id, `the file name without .yml (${fileId}): rename one of them`);

  const zone = text(get('timezone'));
  const zoneOk = zone !== undefined && isTimeZone(zone);
  if (zone !== undefined && !zoneOk) problem(['timezone'], zone, 'an IANA time zone such as Africa/Nairobi or Asia/Kolkata (Geneva is Europe/Zurich)');
  const instants: Partial<Record<'start' | 'end', number>> = {};
  for (const key of ['start', 'end'] as const) {
    const local = text(get(key));
    // A value of the wrong form is reported by the schema.
    if (local === undefined || !LOCAL_DATE_TIME.test(local) || !zoneOk) continue;
    const result = toUtc(local, zone);
    if (result.ok) instants[key] = result.utc.getTime();
    else if (result.reason === 'skipped') problem([key], local, `a time that happens in ${zone} (clocks go forward over it)`);
    else problem([key], local, 'a real date and time YYYY-MM-DDTHH:mm');
  }
  if (instants.start !== undefined && instants.end !== undefined && instants.end <= instants.start) {
    problem(['end'], get('end'), `a time after the start (${text(get('start'))})`);
  }
  const startDay = instants.start === undefined ? undefined : text(get('start'))?.slice(0, 10);
  for (const key of ['registration', 'fellowships']) {
    const deadline = text(field(get(key), 'deadline'));
    if (deadline !== undefined && startDay !== undefined && deadline > startDay) problem([key, 'deadline'], deadline, `a day on or before the start (${startDay})`);
  }

  const attendance = get('attendance');
  if ((attendance === 'in-person' || attendance === 'mixed') && get('venue') === undefined) problem(['venue'], undefined, `a venue {city, country}: attendance is ${attendance}`);
  if ((attendance === 'online' || attendance === 'mixed') && get('remote') === undefined) problem(['remote'], undefined, `how to join remotely: attendance is ${attendance}`);
  if (get('status') === 'moved-online' && attendance !== 'online') problem(['attendance'], attendance, 'online: the status is moved-online');
  const country = text(field(get('venue'), 'country'));
  if (country !== undefined && /^[A-Z]{2}$/.test(country) && !COUNTRIES.has(country)) problem(['venue', 'country'], country, 'an assigned ISO 3166-1 country code');

  const languages = list(get('languages')).map(text);
  for (const key of ['languages', 'interpretation']) {
    list(get(key)).forEach((code, index) => {
      if (typeof code === 'string' && !isLanguage(code)) problem([key, index], code, 'a known language code such as en, fr, sw or pt-BR');
    });
  }
  const main = languages[0];
  for (const key of ['title', 'summary']) {
    const texts = get(key);
    if (main !== undefined && texts !== null && typeof texts === 'object' && field(texts, main) === undefined) {
      problem([key], Object.keys(texts), `a ${key} in the event’s main language (${main}), the first of its languages`);
    }
  }

  list(get('organisers')).forEach((organiser, index) => {
    if (typeof organiser !== 'string' || organiser === SECRETARIAT) return;
    const known = organiser.includes('RG-') ? catalogue.regionalGroups.has(organiser) : catalogue.studyGroups.has(organiser);
    if (!known) problem(['organisers', index], organiser, 'a study group or regional group listed in data/study-groups.yml, or TSB');
  });
  list(get('recommendations')).forEach((recommendation, index) => {
    if (typeof recommendation === 'string' && !recommendationParts(recommendation).every((part) => catalogue.recommendations.has(part))) {
      problem(['recommendations', index], recommendation, 'a Recommendation in data/recommendations/ (add it there first)');
    }
  });
  return problems;
}
