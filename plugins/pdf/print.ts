import {mkdir, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import type {Page} from 'playwright-core';

/** One PDF to print: a built page and the file it becomes. */
export type PrintJob = {
  locale: string;
  docId: string;
  /** The page on the local server that serves the build. */
  url: string;
  /** Absolute path of the PDF. */
  file: string;
};

/** Every page on paper: A4, the size of ITU's own publications; the margins leave room for the page numbers. */
const PAPER = {format: 'A4', margin: {top: '16mm', bottom: '18mm', left: '16mm', right: '16mm'}} as const;

/**
 * The footer Chromium repeats on every page: the page's public address and
 * "page / pages", in the page's direction. Chromium fills the `pageNumber`
 * and `totalPages` elements; the template is a separate document, so it
 * carries its own font size.
 */
export function footerTemplate(address: string, direction: 'ltr' | 'rtl'): string {
  const style = 'font-size:8pt;width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:8mm;color:#444';
  return toHtml(
    h('div', {dir: direction, style}, [
      h('span', {dir: 'ltr', style: 'overflow-wrap:anywhere'}, address),
      h('span', {dir: 'ltr', style: 'white-space:nowrap'}, [h('span.pageNumber'), ' / ', h('span.totalPages')]),
    ]),
  );
}

/**
 * In the page, before printing: every link is made absolute against the
 * page's public address (its canonical link), so the PDF's links and the
 * addresses the print stylesheet writes after them lead to the published
 * site, not to the local server. Returns the public address. Runs in the browser.
 */
function publishLinks(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) throw new Error('the page has no <link rel="canonical">, so its public address is unknown');
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#')) link.setAttribute('href', new URL(href, canonical).href);
  }
  return canonical;
}

/**
 * Prints one built page to its PDF through Chromium's print engine (the site's
 * print stylesheet applies) and returns the PDF's size in bytes. The file is
 * written whole or not at all. The error says which page failed.
 */
export async function printPage(page: Page, job: PrintJob): Promise<number> {
  try {
    const response = await page.goto(job.url, {waitUntil: 'load'});
    if (!response?.ok()) throw new Error(`HTTP ${response?.status() ?? 'no response'}`);
    const direction = await page.evaluate(() => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr'));
    const address = await page.evaluate(publishLinks);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      ...PAPER,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(address, direction),
      // Headings become the PDF's bookmarks; the structure tree lets screen readers read it.
      outline: true,
      tagged: true,
    });
    await mkdir(path.dirname(job.file), {recursive: true});
    const temporary = `${job.file}.${process.pid}.tmp`;
    await writeFile(temporary, pdf);
    await rename(temporary, job.file);
    return pdf.length;
  } catch (error) {
    throw new Error(`Could not print the ${job.locale} page ${job.docId} (${job.url}) to ${job.file}: ${(error as Error).message}`, {cause: error});
  }
}
