import worldCountries from 'world-countries';

/** UN M49 regions, as `world-countries` names them (Antarctica has no askers). */
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * How ITU reports participation. A country on several UN lists counts once,
 * in the first that applies: LDC, then LLDC, then SIDS.
 */
export const DEVELOPMENT_GROUPS = ['ldc', 'lldc', 'sids', 'developing', 'developed', 'unclassified'] as const;
export type DevelopmentGroup = (typeof DEVELOPMENT_GROUPS)[number];

/** UN lists by ISO 3166-1 alpha-3 code, with the date they reflect (`data/countries/groupings.yml`). */
export type CountryGroupings = {
  as_of: string;
  source: string;
  ldc: string[];
  lldc: string[];
  sids: string[];
  /** Developed countries: older versions of the M49 table have them, recent ones do not. Without the list, no country counts as "other developing". */
  developed?: string[];
};

export type CountryClass = {code: string | null; region: Region | null; group: DevelopmentGroup};

/** Case, accents and punctuation do not matter: "Cote d'Ivoire" is "Côte d’Ivoire". */
const normalize = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Every name a country goes by in `world-countries`: common, official, alternative spellings, ISO codes. */
function nameIndex() {
  const index = new Map<string, (typeof worldCountries)[number]>();
  for (const country of worldCountries) {
    for (const name of [country.name.common, country.name.official, ...country.altSpellings, country.cca3]) {
      if (!index.has(normalize(name))) index.set(normalize(name), country);
    }
  }
  return index;
}

/**
 * Classifies the country a question names (its `country:` label or form
 * field) by UN M49 region and development group. Without `groupings`, or for
 * a name no dataset knows, the group is `unclassified`; so is a country on no
 * list when the groupings do not say which countries are developed.
 */
export function countryClassifier(groupings: CountryGroupings | null): (name: string | null) => CountryClass {
  const index = nameIndex();
  const lists = groupings && (['ldc', 'lldc', 'sids', 'developed'] as const).map((group) => [group, new Set(groupings[group])] as const);
  const rest: DevelopmentGroup = groupings?.developed ? 'developing' : 'unclassified';
  return (name) => {
    const country = name === null ? undefined : index.get(normalize(name));
    if (!country) return {code: null, region: null, group: 'unclassified'};
    const region = (REGIONS as readonly string[]).includes(country.region) ? (country.region as Region) : null;
    if (!lists) return {code: country.cca3, region, group: 'unclassified'};
    const group = lists.find(([, codes]) => codes.has(country.cca3))?.[0] ?? rest;
    return {code: country.cca3, region, group};
  };
}
