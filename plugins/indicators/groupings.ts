import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {Joi} from '@docusaurus/utils-validation';
import worldCountries from 'world-countries';
import {joiProblems, locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import type {CountryGroupings} from './compute/countries';
import type {LocatedProblem} from '../utils/problems';

export const GROUPINGS_FILE = 'data/countries/groupings.yml';

const CODES = worldCountries.map((country) => country.cca3);
const codes = Joi.array().items(Joi.string().valid(...CODES)).unique().required();
const schema = Joi.object<CountryGroupings>({
  as_of: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/).required(),
  source: Joi.string().min(10).required(),
  ldc: codes,
  lldc: codes,
  sids: codes,
  developed: Joi.array().items(Joi.string().valid(...CODES)).unique(),
});

const LIST = 'a list of ISO 3166-1 alpha-3 codes such as [ZMB, MWI], each once';
const EXPECTED = {
  as_of: 'the date the lists reflect, YYYY-MM-DD',
  source: 'where the lists come from (a URL or a citation)',
  ldc: LIST,
  lldc: LIST,
  sids: LIST,
  developed: LIST,
};

/**
 * The UN country groups (`data/countries/groupings.yml`), or `null` when the
 * site has none: the indicators then count every asker as not classified.
 */
export function loadGroupings(siteDir: string): {groupings: CountryGroupings | null; problems: LocatedProblem[]} {
  const file = path.join(siteDir, GROUPINGS_FILE);
  if (!existsSync(file)) return {groupings: null, problems: []};
  const parsed = parseYamlWithLines(readFileSync(file, 'utf8'));
  const {value, error} = parsed.syntaxErrors.length > 0 ? {value: undefined, error: undefined} : schema.validate(parsed.data, {abortEarly: false, convert: false});
  const problems = locateProblems(GROUPINGS_FILE, parsed, error ? joiProblems(error, EXPECTED) : []);
  return problems.length > 0 || !value ? {groupings: null, problems} : {groupings: value, problems: []};
}
