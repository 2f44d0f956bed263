import type {Locale} from '../../locales';
import type {CountryNames, UnCountry} from './types';

/** The answer of the question forms for an asker who does not name a country. */
export const PREFER_NOT_TO_SAY = 'Prefer not to say';

/**
 * How a question names its country: the English UN short name and the ISO
 * code, "Burkina Faso (BFA)". It is the option of GitHub's question form (so
 * that the ask page can prefill it) and what the question body stores; the
 * indicators place a question by the code.
 */
export const countryOption = (country: UnCountry) => `${country.names.en} (${country.iso3})`;

/** A country the ask page offers: the form value and the name in the page's language. */
export type CountryChoice = {value: string; name: string};

/** Every country with its name in `locale`, in that language's alphabetical order. */
export function countryChoices(names: CountryNames, locale: Locale): CountryChoice[] {
  const collator = new Intl.Collator(locale);
  return names.countries.map((country) => ({value: countryOption(country), name: country.names[locale]})).sort((a, b) => collator.compare(a.name, b.name));
}

/** The options of the country dropdown of GitHub's question form. */
export const countryDropdownOptions = (names: CountryNames) => [PREFER_NOT_TO_SAY, ...countryChoices(names, 'en').map((choice) => choice.value)];
