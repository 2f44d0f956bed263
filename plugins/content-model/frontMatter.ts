import {Joi} from '@docusaurus/utils-validation';
import {joiProblems} from '../utils/problems';
import {FORMAT_OVERRIDE} from './formatGuard';
import {AUDIENCES, PROGRAMMES, RECOMMENDATION_ID, STUDY_GROUPS} from './vocabulary';
import type {DataProblem} from '../utils/problems';
import type {Audience, Programme, StudyGroup} from './vocabulary';

/** The metadata every guidance page declares, after validation. */
export type GuidanceFrontMatter = {
  description: string;
  programme: Programme[];
  audience: Audience[];
  recommendations: string[];
  study_groups: StudyGroup[];
  /** `YYYY-MM-DD` */
  last_reviewed: string;
};

const listOf = (values: readonly (string | number)[]) => values.join(', ');

/** What each field accepts, in words: the second half of every message. */
export const EXPECTED: Record<keyof GuidanceFrontMatter, string> = {
  description: 'a one-sentence summary of 40 to 200 characters',
  programme: `a non-empty list of action-plan programmes from ${listOf(PROGRAMMES)}, e.g. [1, 3]`,
  audience: `a non-empty list of audiences from: ${listOf(AUDIENCES)}`,
  recommendations:
    'a list of ITU-T Recommendation identifiers such as [E.164, G.709/Y.1331] ([] if none)',
  study_groups: `a list of study groups from: ${listOf(STUDY_GROUPS)} ([] if none)`,
  last_reviewed: 'a date YYYY-MM-DD that is not in the future, e.g. 2026-11-29',
};

/** What the refused `mdx` field gets instead of a description of its values. */
const MDX_FORMAT = `no mdx field: ${FORMAT_OVERRIDE}`;

/** A real `YYYY-MM-DD` day, e.g. not `2026-02-30`. */
const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const schema = (today: string) =>
  Joi.object<GuidanceFrontMatter & {mdx?: never}>({
    description: Joi.string().min(40).max(200).required(),
    programme: Joi.array()
      .items(Joi.number().valid(...PROGRAMMES))
      .min(1)
      .unique()
      .required(),
    audience: Joi.array()
      .items(Joi.string().valid(...AUDIENCES))
      .min(1)
      .unique()
      .required(),
    recommendations: Joi.array()
      .items(Joi.string().pattern(RECOMMENDATION_ID))
      .unique()
      .required(),
    study_groups: Joi.array()
      .items(Joi.string().valid(...STUDY_GROUPS))
      .unique()
      .required(),
    last_reviewed: Joi.string()
      .custom((value: string, helpers) =>
        isCalendarDate(value) && value <= today ? value : helpers.error('any.invalid'),
      )
      .required(),
    // `mdx: {format: mdx}` would compile a `.md` page as MDX, where `{…}` runs
    // code: a translation could slip script past a check that reads it as
    // Markdown (issue 13). No page needs it.
    mdx: Joi.any().forbidden(),
  }).unknown(true);

/**
 * Validates the BSG Hub fields of one doc's front matter, and refuses `mdx`.
 * Unknown keys (the docs plugin's own `title`, `sidebar_position`, …) are left alone. Every
 * problem is returned, not only the first.
 */
export function validateGuidanceFrontMatter(
  frontMatter: unknown,
  {today}: {today: string},
): {value: GuidanceFrontMatter; problems: []} | {value: undefined; problems: DataProblem[]} {
  const {value, error} = schema(today).validate(frontMatter, {abortEarly: false, convert: false});
  return error ? {value: undefined, problems: joiProblems(error, {...EXPECTED, mdx: MDX_FORMAT})} : {value, problems: []};
}
