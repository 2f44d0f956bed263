import {describe, expect, it} from 'vitest';
import {isUntranslated, newTranslationUrl} from '../../../src/lib/translation';

describe('isUntranslated', () => {
  it.each([
    ['@site/docs/guidelines/remote-participation.md', 'fr', true],
    ['@site/i18n/fr/docusaurus-plugin-content-docs/current/guidelines/remote-participation.md', 'fr', false],
    ['@site/docs/guidelines/remote-participation.md', 'en', false],
  ])('%s in %s → %s', (source, locale, expected) => {
    expect(isUntranslated(source, locale, 'en')).toBe(expected);
  });
});

describe('newTranslationUrl', () => {
  it('opens GitHub’s new-file form in the locale’s docs folder', () => {
    expect(
      newTranslationUrl('https://github.com/o/r', '@site/docs/guidelines/remote-participation.md', 'ar'),
    ).toBe(
      'https://github.com/o/r/new/main/i18n/ar/docusaurus-plugin-content-docs/current/guidelines?filename=remote-participation.md',
    );
  });

  it('handles a page at the root of docs/', () => {
    expect(newTranslationUrl('https://github.com/o/r', '@site/docs/intro.md', 'zh')).toBe(
      'https://github.com/o/r/new/main/i18n/zh/docusaurus-plugin-content-docs/current?filename=intro.md',
    );
  });
});
