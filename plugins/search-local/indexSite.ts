import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** What the index holds, in words the results show. */
export type IndexSummary = {pages: number; languages: Record<string, number>};

/**
 * Builds the offline search index of a built site with Pagefind: one index
 * per language (from each page's `<html lang>`), written to `<outDir>/pagefind/`.
 * Only pages marked `data-pagefind-body` are indexed (guidance, forum threads,
 * Recommendation pages), and only that part of them: not navigation or footers.
 */
export async function indexSite(outDir: string): Promise<IndexSummary> {
  // Pagefind is ESM-only; loaded when used.
  const pagefind = await import('pagefind');
  try {
    const {index, errors} = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({path: outDir});
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({outputPath: path.join(outDir, 'pagefind')});
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([language, {page_count}]) => [language, page_count]));
    return {pages: added.page_count, languages};
  } finally {
    await pagefind.close();
  }
}
