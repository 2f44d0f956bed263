import {describe, expect, it} from 'vitest';
import {addedMarkup, compareUiStrings, pluralFormsProblem} from '../../../plugins/translations/uiStrings';

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
        'theme.plurals': {message: '{count} page|{count} pages|{count} pages'},
      }, 'fr'),
    ).toEqual({missing: [], obsolete: [], untranslated: [], placeholders: [], markup: [], pluralForms: []});
  });

  it('finds missing, obsolete, untranslated and broken-placeholder messages', () => {
    expect(
      compareUiStrings(reference, {
        'home.title': {message: 'Bridging the standardization gap'},
        'theme.tags': {message: '{count} pages avec l’étiquette « {tags} »'},
        'theme.plurals': {message: 'Une page|{nombre} pages'},
        'home.removed': {message: 'Ancien texte'},
      }, 'fr'),
    ).toEqual({
      missing: ['item.label.GitHub'],
      obsolete: ['home.removed'],
      untranslated: ['home.title'],
      placeholders: ['theme.tags', 'theme.plurals'],
      markup: [],
      pluralForms: ['theme.plurals'],
    });
  });
});

it('accepts a message spelled like the English where the locale says so', () => {
  const no = {'catalogue.filter.no': {message: 'No'}};
  expect(compareUiStrings(no, no, 'es').untranslated).toEqual(['catalogue.filter.no']);
  expect(compareUiStrings(no, no, 'es', new Set(['catalogue.filter.no'])).untranslated).toEqual([]);
});

// Issue 13: the classic theme renders the footer's copyright as HTML, on every page of the language.
describe('markup in a translated UI string', () => {
  const footer = {copyright: {message: 'BSG Hub is an open community knowledge base. It is not an official ITU publication.'}};

  it('is refused where the English has none', () => {
    const hostile = {copyright: {message: 'BSG Hub est une base ouverte.<img src=x onerror=alert(1)>'}};
    expect(compareUiStrings(footer, hostile, 'fr').markup).toEqual(['copyright']);
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

describe('plural messages', () => {
  const english = {'forum.list.answers': {message: '{count} answer|{count} answers'}};
  const pluralsOf = (locale: string, message: string) => compareUiStrings(english, {'forum.list.answers': {message}}, locale).pluralForms;

  it.each([
    ['ar', 'لا إجابات|إجابة واحدة|إجابتان|{count} إجابات|{count} إجابة|{count} إجابة'],
    ['es', '{count} respuesta|{count} respuestas|{count} respuestas'],
    ['fr', '{count} réponse|{count} réponses|{count} réponses'],
    ['ru', '{count} ответ|{count} ответа|{count} ответов|{count} ответа'],
    ['zh', '{count} 个回答'],
  ])('accepts one form per plural category in %s', (locale, message) => {
    expect(pluralsOf(locale, message)).toEqual([]);
  });

  it.each([
    ['ru', '{count} ответ|{count} ответа|{count} ответов', 'has 3 plural forms, ru needs 4, separated by | in this order: one|few|many|other'],
    ['fr', '{count} réponse|{count} réponses', 'has 2 plural forms, fr needs 3, separated by | in this order: one|many|other'],
    ['ar', 'إجابة واحدة|{count} إجابات', 'has 2 plural forms, ar needs 6, separated by | in this order: zero|one|two|few|many|other'],
    ['zh', '{count} 个回答|{count} 个回答', 'has 2 plural forms, zh needs 1, separated by | in this order: other'],
  ])('refuses a wrong number of forms in %s', (locale, message, problem) => {
    expect(pluralsOf(locale, message)).toEqual(['forum.list.answers']);
    expect(pluralFormsProblem(english['forum.list.answers'].message, message, locale as 'ru')).toBe(problem);
  });

  it('leaves alone messages that are not plural, and locales the site does not have', () => {
    expect(pluralFormsProblem('Answers', 'Réponses|x', 'fr')).toBeNull();
    expect(pluralsOf('xx', 'one form')).toEqual([]);
  });
});
