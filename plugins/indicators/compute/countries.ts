import {countryMatcher} from '../../countries/match';
import type {CountryGroupings, CountryNames} from '../../countries/types';

/**
 * The UN country groups the M49 table lists, in the order ITU reports
 * participation: a country on several lists counts once, in the first that
 * applies. `other` is a country on none of them (the table has no developed /
 * developing classification); `unclassified` a question whose country is not
 * stated or not recognized.
 */
export const COUNTRY_GROUPS = ['ldc', 'lldc', 'sids', 'other', 'unclassified'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

/** Where a question's asker is: ISO alpha-3 code, M49 region code and UN group; codes are `null` when not placed. */
export type CountryClass = {code: string | null; region: string | null; group: CountryGroup};

const UNPLACED: CountryClass = {code: null, region: null, group: 'unclassified'};

/** Classifies the country a question names (its `country:` label or form field) by UN M49 region and country group. */
export function countryClassifier(names: CountryNames, groupings: CountryGroupings): (name: string | null) => CountryClass {
  const match = countryMatcher(names);
  const lists = (['ldc', 'lldc', 'sids'] as const).map((group) => [group, new Set(groupings[group])] as const);
  return (name) => {
    const country = name === null ? null : match(name);
    if (!country) return UNPLACED;
    const group = lists.find(([, codes]) => codes.has(country.iso3))?.[0] ?? 'other';
    return {code: country.iso3, region: country.region, group};
  };
}

/**
 * São Tomé and Príncipe left the LDC list on 13 December 2024, after UNSD's
 * table of September 2024: the page says so while the lists predate it.
 */
export const predatesSaoTomeGraduation = (groupings: CountryGroupings) => groupings.as_of < '2024-12-13' && groupings.ldc.includes('STP');
