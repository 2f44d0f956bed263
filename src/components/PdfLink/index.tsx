import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {isPdfDoc} from '@site/plugins/pdf/pages';
import type {PdfFrontMatter} from '@site/plugins/pdf/pages';

type Props = {
  docId: string;
  /** The page's `pdf` front matter, which the build sets when the page's PDF exists (plugins/pdf/frontMatter.ts). */
  pdf: PdfFrontMatter | undefined;
  /** Set when the page around it is in another language (an English fallback). */
  lang?: string;
  dir?: string;
};

/**
 * A guidance page's link to its PDF, with the PDF's size; on a page whose PDF
 * is not made yet (a build without `BSG_HUB_PDF_DIR`), a line that says so.
 * Plain text and a plain link: nothing is fetched before the reader clicks.
 */
export default function PdfLink({docId, pdf, lang, dir}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (!isPdfDoc(docId)) return null;
  // Every language's PDFs are under the site's root (`/pdf/<locale>/…`), not under the locale's base URL (`/ar/`).
  const rootBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
  return (
    // A <div>, not a <p>: the minified HTML leaves out a </p> before a table or list, and Pagefind then ignored the
    // rest of the page as part of this ignored element (tests/e2e/search.test.ts, "table cells").
    <div className="bsg-pdf-link margin-bottom--md" data-pagefind-ignore="" lang={lang} dir={dir}>
      {pdf ? (
        <a href={`${rootBaseUrl}${pdf.path}`} type="application/pdf">
          <Translate id="bsg.pdf.link" description="Link to the PDF of the page, under its title; {size} is the file's size, e.g. 312 kB" values={{size: pdf.size}}>
            {'Download this page as a PDF ({size})'}
          </Translate>
        </a>
      ) : (
        <Translate id="bsg.pdf.none" description="Shown under the title of a guidance page whose PDF has not been made yet">
          No PDF of this page yet.
        </Translate>
      )}
    </div>
  );
}
