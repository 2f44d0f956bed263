import path from 'node:path';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {writeAtomically} from '../../utils/files';
import {startPagePath} from './startPagePath';


/**
 * A page that forwards to GitHub's prefilled "new file" form. The form's URL
 * carries the whole English page, so the dashboard links here instead of
 * sending every one of those URLs to every reader of the dashboard.
 */
export function startPageHtml({title, locale, url}: {title: string; locale: string; url: string}): string {
  const label = `Translate “${title}” (${locale}) on GitHub`;
  return `<!doctype html>${toHtml(
    h('html', {lang: 'en'}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'robots', content: 'noindex'}),
        h('meta', {httpEquiv: 'refresh', content: `0; url=${url}`}),
        h('title', label),
      ]),
      h('body', [h('p', [h('a', {href: url}, `${label}: continue`)])]),
    ]),
  )}\n`;
}

/** Writes one forwarding page per missing translation (each to a temporary name first). */
export async function writeStartPages(outDir: string, pages: readonly {locale: string; page: string; title: string; url: string}[]): Promise<void> {
  await Promise.all(
    pages.map(async ({locale, page, title, url}) => {
      const target = path.join(outDir, `${startPagePath(locale, page)}.html`);
      await writeAtomically(target, startPageHtml({title, locale, url}));
    }),
  );
}
