import {Joi} from '@docusaurus/utils-validation';
import worldCountries from 'world-countries';
import {loadCountryData} from './loadData';
import type {CountryGroupings} from './types';
import type {LocatedProblem} from '../utils/problems';

export const GROUPINGS_FILE = 'data/countries/groupings.yml';

const codes = Joi.array().items(Joi.string().valid(...worldCountries.map((country) => country.cca3))).unique().required();
const schema = Joi.object<CountryGroupings>({
  as_of: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/).required(),
  source: Joi.string().min(10).required(),
  ldc: codes,
  lldc: codes,
  sids: codes,
});

const LIST = 'a list of ISO 3166-1 alpha-3 codes such as [ZMB, MWI], each once';
const EXPECTED = {
  as_of: 'the date the lists reflect, YYYY-MM-DD',
  source: 'where the lists come from (a URL or a citation)',
  ldc: LIST,
  lldc: LIST,
  sids: LIST,
};

/** The UN country groups (`data/countries/groupings.yml`). */
export function loadGroupings(siteDir: string): {groupings: CountryGroupings | null; problems: LocatedProblem[]} {
  const {value, problems} = loadCountryData(siteDir, GROUPINGS_FILE, schema, EXPECTED);
  return {groupings: value, problems};
}
