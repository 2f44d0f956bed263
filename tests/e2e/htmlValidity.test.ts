import path from 'node:path';
import {expect, it} from 'vitest';
import {PAGE_TYPE_LOCALES, PAGE_TYPES} from './pageTypes';
import {BUILD_DIR} from './server';
import {htmlErrors, htmlFilesUnder} from './vnu';
import {isTranslatedLocale} from '../../locales';

/** The locales other than English, whose pages are below `build/<locale>/`. */

/**
 * Every built page of English and Arabic (each page type, all Recommendations,
 * thread and event pages, the translation start pages; the hostile thread 34
 * among them) is valid HTML for the Nu HTML Checker, in one run of it. The
 * hostile discussions synced from the emulator are checked in hostileForum.test.ts.
 */
it('builds every English and Arabic page as valid HTML (Nu HTML Checker)', async () => {
  const locales = PAGE_TYPE_LOCALES.filter((locale) => locale !== 'en');
  const files = [
    ...(await htmlFilesUnder(BUILD_DIR)).filter((file) => !isTranslatedLocale(path.relative(BUILD_DIR, file).split(path.sep)[0])),
    ...(await Promise.all(locales.map((locale) => htmlFilesUnder(path.join(BUILD_DIR, locale))))).flat(),
  ];
  // Every page type in both locales, and the hostile sample thread.
  const expected = PAGE_TYPE_LOCALES.flatMap((locale) => [...PAGE_TYPES.map((type) => type.path), '/forum/34'].map((page) => path.join(BUILD_DIR, locale === 'en' ? '' : locale, `${page === '/' ? '/index' : page}.html`)));
  expect(expected.filter((file) => !files.includes(file))).toEqual([]);
  const start = Date.now();
  const errors = await htmlErrors(files, BUILD_DIR);
  console.log(`[vnu] ${files.length} pages checked in ${((Date.now() - start) / 1000).toFixed(1)} s, ${errors.length} errors.`);
  expect(errors).toEqual([]);
}, 180_000);
