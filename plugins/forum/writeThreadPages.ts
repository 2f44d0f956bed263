import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {writeAtomically} from '../utils/files';
import {renderThreadBody} from './threadHtml';
import {parseThreadTemplate} from './threadTemplate';
import type {ForumContext} from './props';
import type {ThreadView} from './threads';

/**
 * After the build: writes `<forum>/<number>.html` for every thread from the
 * template page that Docusaurus rendered for the `:number` route, then
 * removes the template. Each file is written to a temporary name first.
 */
export async function writeThreadPages(
  outDir: string,
  routeBasePath: string,
  threads: readonly ThreadView[],
  {forum, languageOf, locale}: {forum: ForumContext; languageOf: (locale: string) => {lang?: string; dir?: string}; locale: string},
): Promise<number> {
  const templateFile = path.join(outDir, routeBasePath, ':number.html');
  const template = parseThreadTemplate(await readFile(templateFile, 'utf8'), path.relative(process.cwd(), templateFile));
  const {labels} = template;
  const byNumber = new Map(threads.map((thread) => [thread.number, thread]));
  await Promise.all(
    threads.map(async (thread) => {
      const original = thread.duplicateOf === null ? undefined : byNumber.get(thread.duplicateOf);
      const {lang, dir} = thread.tags.language ? languageOf(thread.tags.language) : {};
      const content = renderThreadBody(thread, {
        labels,
        paths: forum.paths,
        sample: forum.sample,
        duplicateOf: original ? {title: original.title, permalink: `${forum.paths.forum}/${original.number}`} : null,
        lang,
        dir,
        // Each language's search finds the threads written in it (a thread of unknown language, everywhere).
        searchable: !thread.tags.language || thread.tags.language === locale,
      });
      const target = path.join(outDir, routeBasePath, `${thread.number}.html`);
      await writeAtomically(target, template.fill({number: thread.number, title: thread.title, content}));
    }),
  );
  await rm(templateFile);
  return threads.length;
}
