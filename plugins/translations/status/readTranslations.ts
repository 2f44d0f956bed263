import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listDocFiles} from '../../content-model/checkDocs';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {contentHash} from './contentHash';
import {readPin} from './pin';
import type {Pin} from './pin';

/** An English page. `page` is its path under `docs/`, e.g. `guidelines/x.md`. */
export type SourceFile = {page: string; file: string; text: string; hash: string};

/** A translated page; `file` is relative to the site directory. */
export type TranslationFile = {page: string; locale: string; file: string; text: string; pin: Pin | null};

/** Where the docs plugin looks for a locale's translated pages, relative to the site directory. */
export const translationsDir = (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current`;

/** The pin a translation carries in its front matter, or `null` (none or malformed). */
export const pinOf = (markdown: string): Pin | null => readPin(parseFrontMatter(markdown).data as Record<string, unknown>).pin;

async function readPages(siteDir: string, dir: string) {
  const absolute = path.join(siteDir, dir);
  return Promise.all(
    (await listDocFiles(absolute)).map(async (file) => {
      const page = path.relative(absolute, file).split(path.sep).join('/');
      return {page, file: `${dir}/${page}`, text: await readFile(file, 'utf8')};
    }),
  );
}

/** Reads the English pages and every locale's translations (the thin I/O around ./classify.ts). */
export async function readTranslations(siteDir: string, locales: readonly string[]) {
  const sources = new Map<string, SourceFile>(
    (await readPages(siteDir, 'docs')).map((source) => [source.page, {...source, hash: contentHash(source.text)}]),
  );
  const translations = new Map<string, Map<string, TranslationFile>>(
    await Promise.all(
      locales.map(async (locale) => {
        const pages = await readPages(siteDir, translationsDir(locale));
        return [locale, new Map(pages.map((page) => [page.page, {...page, locale, pin: pinOf(page.text)}]))] as const;
      }),
    ),
  );
  return {sources, translations};
}
