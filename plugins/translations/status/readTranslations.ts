import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listDocFiles} from '../../content-model/checkDocs';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {contentHash} from './contentHash';

/** The pin a translation carries in its front matter: `translation_of: {hash: …}`. */
export const pinOf = (markdown: string): string | null => {
  const data = parseFrontMatter(markdown).data as {translation_of?: {hash?: unknown}};
  return typeof data.translation_of?.hash === 'string' ? data.translation_of.hash : null;
};

const relativeTo = (dir: string) => (file: string) => path.relative(dir, file).split(path.sep).join('/');

/** Reads the English pages' hashes and every locale's pins (the thin I/O around ./classify.ts). */
export async function readTranslations(siteDir: string, locales: readonly string[]) {
  const docsDir = path.join(siteDir, 'docs');
  const sources = new Map(
    await Promise.all((await listDocFiles(docsDir)).map(async (file) => [relativeTo(docsDir)(file), contentHash(await readFile(file, 'utf8'))] as const)),
  );
  const translations = new Map(
    await Promise.all(
      locales.map(async (locale) => {
        const dir = path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
        const pins = await Promise.all((await listDocFiles(dir)).map(async (file) => [relativeTo(dir)(file), pinOf(await readFile(file, 'utf8'))] as const));
        return [locale, new Map(pins)] as const;
      }),
    ),
  );
  return {sources, translations};
}
