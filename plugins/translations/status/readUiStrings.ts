import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {compareUiStrings} from '../uiStrings';
import type {TranslationFileContent} from '../uiStrings';

/** One locale's UI strings against the English reference. */
export type UiStringsStatus = {
  /** Strings in the reference. */
  total: number;
  /** `file: key` of strings the locale lacks (readers see English). */
  missing: string[];
  /** `file: key` of strings the site no longer uses. */
  obsolete: string[];
  /** `file: key` of strings still in English. */
  untranslated: string[];
};

/** A UI string file as written and as parsed; `null` when there is none. */
export async function readUiStringFile(file: string): Promise<{text: string; content: TranslationFileContent} | null> {
  try {
    const text = await readFile(file, 'utf8');
    return {text, content: JSON.parse(text) as TranslationFileContent};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: not a Docusaurus translation file (${(error as Error).message})`);
  }
}

const readJson = async (file: string) => (await readUiStringFile(file))?.content ?? {};

/** The UI string files of the English reference (`i18n/_reference`), as `/`-separated paths. */
export const uiStringFiles = async (siteDir: string): Promise<string[]> =>
  (await readdir(path.join(siteDir, 'i18n', '_reference'), {recursive: true}).catch(() => []))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();

/**
 * Compares each locale's `code.json` and theme/plugin JSON files with the
 * reference in `i18n/_reference` (written by `npm run i18n:extract`).
 */
export async function readUiStrings(siteDir: string, locales: readonly string[]): Promise<Map<string, UiStringsStatus>> {
  const i18n = path.join(siteDir, 'i18n');
  const files = await uiStringFiles(siteDir);
  const sameAsEnglish = (await readFile(path.join(i18n, 'same-as-english.json'), 'utf8')
    .then((text) => JSON.parse(text) as Record<string, string[]>)
    .catch(() => ({}))) as Record<string, string[]>;
  const result = new Map<string, UiStringsStatus>();
  for (const locale of locales) {
    const status: UiStringsStatus = {total: 0, missing: [], obsolete: [], untranslated: []};
    for (const file of files) {
      const reference = await readJson(path.join(i18n, '_reference', file));
      const report = compareUiStrings(reference, await readJson(path.join(i18n, locale, file)), locale, new Set(sameAsEnglish[locale] ?? []));
      status.total += Object.keys(reference).length;
      status.missing.push(...report.missing.map((key) => `${file}: ${key}`));
      status.obsolete.push(...report.obsolete.map((key) => `${file}: ${key}`));
      status.untranslated.push(...report.untranslated.map((key) => `${file}: ${key}`));
    }
    result.set(locale, status);
  }
  return result;
}
