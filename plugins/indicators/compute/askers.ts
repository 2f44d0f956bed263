import {countBy} from './stats';
import {COUNTRY_GROUPS} from './countries';
import type {CountryClass, CountryGroup} from './countries';

export type AskerIndicators = {
  byGroup: Map<CountryGroup, number>;
  /** By M49 region code, in the order of `regions`; `null` counts questions whose country is not stated or not recognized. */
  byRegion: Map<string | null, number>;
  /** Each placed country with its questions, most first (ties by code). */
  byCountry: (CountryClass & {code: string; count: number})[];
  /** Country names no dataset recognized, for the build log. */
  unrecognized: string[];
};

/** Questions by the asker's country: UN group, M49 region and the country itself. */
export function askerIndicators(countries: readonly (string | null)[], classify: (name: string | null) => CountryClass, regions: readonly string[]): AskerIndicators {
  const classes = countries.map(classify);
  const placed = new Map<string, CountryClass & {code: string; count: number}>();
  for (const c of classes) if (c.code !== null) placed.set(c.code, {...c, code: c.code, count: (placed.get(c.code)?.count ?? 0) + 1});
  return {
    byGroup: countBy(COUNTRY_GROUPS, classes.map((c) => c.group)),
    byRegion: countBy<string | null>([...regions, null], classes.map((c) => c.region)),
    byCountry: [...placed.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    unrecognized: [...new Set(countries.filter((name, i) => name !== null && classes[i]?.code === null) as string[])].sort(),
  };
}
