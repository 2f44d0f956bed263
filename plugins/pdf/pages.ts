/**
 * Which pages come as PDFs and where each PDF lives (issue 23, item 4). Plain
 * strings: `npm run pdf`, the build's front matter hook and the page's PDF link
 * all import it, in Node and in the browser.
 */

/** The guidance: each page of these docs folders gets a PDF in each language. */
export const PDF_SECTIONS = ['guidelines', 'handbooks', 'mentoring'] as const;

const PAGE_ID = /^([a-z0-9-]+)\/([a-z0-9-]+)$/;

/** True for a guidance page's doc id (`guidelines/preparing-a-contribution`), not for a section's index or the privacy page. */
export function isPdfDoc(docId: string): boolean {
  const section = PAGE_ID.exec(docId)?.[1];
  return section !== undefined && (PDF_SECTIONS as readonly string[]).includes(section);
}

/**
 * The PDF's file under the PDF folder: `ar/guidelines/preparing-a-contribution.ar.pdf`.
 * Stable: the doc id does not change with the language or the title; the
 * language is in the file name too, so saved copies of two languages do not clash.
 */
export function pdfFile(locale: string, docId: string): string {
  const [, section = '', page = ''] = PAGE_ID.exec(docId) ?? [];
  if (!isPdfDoc(docId)) throw new Error(`No PDF for the doc "${docId}": PDFs are made of the pages in ${PDF_SECTIONS.join(', ')}.`);
  return `${locale}/${section}/${page}.${locale}.pdf`;
}

/** Where the PDF folder is published, under the site's base URL. */
export const PDF_URL_PATH = 'pdf/';

/** The key of a PDF in the manifest: `ar/guidelines/preparing-a-contribution`. */
export const manifestKey = (locale: string, docId: string) => `${locale}/${docId}`;

/** What `npm run pdf` writes next to the PDFs (`manifest.json`), and the build reads for each page's link. */
export type PdfManifest = {
  /** By `manifestKey`: the file under the PDF folder and its size in bytes. */
  pdfs: Record<string, {file: string; bytes: number}>;
};

/** What a guidance page gets in its front matter (`pdf`) when its PDF exists: read by the page's PDF link. */
export type PdfFrontMatter = {
  /** Site path of the PDF, without the base URL: `pdf/ar/guidelines/…ar.pdf`. */
  path: string;
  /** The size, written for readers of the page's language at build time (no `Intl` difference between Node and the browser can make the page differ when React takes over). */
  size: string;
};
