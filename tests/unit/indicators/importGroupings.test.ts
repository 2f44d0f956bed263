import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {countryClassifier} from '../../../plugins/indicators/compute/countries';
import {GROUPINGS_FILE, loadGroupings} from '../../../plugins/indicators/groupings';
import {groupingsFromM49, groupingsYaml} from '../../../plugins/indicators/importGroupings';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/countries', name), 'utf8');
const meta = {asOf: '2026-01-01', source: 'UNSD M49 overview table'};

describe('importing the UNSD M49 overview table', () => {
  it('reads the three UN lists from the columns marked x', () => {
    const {groupings, problems} = groupingsFromM49(fixture('m49-overview.csv'), meta);
    expect(problems).toEqual([]);
    expect(groupings).toEqual({as_of: '2026-01-01', source: 'UNSD M49 overview table', ldc: ['KIR', 'MWI'], lldc: ['BOL', 'MWI'], sids: ['FJI', 'KIR']});
  });

  it('has no developed list when the table has no such column: countries on no list stay unclassified', () => {
    const {groupings} = groupingsFromM49(fixture('m49-overview.csv'), meta);
    const classify = countryClassifier(groupings);
    expect(classify('Kenya').group).toBe('unclassified');
    expect(classify('Fiji').group).toBe('sids');
  });

  it('reads the developed list of older tables, comma-separated too, and names each bad row', () => {
    const {groupings, problems} = groupingsFromM49(fixture('m49-invalid.csv'), meta);
    expect(groupings).toBeNull();
    expect(problems).toEqual([
      {line: 4, message: "ISO-alpha3 Code: found 'XXX', expected an ISO 3166-1 alpha-3 code that world-countries knows"},
      {line: 5, message: "Least Developed Countries (LDC): found 'yes', expected x or nothing"},
    ]);
    const valid = fixture('m49-invalid.csv').split('\n').filter((line) => !/^(Nowhere|Peru)/.test(line)).join('\n');
    expect(groupingsFromM49(valid, meta).groupings?.developed).toEqual(['FRA']);
  });

  it('says which columns are missing from another kind of file', () => {
    const {problems} = groupingsFromM49('Country,Code\nKenya,KEN\n', meta);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^missing column\(s\) "ISO-alpha3 Code", "Least Developed Countries", "Land Locked Developing Countries", "Small Island Developing States"; found: Country \| Code/);
  });

  it('writes YAML that reads back to the same groupings, with a note on how it was made', () => {
    const {groupings} = groupingsFromM49(fixture('m49-overview.csv'), meta);
    const yaml = groupingsYaml(groupings!, 'm49-overview.csv');
    expect(yaml.split('\n')[0]).toContain('npm run countries:import');
    expect(parse(yaml)).toEqual(groupings);
    const site = mkdtempSync(path.join(os.tmpdir(), 'groupings-'));
    try {
      mkdirSync(path.dirname(path.join(site, GROUPINGS_FILE)), {recursive: true});
      writeFileSync(path.join(site, GROUPINGS_FILE), yaml);
      expect(loadGroupings(site)).toEqual({groupings, problems: []});
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
});
