import {readFileSync} from 'node:fs';
import path from 'node:path';
import {PDF_URL_PATH, isPdfDoc, manifestKey} from './pages';
import type {PdfFrontMatter, PdfManifest} from './pages';
import type {ParseFrontMatter} from '@docusaurus/types';

/** Front matter key; whatever a file puts there itself is replaced. */
export const PDF_KEY = 'pdf';

const DOC_FILE = /^(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.+)\.mdx?$/;

/** The doc id of a docs file (`guidelines/preparing-a-contribution`), English or translated; undefined for any other file. */
export function docIdOf(siteDir: string, filePath: string): string | undefined {
  return DOC_FILE.exec(path.relative(siteDir, filePath).split(path.sep).join('/'))?.[1];
}

/** A PDF's size for readers of `htmlLang`: `312 kB`, `1.3 MB` (decimal units, as file managers show them). */
export function formatSize(bytes: number, htmlLang: string): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(htmlLang, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}

/** What the page of `docId` in `locale` gets as its `pdf` front matter, if the manifest has its PDF. */
export function pdfFrontMatterOf(manifest: PdfManifest, locale: string, docId: string, htmlLang: string): PdfFrontMatter | undefined {
  const entry = isPdfDoc(docId) ? manifest.pdfs[manifestKey(locale, docId)] : undefined;
  return entry && {path: `${PDF_URL_PATH}${entry.file}`, size: formatSize(entry.bytes, htmlLang)};
}

/** Reads and checks `manifest.json` of a folder written by `npm run pdf`; the error names the file and the variable. */
export function readPdfManifest(dir: string, variable: string): PdfManifest {
  const file = path.join(dir, 'manifest.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${variable}=${dir}: cannot read ${file} (${(error as Error).message}). Set it to the folder "npm run pdf -- --out-dir <folder>" wrote, or unset it to build without PDF links.`, {cause: error});
  }
  const pdfs = (parsed as Partial<PdfManifest> | null)?.pdfs;
  const valid =
    typeof pdfs === 'object' &&
    pdfs !== null &&
    Object.values(pdfs).every((entry: unknown) => {
      const {file: name, bytes} = (entry ?? {}) as Partial<PdfManifest['pdfs'][string]>;
      return typeof name === 'string' && /^[a-z-]+\/[a-z0-9/.-]+\.pdf$/.test(name) && !name.includes('..') && Number.isInteger(bytes) && (bytes ?? 0) > 0;
    });
  if (!valid) throw new Error(`${variable}=${dir}: ${file} is not a manifest written by "npm run pdf" (expected {"pdfs": {"<locale>/<doc id>": {"file": "<locale>/….pdf", "bytes": <positive integer>}}}).`);
  return parsed as PdfManifest;
}

/** The variable that gives the build the folder `npm run pdf` wrote. */
export const PDF_DIR_VARIABLE = 'BSG_HUB_PDF_DIR';

/** The PDFs' manifest when BSG_HUB_PDF_DIR is set; none otherwise (each guidance page then says it has no PDF yet). */
export function pdfManifestFromEnv(env: NodeJS.ProcessEnv): PdfManifest {
  const dir = env[PDF_DIR_VARIABLE];
  return dir ? readPdfManifest(path.resolve(dir), PDF_DIR_VARIABLE) : {pdfs: {}};
}

/**
 * Wraps the site's `markdown.parseFrontMatter` hook: a guidance page whose PDF
 * is in the manifest gets `pdf: {path, size}` in its front matter, for the
 * link under its title. The size is then part of the page's HTML and of its
 * route data alike: no request on page load, nothing for React to correct.
 * The language is the one being built (Docusaurus sets DOCUSAURUS_CURRENT_LOCALE),
 * since an untranslated page is read from the English file in every locale.
 */
export function withPdfLinks(
  parse: ParseFrontMatter,
  {siteDir, manifest, currentLocale, htmlLang}: {siteDir: string; manifest: PdfManifest; currentLocale: () => string; htmlLang: (locale: string) => string},
): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    delete result.frontMatter[PDF_KEY];
    const docId = docIdOf(siteDir, params.filePath);
    const locale = currentLocale();
    const pdf = docId === undefined ? undefined : pdfFrontMatterOf(manifest, locale, docId, htmlLang(locale));
    if (pdf) result.frontMatter[PDF_KEY] = pdf;
    return result;
  };
}
