import {describe, expect, it} from 'vitest';
import {suggestedLocale} from '../../../src/lib/languageSuggestion';
import {LOCALES} from '../../../locales';


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
