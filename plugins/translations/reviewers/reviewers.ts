import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {Joi} from '@docusaurus/utils-validation';
import {TRANSLATED_LOCALES} from '../../../locales';
import {formatProblems, joiProblems, locateProblems} from '../../utils/problems';
import {parseYamlWithLines} from '../../utils/yaml';
import type {TranslatedLocale} from '../../../locales';

/** The people who may mark a translation `reviewed`, per locale: GitHub logins (a list may be empty). */
export type Reviewers = Readonly<Record<TranslatedLocale, readonly string[]>>;

/** Where the list lives, relative to the site directory. */
export const REVIEWERS_FILE = 'data/translations/reviewers.yml';

/** A GitHub login: letters, digits and single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export const NO_REVIEWERS: Reviewers = Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, []])) as unknown as Reviewers;

const EXPECTED: Record<string, string> = {
  '': `a map with one key per locale (${TRANSLATED_LOCALES.join(', ')}), each a list of GitHub logins ([] if none)`,
  ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, `a list of distinct GitHub logins (letters, digits, inner hyphens), e.g. [octocat], or [] if ${locale} has no reviewer yet`])),
};

const logins = Joi.array().items(Joi.string().pattern(GITHUB_LOGIN)).unique((a: string, b: string) => a.toLowerCase() === b.toLowerCase()).required();
const schema = Joi.object(Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, logins]))).required();

/**
 * Validates the parsed reviewers file (pure). Every locale must be present, so
 * that a language without reviewers is a decision written down (`[]`), not an omission.
 */
export function validateReviewers(data: unknown): {value: Reviewers; problems: []} | {value: undefined; problems: ReturnType<typeof joiProblems>} {
  const {value, error} = schema.validate(data, {abortEarly: false, convert: false});
  return error ? {value: undefined, problems: joiProblems(error, EXPECTED)} : {value: value as Reviewers, problems: []};
}

/** Whether `login` may review `locale` (GitHub logins are case-insensitive). */
export const isReviewer = (reviewers: Reviewers, locale: string, login: string): boolean =>
  (reviewers[locale as TranslatedLocale] ?? []).some((listed) => listed.toLowerCase() === login.toLowerCase());

/**
 * Reads `data/translations/reviewers.yml` of a site. A site without the file
 * has no reviewers (fixtures, a fresh fork); a malformed one is an error
 * listing every problem at its line.
 */
export async function readReviewers(siteDir: string): Promise<Reviewers> {
  const text = await readFile(path.join(siteDir, REVIEWERS_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text === null) return NO_REVIEWERS;
  const parsed = parseYamlWithLines(text);
  const result = parsed.syntaxErrors.length > 0 ? {value: undefined, problems: []} : validateReviewers(parsed.data);
  if (result.value) return result.value;
  const problems = locateProblems(REVIEWERS_FILE, parsed, result.problems);
  throw new Error(formatProblems('Invalid reviewers file', problems, 'See CONTRIBUTING.md, section "Reviewing a translation".'));
}
