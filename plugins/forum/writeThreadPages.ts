import path from 'node:path';
import {separateWords} from '../search-local/separateWords';
import {writeTemplatePages} from '../utils/writeTemplatePages';
import {renderThreadBody} from './threadHtml';
import {THREAD_TEMPLATE} from './threadTemplate';
import type {Locale} from '../../locales';
import type {ForumContext} from './props';
import type {ThreadLabels} from './threadHtml';
import type {ThreadView} from './threads';

/**
 * After the build: writes `<forum>/<number>.html` for every thread from the
 * template page that Docusaurus rendered for the `:number` route, then
 * removes the template (plugins/utils/writeTemplatePages.ts).
 */
export async function writeThreadPages(
  outDir: string,
  routeBasePath: string,
  threads: readonly ThreadView[],
  {forum, languageOf, locale}: {forum: ForumContext; languageOf: (locale: string) => {lang?: string; dir?: string}; locale: Locale},
): Promise<void> {
  const byNumber = new Map(threads.map((thread) => [thread.number, thread]));
  await writeTemplatePages<ThreadLabels>(path.join(outDir, routeBasePath), THREAD_TEMPLATE, (labels) =>
    threads.map((thread) => {
      const original = thread.duplicateOf === null ? undefined : byNumber.get(thread.duplicateOf);
      const {lang, dir} = thread.tags.language ? languageOf(thread.tags.language) : {};
      const content = renderThreadBody(thread, {
        labels,
        locale,
        paths: forum.paths,
        sample: forum.sample,
        duplicateOf: original ? {title: original.title, permalink: `${forum.paths.forum}/${original.number}`} : null,
        lang,
        dir,
        // Each language's search finds the threads written in it (a thread of unknown language, everywhere).
        searchable: !thread.tags.language || thread.tags.language === locale,
      });
      // Posts may hold tables, definition lists and <details>: their cells stay words of their own in search excerpts.
      separateWords(content);
      return {parameter: String(thread.number), title: thread.title, content};
    }),
  );
}
