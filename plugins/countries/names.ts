import {LOCALES} from '../../locales';
import {Joi} from '@docusaurus/utils-validation';
import {oncePerBuild} from '../utils/oncePerBuild';
import {loadCountryData} from './loadData';
import type {CountryNames} from './types';
import type {LocatedProblem} from '../utils/problems';

export const NAMES_FILE = 'data/countries/names.yml';

const m49 = Joi.string().pattern(/^\d{3}$/);
const names = Joi.object(Object.fromEntries(LOCALES.map((locale) => [locale, Joi.string().min(1).required()]))).required();
const schema = Joi.object<CountryNames>({
  as_of: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/).required(),
  source: Joi.string().min(10).required(),
  regions: Joi.array().items(Joi.object({m49: m49.required(), names})).unique('m49').min(1).required(),
  countries: Joi.array()
    .items(Joi.object({iso3: Joi.string().pattern(/^[A-Z]{3}$/).required(), m49: m49.required(), region: m49.allow(null).required(), names}))
    .unique('iso3')
    .unique('m49')
    .min(1)
    .required(),
});

const EXPECTED = {
  as_of: 'the date the M49 table reflects, YYYY-MM-DD',
  source: 'where the names come from (a URL or a citation)',
  regions: 'a list of M49 regions, each with `m49` and `names`, each code once',
  countries: 'a list of countries, each with `iso3`, `m49`, `region` and `names`, each code once',
  m49: 'an M49 code of three digits, such as "004"',
  iso3: 'an ISO 3166-1 alpha-3 code such as BFA',
  region: 'the M49 code of the region, or null',
  names: `the UN short name in each of ${LOCALES.join(', ')}`,
  ...Object.fromEntries(LOCALES.map((locale) => [locale, `the UN short name in ${locale}`])),
};

/** The UN short names of countries and M49 regions in the six languages (`data/countries/names.yml`). */
export function loadCountryNames(siteDir: string): {names: CountryNames | null; problems: LocatedProblem[]} {
  const {value, problems} = loadCountryData(siteDir, NAMES_FILE, schema, EXPECTED);
  return {names: value, problems};
}

/** The names for a build: the forum and the indicators of all six locales share one read (about 0.2 s of YAML). */
export const countryNamesOfBuild = (siteDir: string) => oncePerBuild(`countries:names:${siteDir}`, async () => loadCountryNames(siteDir));
