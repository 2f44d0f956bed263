import {Joi} from '@docusaurus/utils-validation';
import {joiProblems} from '../utils/problems';
import {GITHUB_LOGIN} from '../translations/reviewers/reviewers';
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
  /** `YYYY-MM-DD`: the English page's review date (a translation has `translation.date` instead). */
  last_reviewed: string;
  /** How a translation was made and who reviewed it; only in translations. */
  translation?: TranslationMeta;
};

/** How a translation was made: by machine or by a person, and whether a listed reviewer approved it. */
export const TRANSLATION_STATES = ['machine', 'draft', 'reviewed'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export type TranslationMeta = {
  state: TranslationState;
  /** `YYYY-MM-DD`: when made or last changed (machine, draft), or the review date (reviewed). */
  date: string;
  /** GitHub login of a reviewer listed for the locale; only with `state: reviewed`. */
  reviewer?: string;
};

/** Who may review a translation: its locale and the logins listed for it in data/translations/reviewers.yml. */
export type TranslationContext = {locale: string; reviewers: readonly string[]};

const listOf = (values: readonly (string | number)[]) => values.join(', ');

/** What each field accepts, in words: the second half of every message. */
export const EXPECTED: Record<Exclude<keyof GuidanceFrontMatter, 'translation'>, string> = {
  description: 'a one-sentence summary of 40 to 200 characters',
  programme: `a non-empty list of action-plan programmes from ${listOf(PROGRAMMES)}, e.g. [1, 3]`,
  audience: `a non-empty list of audiences from: ${listOf(AUDIENCES)}`,
  recommendations:
    'a list of ITU-T Recommendation identifiers such as [E.164, G.709/Y.1331] ([] if none)',
  study_groups: `a list of study groups from: ${listOf(STUDY_GROUPS)} ([] if none)`,
  last_reviewed: 'a date YYYY-MM-DD that is not in the future, e.g. 2026-11-29',
};

/** What a translation's own fields accept. */
const TRANSLATION_EXPECTED: Record<string, string> = {
  translation: `a block translation: {state: ${TRANSLATION_STATES.join(' | ')}, date: YYYY-MM-DD, reviewer: <login> (with reviewed only)}`,
  state: `one of ${TRANSLATION_STATES.join(', ')} (machine: machine translation not reviewed; draft: by a person, not reviewed; reviewed: approved by a listed reviewer)`,
  date: 'a date YYYY-MM-DD that is not in the future: when the translation was made or last changed, or its review date',
  reviewer: 'the GitHub login of the reviewer with state: reviewed (and no reviewer otherwise)',
  last_reviewed: "no last_reviewed: that is the English page's review date, and a translation's dates are its own: use translation.date",
};

/** What the refused `mdx` field gets instead of a description of its values. */
const MDX_FORMAT = `no mdx field: ${FORMAT_OVERRIDE}`;

/** A real `YYYY-MM-DD` day, e.g. not `2026-02-30`. */
const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const day = (today: string) =>
  Joi.string().custom((value: string, helpers) => (isCalendarDate(value) && value <= today ? value : helpers.error('any.invalid')));

const translationSchema = (today: string) =>
  Joi.object<TranslationMeta>({
    state: Joi.string()
      .valid(...TRANSLATION_STATES)
      .required(),
    date: day(today).required(),
    reviewer: Joi.when('state', {is: 'reviewed', then: Joi.string().pattern(GITHUB_LOGIN).required(), otherwise: Joi.forbidden()}),
  }).required();

const schema = (today: string, translation: boolean) =>
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
    last_reviewed: translation ? Joi.any().forbidden() : day(today).required(),
    translation: translation ? translationSchema(today) : Joi.any().forbidden(),
    // `mdx: {format: mdx}` would compile a `.md` page as MDX, where `{…}` runs
    // code: a translation could slip script past a check that reads it as
    // Markdown (issue 13). No page needs it.
    mdx: Joi.any().forbidden(),
  }).unknown(true);

/** A `reviewed` translation whose reviewer is not listed for its locale. */
function unlistedReviewer(frontMatter: unknown, {locale, reviewers}: TranslationContext): DataProblem[] {
  const meta = (frontMatter as {translation?: Partial<TranslationMeta>} | null)?.translation;
  const reviewer = meta?.state === 'reviewed' ? meta.reviewer : undefined;
  if (typeof reviewer !== 'string' || !GITHUB_LOGIN.test(reviewer)) return [];
  if (reviewers.some((listed) => listed.toLowerCase() === reviewer.toLowerCase())) return [];
  const listed = reviewers.length > 0 ? `one of ${reviewers.join(', ')}` : `none yet (add yourself by pull request, CONTRIBUTING.md "Reviewing a translation")`;
  return [{path: ['translation', 'reviewer'], found: reviewer, expected: `a reviewer listed for ${locale} in data/translations/reviewers.yml: ${listed}`}];
}

/**
 * Validates the BSG Hub fields of one doc's front matter, and refuses `mdx`.
 * Unknown keys (the docs plugin's own `title`, `sidebar_position`, …) are left alone. Every
 * problem is returned, not only the first. With `translation`, the page is a
 * translation: it has a `translation:` block (state, date, reviewer listed for
 * its locale) and no `last_reviewed`; an English page has the reverse.
 */
export function validateGuidanceFrontMatter(
  frontMatter: unknown,
  {today, translation}: {today: string; translation?: TranslationContext},
): {value: GuidanceFrontMatter; problems: []} | {value: undefined; problems: DataProblem[]} {
  const {value, error} = schema(today, translation !== undefined).validate(frontMatter, {abortEarly: false, convert: false});
  const problems = [
    ...(error ? joiProblems(error, {...EXPECTED, mdx: MDX_FORMAT, ...(translation && TRANSLATION_EXPECTED)}) : []),
    ...(translation ? unlistedReviewer(frontMatter, translation) : []),
  ];
  return problems.length > 0 ? {value: undefined, problems} : {value: value as GuidanceFrontMatter, problems: []};
}
