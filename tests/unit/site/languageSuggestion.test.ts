import {describe, expect, it} from 'vitest';
import {offersLanguage, suggestedLocale} from '../../../src/lib/languageSuggestion';

const LOCALES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];

describe('suggestedLocale', () => {
  it.each([
    [['fr-FR', 'fr', 'en-US'], 'fr'],
    [['ar-EG'], 'ar'],
    [['sw-KE', 'ru'], 'ru'],
    [['zh-Hant-TW'], 'zh'],
    [['ES-419'], 'es'],
  ])('offers the first language of %j that the site has: %s', (languages, locale) => {
    expect(suggestedLocale(languages, LOCALES, 'en')).toBe(locale);
  });

  it.each([[['en-GB', 'fr']], [['de-DE', 'pt']], [[]], [['']]])('offers nothing for %j', (languages) => {
    expect(suggestedLocale(languages, LOCALES, 'en')).toBeNull();
  });
});

describe('offersLanguage', () => {
  const origin = 'https://bsg-hub.github.io';
  it('offers it to a reader arriving from elsewhere, or from nowhere', () => {
    expect(offersLanguage({answered: false, referrer: '', origin})).toBe(true);
    expect(offersLanguage({answered: false, referrer: 'https://www.google.com/', origin})).toBe(true);
  });

  it('does not offer it again once answered, nor to a reader who came from a page of the site', () => {
    expect(offersLanguage({answered: true, referrer: '', origin})).toBe(false);
    expect(offersLanguage({answered: false, referrer: `${origin}/fr/docs/guidelines`, origin})).toBe(false);
  });
});
