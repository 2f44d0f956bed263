import path from 'node:path';
import {DEFAULT_LOCALE} from '../../locales';
import {isPdfDoc, manifestKey, pdfFile} from './pages';
import type {PdfManifest} from './pages';
import type {PrintJob} from './print';

/** A locale's folder in a full build: the default locale at the root, the others in `<locale>/`. */
export const localeDir = (locale: string) => (locale === DEFAULT_LOCALE ? '' : locale);

/** The doc ids of the guidance pages among a locale's built files (`docs/guidelines/x.html` → `guidelines/x`), sorted. */
export function builtDocIds(htmlFiles: readonly string[]): string[] {
  return htmlFiles
    .map((file) => /^docs\/(.+)\.html$/.exec(file.split(path.sep).join('/'))?.[1])
    .filter((id): id is string => id !== undefined && isPdfDoc(id))
    .sort();
}

/** One job per page and locale: the page's address on the local server and its PDF's file under `outDir`. */
export function printJobs(pages: readonly {locale: string; docIds: readonly string[]}[], serverUrl: string, outDir: string): PrintJob[] {
  return pages.flatMap(({locale, docIds}) =>
    docIds.map((docId) => ({
      locale,
      docId,
      url: `${serverUrl}/${[localeDir(locale), 'docs', docId].filter(Boolean).join('/')}`,
      file: path.join(outDir, pdfFile(locale, docId)),
    })),
  );
}

/** The manifest of the PDFs printed: each file relative to `outDir`, with its size. */
export function toManifest(printed: readonly {job: PrintJob; bytes: number}[], outDir: string): PdfManifest {
  const entries = printed.map(({job, bytes}) => [manifestKey(job.locale, job.docId), {file: path.relative(outDir, job.file).split(path.sep).join('/'), bytes}] as const);
  return {pdfs: Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)))};
}

/** A run for some languages (`--locale zh`) keeps the other languages' entries of the folder's manifest; the languages printed are replaced whole. */
export function mergeManifests(previous: PdfManifest, printed: PdfManifest, locales: readonly string[]): PdfManifest {
  const kept = Object.entries(previous.pdfs).filter(([key]) => !locales.includes(key.split('/')[0] ?? ''));
  return {pdfs: Object.fromEntries([...kept, ...Object.entries(printed.pdfs)].sort(([a], [b]) => a.localeCompare(b)))};
}
