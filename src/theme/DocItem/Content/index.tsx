import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import DocMetadata from '@site/src/components/DocMetadata';
import ReadInEnglishBar from '@site/src/components/ReadInEnglishBar';
import PdfLink from '@site/src/components/PdfLink';
import OfflineSave from '@site/src/components/OfflineSave';
import TranslationFallbackNotice from '@site/src/components/TranslationFallbackNotice';
import TranslationNotice from '@site/src/components/TranslationNotice';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {isUntranslated, startTranslationUrl} from '@site/src/lib/translation';
import {ENGLISH_HEADINGS_KEY, OUTDATED_KEY} from '@site/plugins/translations/notice/builtFrontMatter';
import {isUnreviewed, translationState} from '@site/plugins/translations/notice/translationState';
import type {GuidanceFrontMatter} from '@site/plugins/content-model/frontMatter';
import type {BuiltFrontMatter} from '@site/plugins/translations/notice/builtFrontMatter';
import type {PdfFrontMatter} from '@site/plugins/pdf/pages';
import type {Props} from '@theme/DocItem/Content';

/** How to review a translation: the translation guide. */
const reviewGuide = (repositoryUrl: string) => `${repositoryUrl}/blob/main/CONTRIBUTING.md#translating`;

/**
 * The classic DocItem/Content (title + MDX), plus BSG Hub's page metadata under
 * the title and a notice above it on a page that falls back to English, or
 * whose translation is unreviewed (machine, draft) or older than its English page.
 * English text shown in another locale is marked `lang="en" dir="ltr"`.
 * Below the page, the offer to save its language for offline reading.
 */
export default function DocItemContent({children}: Props): ReactNode {
  const {metadata, frontMatter, contentTitle, toc} = useDoc();
  const {i18n, siteConfig} = useDocusaurusContext();
  const fallback = isUntranslated(metadata.source, i18n.currentLocale, i18n.defaultLocale);
  const showTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  const {htmlLang, direction} = i18n.localeConfigs[i18n.currentLocale] ?? {};
  const built = frontMatter as BuiltFrontMatter;
  const outdated = built[OUTDATED_KEY] ?? null;
  // The content-model plugin validates the state at build time; only a translation has one.
  const state = fallback || i18n.currentLocale === i18n.defaultLocale ? null : translationState(frontMatter);
  const unreviewed = isUnreviewed(state) ? state : null;
  const headings = useMemo(() => toc.map((item) => item.id), [toc]);
  const englishUrl = useAlternatePageUtils().createUrl({locale: i18n.defaultLocale, fullyQualified: false});
  return (
    <>
      {state && (
        <Head>
          {/* Search engines and crawlers are told too; the page stays indexable. */}
          <meta name="bsg-translation" content={state} />
        </Head>
      )}
      {i18n.currentLocale === i18n.defaultLocale && <ReadInEnglishBar />}
      {fallback && (
        <TranslationFallbackNotice
          translateUrl={startTranslationUrl(i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/', metadata.source, i18n.currentLocale)}
        />
      )}
      {(unreviewed || outdated) && (
        <TranslationNotice
          state={unreviewed}
          outdated={outdated}
          locale={i18n.currentLocale}
          englishUrl={englishUrl}
          headings={headings}
          englishHeadings={built[ENGLISH_HEADINGS_KEY] ?? []}
          guideUrl={reviewGuide(String(siteConfig.customFields?.repositoryUrl))}
          editUrl={metadata.editUrl ?? undefined}
        />
      )}
      <div
        className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}
        // The offline search indexes this part of the page (see plugins/search-local), and badges unreviewed translations.
        data-pagefind-body=""
        data-pagefind-filter="kind:guidance"
        {...(unreviewed && {'data-pagefind-meta': `translation:${unreviewed}`})}
        {...(fallback && {lang: 'en', dir: 'ltr'})}>
        {showTitle && (
          <header>
            <Heading as="h1">{metadata.title}</Heading>
          </header>
        )}
        <DocMetadata
          // The content-model plugin validated these fields at build time.
          frontMatter={frontMatter as Partial<GuidanceFrontMatter>}
          {...(fallback && {lang: htmlLang, dir: direction})}
        />
        <PdfLink
          docId={metadata.id}
          pdf={(frontMatter as {pdf?: PdfFrontMatter}).pdf}
          {...(fallback && {lang: htmlLang, dir: direction})}
        />
        <MDXContent>{children}</MDXContent>
      </div>
      {/* Outside the indexed part: the search has no use for it. */}
      <OfflineSave />
    </>
  );
}
