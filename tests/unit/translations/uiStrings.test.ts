import {describe, expect, it} from 'vitest';
import {addedMarkup, compareUiStrings} from '../../../plugins/translations/uiStrings';

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
    ).toEqual({missing: [], obsolete: [], untranslated: [], placeholders: [], markup: []});
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
      markup: [],
    });
  });
});

it('accepts a message spelled like the English where the locale says so', () => {
  const no = {'catalogue.filter.no': {message: 'No'}};
  expect(compareUiStrings(no, no).untranslated).toEqual(['catalogue.filter.no']);
  expect(compareUiStrings(no, no, new Set(['catalogue.filter.no'])).untranslated).toEqual([]);
});

// Issue 13: the classic theme renders the footer's copyright as HTML, on every page of the language.
describe('markup in a translated UI string', () => {
  const footer = {copyright: {message: 'BSG Hub is an open community knowledge base. It is not an official ITU publication.'}};

  it('is refused where the English has none', () => {
    const hostile = {copyright: {message: 'BSG Hub est une base ouverte.<img src=x onerror=alert(1)>'}};
    expect(compareUiStrings(footer, hostile).markup).toEqual(['copyright']);
    expect(addedMarkup(footer.copyright.message, hostile.copyright.message)).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it.each([
    ['a tag left open at the end', 'Texte <img src=x onerror=alert(1)', ['<img src=x onerror=alert(1)']],
    ['a comment', 'Texte <!-- x -->', ['<!-- x -->']],
    ['a closing tag', 'Texte </div>', ['</div>']],
    ['a comparison', 'moins de <5 pages, 3 < 4', []],
  ])('reads %s', (_, message, added) => {
    expect(addedMarkup('Text', message)).toEqual(added);
  });

  it('accepts the tags the English message has, as many times as it has them', () => {
    const english = 'Read the <b>guide</b>.';
    expect(addedMarkup(english, 'Lisez le <b>guide</b>.')).toEqual([]);
    expect(addedMarkup(english, 'Lisez le <b>guide</b> <b>maintenant</b>.')).toEqual(['<b>', '</b>']);
  });
});
