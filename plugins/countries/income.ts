import {Joi} from '@docusaurus/utils-validation';
import {loadCountryData} from './loadData';
import {INCOME_GROUPS} from './types';
import type {IncomeGroups} from './types';
import type {LocatedProblem} from '../utils/problems';

export const INCOME_FILE = 'data/countries/income.yml';

const codes = Joi.array().items(Joi.string().pattern(/^[A-Z]{3}$/)).unique().required();
const schema = Joi.object<IncomeGroups>({
  as_of: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/).required(),
  fiscal_year: Joi.string().pattern(/^FY\d{4}$/).required(),
  source: Joi.string().min(10).required(),
  ...Object.fromEntries(INCOME_GROUPS.map((group) => [group, codes])),
});

const LIST = 'a list of ISO 3166-1 alpha-3 codes such as [ZMB, MWI], each once';
const EXPECTED = {
  as_of: 'the date the groups take effect, YYYY-MM-DD (1 July of the fiscal year’s first half)',
  fiscal_year: 'the World Bank fiscal year of the classification, such as FY2026',
  source: 'where the groups come from (a URL or a citation)',
  ...Object.fromEntries(INCOME_GROUPS.map((group) => [group, LIST])),
};

/** The World Bank income groups (`data/countries/income.yml`, written by `npm run income:import`). */
export function loadIncomeGroups(siteDir: string): {income: IncomeGroups | null; problems: LocatedProblem[]} {
  const {value, problems} = loadCountryData(siteDir, INCOME_FILE, schema, EXPECTED, 'income:import');
  return {income: value, problems};
}
