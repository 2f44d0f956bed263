import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import DocMetadata from '@site/src/components/DocMetadata';
import OfflineSave from '@site/src/components/OfflineSave';
import TranslationFallbackNotice from '@site/src/components/TranslationFallbackNotice';
import TranslationOutdatedNotice from '@site/src/components/TranslationOutdatedNotice';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {isUntranslated, startTranslationUrl} from '@site/src/lib/translation';
import type {GuidanceFrontMatter} from '@site/plugins/content-model/frontMatter';
import type {OutdatedTranslation} from '@site/plugins/translations/notice/outdatedFrontMatter';
import type {Props} from '@theme/DocItem/Content';

/**
 * The classic DocItem/Content (title + MDX), plus BSG Hub's page metadata under
 * the title and a notice above it on a page that falls back to English or
 * whose translation is older than its English page.
 * English text shown in another locale is marked `lang="en" dir="ltr"`.
 * Below the page, the offer to save its language for offline reading.
 */
export default function DocItemContent({children}: Props): ReactNode {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const {i18n} = useDocusaurusContext();
  const fallback = isUntranslated(metadata.source, i18n.currentLocale, i18n.defaultLocale);
  const showTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  const {htmlLang, direction} = i18n.localeConfigs[i18n.currentLocale] ?? {};
  const outdated = (frontMatter as {translation_outdated?: OutdatedTranslation}).translation_outdated;
  const englishUrl = useAlternatePageUtils().createUrl({locale: i18n.defaultLocale, fullyQualified: false});
  return (
    <>
      {fallback && (
        <TranslationFallbackNotice
          translateUrl={startTranslationUrl(i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/', metadata.source, i18n.currentLocale)}
        />
      )}
      {outdated && <TranslationOutdatedNotice {...outdated} englishUrl={englishUrl} />}
      <div
        className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}
        // The offline search indexes this part of the page (see plugins/search-local).
        data-pagefind-body=""
        data-pagefind-filter="kind:guidance"
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
        <MDXContent>{children}</MDXContent>
      </div>
      {/* Outside the indexed part: the search has no use for it. */}
      <OfflineSave />
    </>
  );
}
