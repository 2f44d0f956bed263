import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {importIncome, incomeYaml} from '../../../plugins/countries/importIncome';
import {loadIncomeGroups} from '../../../plugins/countries/income';
import {loadCountryNames} from '../../../plugins/countries/names';

const FIXTURES = path.join(__dirname, '../../fixtures/countries/income');
const SITE = path.join(__dirname, '../../..');
const {names} = loadCountryNames(SITE);
const meta = {asOf: '2025-07-01', fiscalYear: 'FY2026', source: 'World Bank, World Bank Country and Lending Groups'};
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

describe('importing the World Bank income groups', () => {
  it('lists the economies of each group by the M49 table’s ISO codes, skipping aggregates and those without a group', () => {
    const {income, unmatched, problems} = importIncome('CLASS_FY2026.csv', read('CLASS_FY2026.csv'), names!, meta);
    expect(problems).toEqual([]);
    expect(income).toEqual({as_of: '2025-07-01', fiscal_year: 'FY2026', source: meta.source, low: ['AFG'], lower_middle: ['BOL'], upper_middle: ['FJI'], high: ['CHE']});
    // Kosovo and the Channel Islands have World Bank codes the M49 table does not use.
    expect(unmatched).toEqual(['CHI', 'XKX']);
  });

  it('writes YAML that reads back to the same data, saying how it was made', () => {
    const {income} = importIncome('CLASS_FY2026.csv', read('CLASS_FY2026.csv'), names!, meta);
    const yaml = incomeYaml(income!, 'CLASS_FY2026.csv');
    expect(yaml.split('\n')[0]).toContain('npm run income:import');
    expect(parse(yaml)).toEqual(income);
  });

  it('writes nothing from a table with bad rows, naming every line', () => {
    const {income, problems} = importIncome('bad.csv', read('bad.csv'), names!, meta);
    expect(income).toBeNull();
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      "2 Income group: found 'Poor', expected Low income, Lower middle income, Upper middle income, High income or nothing",
      "3 Code: found 'bo', expected three capital letters",
      "4 Code: found 'AFG' again (also on line 2)",
    ]);
  });

  it('refuses a file that is not the CLASS sheet', () => {
    const {problems} = importIncome('other.csv', 'Country,GNI\nChad,1\n', names!, meta);
    expect(problems[0]?.message).toMatch(/^missing column\(s\) Economy, Code, Region, Income group/);
  });

  it('the committed data/countries/income.yml is FY2026, as the World Bank set it on 1 July 2025', () => {
    const {income, problems} = loadIncomeGroups(SITE);
    expect(problems).toEqual([]);
    expect(income?.fiscal_year).toBe('FY2026');
    expect(income?.as_of).toBe('2025-07-01');
    expect([income?.low.length, income?.lower_middle.length, income?.upper_middle.length, income?.high.length]).toEqual([25, 50, 53, 85]);
    const m49 = new Set(names!.countries.map((country) => country.iso3));
    expect([income!.low, income!.lower_middle, income!.upper_middle, income!.high].flat().filter((code) => !m49.has(code))).toEqual([]);
  });
});
