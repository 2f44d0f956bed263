import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {LOCALES, TRANSLATED_LOCALES, pluralForms} from '../../../locales';
import {COUNTED_KEYS, MESSAGE_FILE, localeFromHeader, parseMessageFile, say} from '../../../gateway/messages';
import type {CountedKey, TextKey} from '../../../gateway/messages';

const I18N = path.join(__dirname, '..', '..', '..', 'i18n');
const file = (folder: string) => parseMessageFile(folder, readFileSync(path.join(I18N, folder, MESSAGE_FILE), 'utf8'));
const ENGLISH = file('_reference');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the gateway messages in i18n/', () => {
  test.each(TRANSLATED_LOCALES)('%s has every English message, translated, with its placeholders', (locale) => {
    const translated = file(locale);
    expect([...translated.keys()].sort()).toEqual([...ENGLISH.keys()].sort());
    for (const [key, english] of ENGLISH) {
      const message = translated.get(key) ?? '';
      if (!/BSG Hub$/.test(english)) expect(message, `${key} in ${locale}`).not.toBe(english);
      // A plural form may spell the number out (Arabic دقيقة واحدة): compare the placeholders of the other forms.
      if (!english.includes('|')) expect(placeholders(message), `${key} in ${locale}`).toEqual(placeholders(english));
    }
  });

  test('the messages that count are exactly those with a placeholder, and each placeholder is known', () => {
    const withPlaceholders = [...ENGLISH].filter(([, message]) => placeholders(message).length > 0).map(([key]) => key);
    expect(withPlaceholders.sort()).toEqual([...COUNTED_KEYS].sort());
    for (const key of COUNTED_KEYS) for (const locale of LOCALES) expect(say(locale, {key, n: 7}), `${key} in ${locale}`).toMatch(/7/);
  });

  test.each(LOCALES)('a plural message in %s lists one form per plural category of the language', (locale) => {
    const messages = locale === 'en' ? ENGLISH : file(locale);
    for (const [key, message] of messages) {
      if (message.includes('|')) expect(message.split('|'), `${key} in ${locale}`).toHaveLength(pluralForms(locale).length);
    }
  });
});

describe('plural forms', () => {
  const minutes = (locale: (typeof LOCALES)[number], n: number) => say(locale, {key: 'durationMinutes', n});
  const questions = (locale: (typeof LOCALES)[number], n: number) => say(locale, {key: 'confirmedQuestions', n});
  test('English: one and other', () => {
    expect([1, 2, 0].map((n) => minutes('en', n))).toEqual(['1 minute', '2 minutes', '0 minutes']);
    expect(say('en', {key: 'confirmLimit', n: 1})).toMatch(/^This email address already has 1 confirmed question today,/);
  });
  test('Russian: one, few, many', () => {
    expect([1, 3, 5, 21, 22, 25].map((n) => minutes('ru', n))).toEqual(['1 минуту', '3 минуты', '5 минут', '21 минуту', '22 минуты', '25 минут']);
    expect([1, 2, 5].map((n) => questions('ru', n))).toEqual(['1 подтверждённый вопрос', '2 подтверждённых вопроса', '5 подтверждённых вопросов']);
  });
  test('Arabic: zero, one, two, few, many, other', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => minutes('ar', n))).toEqual(['0 دقيقة', 'دقيقة واحدة', 'دقيقتين', '3 دقائق', '11 دقيقة', '100 دقيقة']);
    expect([1, 2, 3, 11].map((n) => questions('ar', n))).toEqual(['سؤال واحد مؤكَّد', 'سؤالان مؤكَّدان', '3 أسئلة مؤكَّدة', '11 سؤالًا مؤكَّدًا']);
  });
  test('French and Spanish: 0 and 1 are singular in French only', () => {
    expect([0, 1, 2].map((n) => questions('fr', n))).toEqual(['0 question confirmée', '1 question confirmée', '2 questions confirmées']);
    expect([0, 1, 2].map((n) => questions('es', n))).toEqual(['0 preguntas confirmadas', '1 pregunta confirmada', '2 preguntas confirmadas']);
  });
  test('Chinese: one form', () => {
    expect(questions('zh', 1)).toBe('1 个已确认的问题');
  });
});

describe('a message file that cannot be used is refused with its name', () => {
  test.each([
    ['{', /^x\.json: not JSON/],
    ['[]', /^x\.json: expected an object of messages/],
    ['{"a": {"text": "hi"}}', /^x\.json: "a" has no "message" string/],
    ['{"a": {"message": 3}}', /^x\.json: "a" has no "message" string/],
    ['{"a": null}', /^x\.json: "a" has no "message" string/],
  ])('%s', (text, error) => {
    expect(() => parseMessageFile('x.json', text)).toThrow(error);
  });
  test('a key the English file lacks is a programming error, not an empty message', () => {
    expect(() => say('fr', {key: 'noSuchKey' as TextKey})).toThrow(/no gateway message "noSuchKey"/);
    expect(() => say('fr', {key: 'noSuchKey' as CountedKey, n: 1})).toThrow(/no gateway message "noSuchKey"/);
  });
});

test('the language from Accept-Language, else English', () => {
  expect(localeFromHeader('de-DE, ar-EG;q=0.8, fr;q=0.5')).toBe('ar');
  expect(localeFromHeader('zh-Hans-CN')).toBe('zh');
  expect(localeFromHeader(undefined)).toBe('en');
});
