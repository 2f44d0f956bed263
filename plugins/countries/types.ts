import type {Locale} from '../catalogue/types';

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
