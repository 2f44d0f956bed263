import {countBy} from './stats';
import {DEVELOPMENT_GROUPS, REGIONS} from './countries';
import type {CountryClass, DevelopmentGroup, Region} from './countries';

export type AskerIndicators = {
  byGroup: Map<DevelopmentGroup, number>;
  /** `null` counts questions whose country is not stated or not recognized. */
  byRegion: Map<Region | null, number>;
  /** Country names no dataset recognized, for the build log. */
  unrecognized: string[];
};

/** Questions by the asker's country: development group and UN M49 region. */
export function askerIndicators(countries: readonly (string | null)[], classify: (name: string | null) => CountryClass): AskerIndicators {
  const classes = countries.map(classify);
  return {
    byGroup: countBy(DEVELOPMENT_GROUPS, classes.map((c) => c.group)),
    byRegion: countBy<Region | null>([...REGIONS, null], classes.map((c) => c.region)),
    unrecognized: [...new Set(countries.filter((name, i) => name !== null && classes[i]?.code === null) as string[])].sort(),
  };
}
