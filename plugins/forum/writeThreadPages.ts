import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {writeAtomically} from '../utils/files';
import {renderThreadBody} from './threadHtml';
import type {ForumContext} from './props';
import type {ThreadLabels} from './threadHtml';
import type {ThreadView} from './threads';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The translated words the template page carries for the thread pages. */
export function readLabels(template: string): ThreadLabels {
  const json = /<script type="?application\/json"? id="?forum-thread-labels"?>([\s\S]*?)<\/script>/.exec(template)?.[1];
  if (!json) throw new Error('The thread page template has no labels: is src/components/forum/ThreadShell rendered?');
  return JSON.parse(json) as ThreadLabels;
}

/** One thread page: the template with the thread's title and content. */
export function fillTemplate(template: string, thread: ThreadView, body: string): string {
  const slot = /(<div id="?forum-thread"?>)(<\/div>)/;
  if (!slot.test(template)) throw new Error('The thread page template has no empty forum-thread slot.');
  const title = escapeHtml(thread.title);
  return template
    .replace(/<title([^>]*)>[^<]*<\/title>/, (_, attributes: string) => `<title${attributes}>${title} | BSG Hub</title>`)
    .replace(/(<meta[^>]*property="?og:title"?[^>]*content=")[^"]*"/, `$1${title}"`)
    .replace(slot, (_, open: string, close: string) => `${open}${body}${close}`);
}

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
  const template = await readFile(templateFile, 'utf8');
  const labels = readLabels(template);
  const byNumber = new Map(threads.map((thread) => [thread.number, thread]));
  await Promise.all(
    threads.map(async (thread) => {
      const original = thread.duplicateOf === null ? undefined : byNumber.get(thread.duplicateOf);
      const {lang, dir} = thread.tags.language ? languageOf(thread.tags.language) : {};
      const body = renderThreadBody(thread, {
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
      await writeAtomically(target, fillTemplate(template, thread, body));
    }),
  );
  await rm(templateFile);
  return threads.length;
}
