import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareUiStrings} from '../../../plugins/translations/uiStrings';
import {TRANSLATED_LOCALES as LOCALES} from '../../../locales';
import type {TranslationFileContent} from '../../../plugins/translations/uiStrings';

/*
 * The site's own UI string files: every locale must translate every string of
 * the English reference that `npm run i18n:extract` writes to i18n/_reference.
 */
const I18N = path.join(__dirname, '../../../i18n');
const referenceFiles = readdirSync(path.join(I18N, '_reference'), {recursive: true, encoding: 'utf8'}).filter((f) =>
  f.endsWith('.json'),
);
const read = (locale: string, file: string) =>
  JSON.parse(readFileSync(path.join(I18N, locale, file), 'utf8')) as TranslationFileContent;

/** Keys whose translation is rightly spelled like the English, per locale. */
const sameAsEnglish = JSON.parse(readFileSync(path.join(I18N, 'same-as-english.json'), 'utf8')) as Record<string, string[]>;

describe.each(LOCALES)('UI strings in %s', (locale) => {
  it.each(referenceFiles)('%s is complete', (file) => {
    const allowed = new Set(sameAsEnglish[locale] ?? []);
    expect(compareUiStrings(read('_reference', file), read(locale, file), locale, allowed)).toEqual({
      missing: [],
      obsolete: [],
      untranslated: [],
      placeholders: [],
      markup: [],
      pluralForms: [],
    });
  });
});

it.each(referenceFiles)('the English plural messages of %s have the forms one|other', (file) => {
  expect(compareUiStrings(read('_reference', file), read('_reference', file), 'en').pluralForms).toEqual([]);
});

it('has an English reference for code, navbar, footer, sidebar, indicator and gateway strings', () => {
  expect(referenceFiles.sort()).toEqual([
    'code.json',
    path.join('docusaurus-plugin-content-docs', 'current.json'),
    path.join('docusaurus-theme-classic', 'footer.json'),
    path.join('docusaurus-theme-classic', 'navbar.json'),
    path.join('gateway', 'messages.json'),
    path.join('indicators', 'labels.json'),
    path.join('question-feeds', 'labels.json'),
  ]);
});
