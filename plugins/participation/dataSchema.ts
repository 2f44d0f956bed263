import {Joi} from '@docusaurus/utils-validation';
import {COUNTRY_GROUPS} from '../indicators/compute/countries';
import {joiProblems} from '../utils/problems';
import {ANSWERS, GENDERS, MODES, NOT_STATED} from './types';
import type {DataProblem} from '../utils/problems';

const COUNT = 'a whole number of participants, 0 or more';

/** What each field accepts, in words: the second half of every message. */
export const EXPECTED: Record<string, string> = {
  '': 'a YAML mapping with event, source, collected, participants and sample',
  event: 'the id of the event, the same as the file name',
  source: 'where the counts come from, as text (e.g. "Registrations exported from the organiser’s system")',
  collected: 'the date the registrations were exported, YYYY-MM-DD',
  participants: `participants by ISO 3166-1 alpha-3 country code (or ${NOT_STATED}), each {in_person: n, remote: n}`,
  first_time: `{${ANSWERS.map((a) => `${a}: n`).join(', ')}}: only where it was asked with consent`,
  gender: `{${GENDERS.map((g) => `${g}: n`).join(', ')}}: only where it was asked with consent`,
  fellowships: `fellowships granted by UN country group, {${COUNTRY_GROUPS.map((g) => `${g}: n`).join(', ')}}`,
  sample: 'true for made-up counts (of a made-up event), false for real ones',
  ...Object.fromEntries([...MODES, ...ANSWERS, ...GENDERS, ...COUNTRY_GROUPS].map((key) => [key, COUNT])),
};

const count = Joi.number().integer().min(0).required();
const counts = (keys: readonly string[]) => Joi.object(Object.fromEntries(keys.map((key) => [key, count])));

const schema = Joi.object({
  event: Joi.string().pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/).required(),
  source: Joi.string().trim().min(3).max(300).required(),
  collected: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/).required(),
  participants: Joi.object().pattern(Joi.string().pattern(new RegExp(`^([A-Z]{3}|${NOT_STATED})$`)), counts(MODES).required()).min(1).required(),
  first_time: counts(ANSWERS),
  gender: counts(GENDERS),
  fellowships: counts(COUNTRY_GROUPS),
  sample: Joi.boolean().required(),
});

/** Validates the shape of one participation file; the rules against the event and the countries are in rules.ts. */
export function validateParticipationData(data: unknown): DataProblem[] {
  const {error} = schema.required().validate(data, {abortEarly: false, convert: false});
  return error ? joiProblems(error, EXPECTED) : [];
}
