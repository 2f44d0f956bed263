import {describe, expect, it} from 'vitest';
import {isUntranslated, startTranslationUrl} from '../../../src/lib/translation';

describe('isUntranslated', () => {
  it.each([
    ['@site/docs/guidelines/remote-participation.md', 'fr', true],
    ['@site/i18n/fr/docusaurus-plugin-content-docs/current/guidelines/remote-participation.md', 'fr', false],
    ['@site/docs/guidelines/remote-participation.md', 'en', false],
  ])('%s in %s → %s', (source, locale, expected) => {
    expect(isUntranslated(source, locale, 'en')).toBe(expected);
  });
});

describe('startTranslationUrl', () => {
  it('links to the page the build writes to open GitHub’s prefilled form', () => {
    expect(startTranslationUrl('/', '@site/docs/guidelines/remote-participation.md', 'ar')).toBe('/translations/new/ar/guidelines/remote-participation');
  });

  it('keeps a base URL and handles a page at the root of docs/', () => {
    expect(startTranslationUrl('/hub/', '@site/docs/intro.mdx', 'zh')).toBe('/hub/translations/new/zh/intro');
  });
});
