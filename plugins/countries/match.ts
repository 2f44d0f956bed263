import worldCountries from 'world-countries';
import {normalizeName} from './normalize';
import type {CountryNames, UnCountry} from './types';

/** `world-countries` translations in the UN languages other than English. */
const LIBRARY_LANGUAGES = ['ara', 'fra', 'rus', 'spa', 'zho'] as const;

/** A name's trailing "(…)": "Bolivia (Plurinational State of)" is also "Bolivia". */
const withoutParenthesis = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * Every name that places a country, earliest first so that an earlier name
 * wins a clash: the UN short names in the six languages, the ISO and M49
 * codes, the UN names without their parenthesis, then the library's
 * alternates (common and official names, other spellings, translations).
 */
function nameIndex(names: CountryNames): Map<string, UnCountry> {
  const index = new Map<string, UnCountry>();
  const add = (name: string, country: UnCountry) => {
    const key = normalizeName(name);
    if (key !== '' && !index.has(key)) index.set(key, country);
  };
  for (const country of names.countries) [...Object.values(country.names), country.iso3, country.m49].forEach((name) => add(name, country));
  for (const country of names.countries) Object.values(country.names).forEach((name) => add(withoutParenthesis(name), country));
  const byIso3 = new Map(names.countries.map((country) => [country.iso3, country]));
  for (const entry of worldCountries) {
    const country = byIso3.get(entry.cca3);
    if (!country) continue;
    const translations = LIBRARY_LANGUAGES.flatMap((language) => Object.values(entry.translations[language] ?? {}));
    [entry.name.common, entry.name.official, ...entry.altSpellings, ...translations].forEach((name) => add(name, country));
  }
  return index;
}

/**
 * Places the free-text country of a question: "Burkina Faso (BFA)", as the
 * question forms write it, by its code; any other text by name, in any of
 * the six languages. `null` for a name nothing knows.
 */
export function countryMatcher(names: CountryNames): (text: string) => UnCountry | null {
  const index = nameIndex(names);
  const byIso3 = new Map(names.countries.map((country) => [country.iso3, country]));
  return (text) => {
    const code = /\(\s*([A-Z]{3})\s*\)\s*$/.exec(text)?.[1];
    const coded = code === undefined ? undefined : byIso3.get(code);
    return coded ?? index.get(normalizeName(text)) ?? index.get(normalizeName(withoutParenthesis(text))) ?? null;
  };
}
