import {LOCALES} from '../../../locales';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {countryMatcher} from '../../../plugins/countries/match';
import {loadCountryNames} from '../../../plugins/countries/names';
import {normalizeName} from '../../../plugins/countries/normalize';

const {names} = loadCountryNames(path.join(__dirname, '../../..'));
if (!names) throw new Error('data/countries/names.yml is missing or invalid');
const match = countryMatcher(names);
const place = (text: string) => match(text)?.iso3 ?? null;

describe('placing the country a question names', () => {
  it('places every UN short name, in each of the six languages, on its own country', () => {
    for (const country of names.countries) {
      for (const locale of LOCALES) expect(place(country.names[locale]), `${locale}: ${country.names[locale]}`).toBe(country.iso3);
    }
  });

  it('places the forms’ "Name (ISO)" by its code, whatever the name', () => {
    expect(place('Burkina Faso (BFA)')).toBe('BFA');
    expect(place('بوركينا فاسو (BFA)')).toBe('BFA');
    expect(place('Bolivia (Plurinational State of) (BOL)')).toBe('BOL');
    expect(place('Somewhere (KEN)')).toBe('KEN');
  });

  it('ignores accents, case, articles and punctuation, in every script', () => {
    expect(place('cote d’ivoire')).toBe('CIV');
    expect(place('COTE D IVOIRE')).toBe('CIV');
    expect(place('The Gambia')).toBe('GMB');
    expect(place('la Gambie')).toBe('GMB');
    expect(place('República Dominicana')).toBe('DOM');
    expect(place('Republica dominicana')).toBe('DOM');
    expect(place('Perú')).toBe('PER');
    expect(place('الاردن')).toBe('JOR');
    expect(place('أردن')).toBe('JOR');
    expect(place('БОЛИВИЯ')).toBe('BOL');
  });

  it('then takes the library’s alternates: common names, other spellings, translations', () => {
    expect(place('Laos')).toBe('LAO');
    expect(place('Bolivia')).toBe('BOL');
    expect(place('Venezuela')).toBe('VEN');
    expect(place('South Korea')).toBe('KOR');
    expect(place('Ivory Coast')).toBe('CIV');
    expect(place('لاوس')).toBe('LAO');
  });

  it('places nothing it does not know, and no name of another script on a Latin one', () => {
    expect(place('Atlantis')).toBeNull();
    expect(place('アトランティス')).toBeNull();
    expect(place('')).toBeNull();
    expect(place('(XYZ)')).toBeNull();
  });

  it('keeps the UN names of different countries apart once normalized', () => {
    for (const locale of LOCALES) {
      const keys = names.countries.map((country) => normalizeName(country.names[locale]));
      expect(new Set(keys).size, locale).toBe(keys.length);
    }
  });
});
