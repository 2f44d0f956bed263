import {describe, expect, it} from 'vitest';
import {compareUiStrings} from '../../../plugins/translations/uiStrings';

const reference = {
  'home.title': {message: 'Bridging the standardization gap'},
  'item.label.GitHub': {message: 'GitHub'},
  'theme.tags': {message: '{count} pages tagged "{tag}"'},
  'theme.plurals': {message: 'One page|{count} pages'},
};

describe('compareUiStrings', () => {
  it('accepts a complete translation; proper names may stay as they are', () => {
    expect(
      compareUiStrings(reference, {
        'home.title': {message: 'Réduire l’écart en matière de normalisation'},
        'item.label.GitHub': {message: 'GitHub'},
        'theme.tags': {message: '{count} pages avec l’étiquette « {tag} »'},
        'theme.plurals': {message: 'لا توجد صفحات|صفحة واحدة|صفحتان|{count} صفحات|{count} صفحة|{count} صفحة'},
      }),
    ).toEqual({missing: [], obsolete: [], untranslated: [], placeholders: []});
  });

  it('finds missing, obsolete, untranslated and broken-placeholder messages', () => {
    expect(
      compareUiStrings(reference, {
        'home.title': {message: 'Bridging the standardization gap'},
        'theme.tags': {message: '{count} pages avec l’étiquette « {tags} »'},
        'theme.plurals': {message: 'Une page|{nombre} pages'},
        'home.removed': {message: 'Ancien texte'},
      }),
    ).toEqual({
      missing: ['item.label.GitHub'],
      obsolete: ['home.removed'],
      untranslated: ['home.title'],
      placeholders: ['theme.tags', 'theme.plurals'],
    });
  });
});

it('accepts a message spelled like the English where the locale says so', () => {
  const no = {'catalogue.filter.no': {message: 'No'}};
  expect(compareUiStrings(no, no).untranslated).toEqual(['catalogue.filter.no']);
  expect(compareUiStrings(no, no, new Set(['catalogue.filter.no'])).untranslated).toEqual([]);
});
