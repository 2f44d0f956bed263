
/** A name in each of the six UN languages. */
export type UnNames = Record<Locale, string>;

/** A UN M49 region (Africa, Americas, Asia, Europe, Oceania) by its M49 code, e.g. `002`. */
export type M49Region = {m49: string; names: UnNames};

/** A country or area of the M49 table with its UN short name in each language. */
export type UnCountry = {
  /** ISO 3166-1 alpha-3, e.g. `BFA`. */
  iso3: string;
  /** M49 numeric code as three digits, e.g. `854`. */
  m49: string;
  /** M49 code of its region; `null` for Antarctica. */
  region: string | null;
  names: UnNames;
};

/** `data/countries/names.yml`: regions and countries in the table's order, with the date the table reflects. */
export type CountryNames = {as_of: string; source: string; regions: M49Region[]; countries: UnCountry[]};

/** The UN lists by ISO 3166-1 alpha-3 code, with the date they reflect (`data/countries/groupings.yml`). */
export type CountryGroupings = {as_of: string; source: string; ldc: string[]; lldc: string[]; sids: string[]};

/** The World Bank's income groups, by GNI per capita (Atlas method), lowest first. */
export const INCOME_GROUPS = ['low', 'lower_middle', 'upper_middle', 'high'] as const;
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

/**
 * `data/countries/income.yml`: ISO alpha-3 codes per World Bank income group,
 * with the fiscal year (`FY2026`), the date it takes effect and its source.
 * Not a list of developing countries: the closest public, machine-readable proxy.
 */
export type IncomeGroups = {as_of: string; fiscal_year: string; source: string} & Record<IncomeGroup, string[]>;import type {Locale} from '../../locales';

