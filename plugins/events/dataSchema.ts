import {Joi} from '@docusaurus/utils-validation';
import {PROGRAMMES} from '../content-model/vocabulary';
import {REGIONS} from '../catalogue/types';
import {joiProblems} from '../utils/problems';
import {ATTENDANCE_MODES, EVENT_STATUSES, EVENT_TYPES} from './types';
import type {DataProblem} from '../utils/problems';

/** What each field accepts, in words: the second half of every message. */
export const EXPECTED: Record<string, string> = {
  '': 'a YAML mapping of one event’s fields',
  id: 'a lowercase slug such as sg12rg-afr-2027-03, the same as the file name',
  type: `one of ${EVENT_TYPES.join(', ')}`,
  title: 'titles by language code, e.g. {en: …, fr: …}',
  summary: 'summaries by language code (20 to 1000 characters each), e.g. {en: …}',
  languages: 'a non-empty list of language codes such as [en, fr], the main language first',
  organisers: 'a non-empty list of study groups (SG12), regional groups (SG12RG-AFR) or TSB',
  programmes: `1 to 4 distinct programme numbers of Resolution 44 (${PROGRAMMES.join(', ')})`,
  recommendations: 'a list of ITU-T Recommendation ids from the catalogue, e.g. [E.164]',
  regions: `a list of regions: ${REGIONS.join(', ')}`,
  start: 'a local date-time YYYY-MM-DDTHH:mm on the venue’s clock',
  end: 'a local date-time YYYY-MM-DDTHH:mm on the venue’s clock',
  timezone: 'an IANA time zone such as Africa/Nairobi or Asia/Kolkata',
  venue: '{city: …, country: two-letter ISO 3166 code}',
  city: 'the city, as text',
  country: 'a two-letter ISO 3166-1 code in capitals, such as KE',
  attendance: `one of ${ATTENDANCE_MODES.join(', ')}`,
  remote: '{access: public, url: https://…} or {access: after-registration}',
  access: 'public or after-registration',
  url: 'an https:// address',
  interpretation: 'a list of language codes',
  captioning: 'true or false',
  registration: '{url: https://…, deadline?: YYYY-MM-DD}',
  fellowships: '{deadline: YYYY-MM-DD, url?: https://…}',
  deadline: 'a date YYYY-MM-DD (the end of that day at the venue)',
  documents: 'a list of {title, url}',
  status: `one of ${EVENT_STATUSES.join(', ')}`,
  last_changed: 'a UTC time YYYY-MM-DDTHH:mmZ, raised whenever the entry changes',
  sample: 'true for made-up entries that show the format, false for real ones',
};

/** A BCP 47 language tag as ITU events need them: `en`, `zh-Hans`, `pt-BR`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

const language = Joi.string().pattern(LANGUAGE_CODE);
const texts = (min: number, max: number) => Joi.object().pattern(LANGUAGE_CODE, Joi.string().trim().min(min).max(max).required()).min(1);
const url = Joi.string().uri({scheme: ['https']});
const day = Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/);
const localDateTime = Joi.string().pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

const event = Joi.object({
  id: Joi.string().pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).required(),
  type: Joi.string().valid(...EVENT_TYPES).required(),
  title: texts(3, 200).required(),
  summary: texts(20, 1000).required(),
  languages: Joi.array().items(language).min(1).unique().required(),
  organisers: Joi.array().items(Joi.string().pattern(/^(TSB|TSAG|SG\d+(RG-[A-Z]+)?)$/)).min(1).unique().required(),
  programmes: Joi.array().items(Joi.number().valid(...PROGRAMMES)).min(1).max(4).unique().required(),
  recommendations: Joi.array().items(Joi.string()).unique(),
  regions: Joi.array().items(Joi.string().valid(...REGIONS)).unique(),
  start: localDateTime.required(),
  end: localDateTime.required(),
  timezone: Joi.string().required(),
  venue: Joi.object({city: Joi.string().trim().min(1).max(100).required(), country: Joi.string().pattern(/^[A-Z]{2}$/).required()}),
  attendance: Joi.string().valid(...ATTENDANCE_MODES).required(),
  remote: Joi.alternatives().conditional('.access', {
    is: 'public',
    then: Joi.object({access: Joi.string().valid('public').required(), url: url.required()}),
    otherwise: Joi.object({access: Joi.string().valid('after-registration').required()}),
  }),
  interpretation: Joi.array().items(language).unique(),
  captioning: Joi.boolean(),
  registration: Joi.object({url: url.required(), deadline: day}),
  fellowships: Joi.object({deadline: day.required(), url}),
  documents: Joi.array().items(Joi.object({title: Joi.string().trim().min(1).max(200).required(), url: url.required()})),
  status: Joi.string().valid(...EVENT_STATUSES).required(),
  last_changed: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/).required(),
  sample: Joi.boolean().required(),
});

/** Validates the shape of one event file; the rules across fields and files are in rules.ts. */
export function validateEventData(data: unknown): DataProblem[] {
  const {error} = event.required().validate(data, {abortEarly: false, convert: false});
  return error ? joiProblems(error, EXPECTED) : [];
}
