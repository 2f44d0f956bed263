import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {LOCALES, selectPlural} from '../../../locales';
import type {Locale} from '../../../locales';

/*
 * Real plural messages of the site and the gateway, as readers see them in
 * each language: the forms are picked by `selectPlural` (what `usePlural`,
 * the plugins and the gateway call) from the translation files.
 */
const I18N = path.join(__dirname, '../../../i18n');
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

const messageOf = (locale: Locale, file: string, key: string): string => {
  const content = JSON.parse(readFileSync(path.join(I18N, locale === 'en' ? '_reference' : locale, file), 'utf8')) as Record<string, {message: string}>;
  const message = content[key]?.message;
  if (message === undefined) throw new Error(`no ${key} in ${locale}/${file}`);
  return message;
};

const counted = (locale: Locale, file: string, key: string) =>
  COUNTS.map((count) => selectPlural(locale, messageOf(locale, file, key), count).replace(/\{(\w+)\}/g, String(count))).join(' / ');

describe.each(LOCALES)('plural forms in %s', (locale) => {
  it.each([
    ['code.json', 'forum.list.answers'],
    ['code.json', 'catalogue.studyGroups.count'],
    ['code.json', 'forum.post.votes'],
    ['gateway/messages.json', 'durationHours'],
  ])('%s %s', (file, key) => {
    expect(counted(locale, file, key)).toMatchSnapshot();
  });
});
