import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {validateGuidanceFrontMatter} from './frontMatter';
import {parseFrontMatter} from './parseFrontMatter';
import {locateProblems} from '../utils/problems';
import type {TranslationContext} from './frontMatter';
import type {LocatedProblem} from '../utils/problems';

/** A folder of docs: the English source, or one locale's translations (with who may review them). */
export type DocDir = {dir: string; translation?: TranslationContext};

/** Markdown files the docs plugin would load (it skips `_`-prefixed partials). */
export async function listDocFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => /\.mdx?$/.test(entry))
    .filter((entry) => !entry.split(path.sep).some((part) => part.startsWith('_')))
    .map((entry) => path.join(dir, entry))
    .sort();
}

/** Problems in one Markdown source; `file` is the path shown to the reader. */
export function checkDocSource(file: string, source: string, today: string, translation?: TranslationContext): LocatedProblem[] {
  const parsed = parseFrontMatter(source);
  if (parsed.syntaxErrors.length > 0) {
    return locateProblems(file, parsed, []);
  }
  const {problems} = validateGuidanceFrontMatter(parsed.data, {today, ...(translation && {translation})});
  return locateProblems(file, parsed, problems);
}

/** Reads every doc under `dirs` and returns the problems of all of them. */
export async function checkDocs(
  dirs: readonly DocDir[],
  {siteDir, today}: {siteDir: string; today: string},
): Promise<LocatedProblem[]> {
  const files = (await Promise.all(dirs.map(async ({dir, translation}) => (await listDocFiles(dir)).map((file) => ({file, translation}))))).flat();
  const results = await Promise.all(
    files.map(async ({file, translation}) =>
      checkDocSource(path.relative(siteDir, file), await readFile(file, 'utf8'), today, translation),
    ),
  );
  return results.flat();
}
