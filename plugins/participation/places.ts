import {INCOME_GROUPS} from '../countries/types';
import {NOT_STATED} from './types';
import type {CountryGroup} from '../indicators/compute/countries';
import type {CountryGroupings, CountryNames, IncomeGroups} from '../countries/types';

/** The World Bank income groups, then economies it does not classify, then participants who stated no country. */
export const INCOME_KEYS = [...INCOME_GROUPS, 'none', 'unknown'] as const;
export type IncomeKey = (typeof INCOME_KEYS)[number];

/** Where a participant's country stands: UN group, M49 region (`null`: not stated) and income group. */
export type Place = {group: CountryGroup; region: string | null; income: IncomeKey};

/** Places a participation file's country key (ISO alpha-3, or `not_stated`) in the UN groups, M49 regions and income groups. */
export function placer(names: CountryNames, groupings: CountryGroupings, income: IncomeGroups): (code: string) => Place {
  const regionOf = new Map(names.countries.map((country) => [country.iso3, country.region]));
  const lists = (['ldc', 'lldc', 'sids'] as const).map((group) => [group, new Set(groupings[group])] as const);
  const incomeOf = new Map(INCOME_GROUPS.flatMap((group) => income[group].map((code) => [code, group] as const)));
  return (code) => {
    if (code === NOT_STATED) return {group: 'unclassified', region: null, income: 'unknown'};
    const group = lists.find(([, codes]) => codes.has(code))?.[0] ?? 'other';
    return {group, region: regionOf.get(code) ?? null, income: incomeOf.get(code) ?? 'none'};
  };
}

/** Every distinct place of the M49 countries, and of participants who state no country. */
export function worldOf(names: CountryNames, placeOf: (code: string) => Place): {places: Place[]; placeOf: (code: string) => Place; regions: string[]} {
  const places = new Map<string, Place>();
  for (const code of [...names.countries.map((country) => country.iso3), NOT_STATED]) {
    const place = placeOf(code);
    places.set(`${place.group}|${place.region}|${place.income}`, place);
  }
  return {places: [...places.values()], placeOf, regions: names.regions.map((region) => region.m49)};
}
