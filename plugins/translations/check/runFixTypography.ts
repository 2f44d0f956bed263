import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {LOCALE_INFO, isTranslatedLocale} from '../../../locales';
import {writeAtomically} from '../../utils/files';
import {readTranslations} from '../status/readTranslations';
import {uiStringFiles} from '../status/readUiStrings';
import {fixMarkdownTypography, fixUiStringTypography} from './fixTypography';
import type {FixResult} from './fixTypography';

export type FixedFile = FixResult & {file: string; locale: string};

/** The locale of a file under `i18n/<locale>/`, or an error that says what was expected. */
export function localeOfFile(file: string): string {
  const locale = /^i18n\/([^/]+)\//.exec(file.split(path.sep).join('/'))?.[1];
  if (!isTranslatedLocale(locale)) throw new Error(`${file} is not a translation: expected a file under i18n/<locale>/ (ar, es, fr, ru, zh)`);
  return locale;
}

/** Every translated page and UI string file of the locales, relative to the site. */
export async function typographyFiles(siteDir: string, locales: readonly string[]): Promise<string[]> {
  const {translations} = await readTranslations(siteDir, locales);
  const pages = [...translations.values()].flatMap((pages) => [...pages.values()].map((page) => page.file));
  const ui = (await uiStringFiles(siteDir)).flatMap((page) => locales.map((locale) => path.join('i18n', locale, page).split(path.sep).join('/')));
  return [...pages, ...ui];
}

/**
 * Rewrites the prose of each file (relative to the site) to its locale's
 * typography rules, atomically; files that need no change are not written.
 * A file that does not exist is reported as an error, not skipped.
 */
export async function runFixTypography(siteDir: string, files: readonly string[], options: {write: boolean} = {write: true}): Promise<FixedFile[]> {
  const results: FixedFile[] = [];
  for (const file of files) {
    const locale = localeOfFile(file);
    const rules = LOCALE_INFO[locale as keyof typeof LOCALE_INFO].typography;
    const absolute = path.join(siteDir, file);
    const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && !file.endsWith('.md') && !file.endsWith('.mdx')) return null;
      throw new Error(`cannot read ${file}: ${error.message}`);
    });
    if (text === null) continue;
    const result = file.endsWith('.json') ? fixUiStringTypography(text, rules) : await fixMarkdownTypography(text, rules, file.endsWith('.mdx') ? 'mdx' : 'md');
    if (options.write && result.text !== text) await writeAtomically(absolute, result.text);
    results.push({...result, file, locale});
  }
  return results;
}
