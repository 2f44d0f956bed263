import {LOCALES} from '../../../locales';
import {describe, expect, test} from 'vitest';
import {COUNTED, localeFromHeader, TEXT} from '../../../gateway/messages';

describe('messages', () => {
  test('every message exists in the six languages, and none is a copy of the English one', () => {
    for (const [key, text] of Object.entries(TEXT)) {
      for (const locale of LOCALES) {
        expect(text[locale], `${key} in ${locale}`).toBeTruthy();
        if (locale !== 'en' && !/BSG Hub$/.test(text.en)) expect(text[locale], `${key} in ${locale}`).not.toBe(text.en);
      }
    }
    for (const [key, counted] of Object.entries(COUNTED)) for (const locale of LOCALES) expect(counted[locale](7), `${key} in ${locale}`).toContain('7');
  });

  test('the language from Accept-Language, else English', () => {
    expect(localeFromHeader('de-DE, ar-EG;q=0.8, fr;q=0.5')).toBe('ar');
    expect(localeFromHeader('zh-Hans-CN')).toBe('zh');
    expect(localeFromHeader(undefined)).toBe('en');
  });
});
