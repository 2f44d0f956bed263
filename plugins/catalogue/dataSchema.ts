import {LOCALES} from '../../locales';
import {Joi} from '@docusaurus/utils-validation';
import {RECOMMENDATION_ID, STUDY_GROUPS} from '../content-model/vocabulary';
import {joiProblems} from '../utils/problems';
import {EVIDENCE_TYPES, REGIONS, STATUSES} from './types';
import type {DataProblem} from '../utils/problems';

/** What each field accepts, in words: the second half of every message. */
export const EXPECTED: Record<string, string> = {
  id: 'a unique identifier (an ITU-T Recommendation such as E.164 or G.709/Y.1331; a study group such as SG2; a lowercase slug elsewhere)',
  title: 'the official title, as text',
  study_group: `one of ${STUDY_GROUPS.join(', ')}`,
  status: `one of ${STATUSES.join(', ')}`,
  policy: 'true or false: whether it has regulatory or policy implications',
  summary: 'an original summary of 80 to 500 characters',
  translations: `summaries by locale (${LOCALES.filter((l) => l !== 'en').join(', ')}), each {summary: …}`,
  title_confirmed: 'true or false: whether the title is the confirmed formal wording',
  areas: 'a description of 60 to 400 characters',
  series: 'a list of series letters such as [E, M]',
  regional_groups: 'a list of {code: SG<n>RG-<REGION>, region}',
  code: 'a regional-group code such as SG12RG-AFR',
  region: `one of ${REGIONS.join(', ')}`,
  abbr: 'the abbreviation as written in this language',
  expansion: 'the expansion in this language (only with an abbr)',
  terms: "(required without an abbr) a list of the forms a translation must use (`*` for an inflected ending, {1} {2} for numbers), e.g. [\"sujet* d'étude\"]",
  forbidden: 'a list of forms a translation must never use',
  alternatives: 'a list of synonyms readers search for (indexed with the page)',
  product: 'the product name',
  maker: 'the maker’s name',
  recommendations: 'a non-empty list of ITU-T Recommendation identifiers',
  evidence: `{type: ${EVIDENCE_TYPES.join(' | ')}, reference: …, lab?: …}`,
  type: `one of ${EVIDENCE_TYPES.join(', ')}`,
  reference: 'the test report, certificate or event reference',
  lab: 'the laboratory’s name',
  date: 'a date YYYY-MM-DD',
  sample: 'true for made-up entries that show the format, false for real ones',
};

const day = Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/);
const recommendationId = Joi.string().pattern(RECOMMENDATION_ID);
const slug = Joi.string().pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const recommendation = Joi.object({
  id: recommendationId.required(),
  title: Joi.string().required(),
  study_group: Joi.string().valid(...STUDY_GROUPS).required(),
  status: Joi.string().valid(...STATUSES).required(),
  policy: Joi.boolean().required(),
  summary: Joi.string().min(80).max(500).required(),
  translations: Joi.object(
    Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [l, Joi.object({summary: Joi.string().min(40).required()})])),
  ),
});

const studyGroup = Joi.object({
  id: Joi.string().valid(...STUDY_GROUPS).required(),
  title: Joi.string().required(),
  title_confirmed: Joi.boolean().required(),
  areas: Joi.string().min(60).max(400).required(),
  series: Joi.array().items(Joi.string().pattern(/^[A-Z]$/)).required(),
  regional_groups: Joi.array()
    .items(
      Joi.object({
        code: Joi.string().pattern(/^(SG\d+|TSAG)RG-[A-Z]+$/).required(),
        region: Joi.string().valid(...REGIONS).required(),
      }),
    )
    .required(),
});

const glossaryForms = Joi.array().items(Joi.string().min(1)).min(1);
const glossaryEntry = Joi.object({
  id: slug.required(),
  abbr: Joi.string(),
  // An abbreviation comes with its expansion (the <abbr> tooltip); an entry without one is a term.
  expansion: Joi.string().when('abbr', {is: Joi.exist(), then: Joi.required(), otherwise: Joi.forbidden()}),
  terms: glossaryForms.when('abbr', {not: Joi.exist(), then: Joi.required()}),
  forbidden: glossaryForms,
  alternatives: glossaryForms,
});

const product = Joi.object({
  id: slug.required(),
  product: Joi.string().required(),
  maker: Joi.string().required(),
  recommendations: Joi.array().items(recommendationId).min(1).required(),
  evidence: Joi.object({
    type: Joi.string().valid(...EVIDENCE_TYPES).required(),
    reference: Joi.string().required(),
    lab: Joi.string(),
  }).required(),
  date: day.required(),
  sample: Joi.boolean().required(),
});

/** The schema of each kind of data file: a YAML list of entries. */
export const FILE_SCHEMAS = {
  recommendations: Joi.array().items(recommendation),
  studyGroups: Joi.array().items(studyGroup),
  glossary: Joi.array().items(glossaryEntry),
  products: Joi.array().items(product),
};
export type FileKind = keyof typeof FILE_SCHEMAS;

/** Validates one data file's entries; every problem is returned, not only the first. */
export function validateDataFile(kind: FileKind, data: unknown): DataProblem[] {
  const {error} = FILE_SCHEMAS[kind].required().validate(data, {abortEarly: false, convert: false});
  return error ? joiProblems(error, {...EXPECTED, '': 'a YAML list of entries'}) : [];
}
