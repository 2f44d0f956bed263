import {TRANSLATED_LOCALES} from '../../locales';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {docPath} from '../catalogue/guidance';
import {parseFrontMatter} from '../content-model/parseFrontMatter';
import {dashboardProps} from './dashboard/props';
import {newTranslationUrl} from './dashboard/githubLinks';
import {startPagePath} from './dashboard/startPagePath';
import {writeStartPages} from './dashboard/startPages';
import {oncePerBuild} from '../utils/oncePerBuild';
import {buildTranslationReport} from './status/report';
import type {DocInfo} from './dashboard/props';
import type {TranslationReport} from './status/report';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** The report does not depend on the locale: read the files and git history once per build. */
const readReport = (siteDir: string) => oncePerBuild(`translations:${siteDir}`, () => buildTranslationReport(siteDir, TRANSLATED_LOCALES));

/**
 * The translation status: the /translations dashboard in every locale, and
 * (in the default locale's build) one page per missing translation that
 * forwards to GitHub's prefilled "new file" form.
 */
function translationsPlugin(context: LoadContext): Plugin<TranslationReport> {
  const {siteDir, i18n, siteConfig} = context;
  const repositoryUrl = String(siteConfig.customFields?.repositoryUrl);
  const rootBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
  const startUrl = (locale: string, page: string) => `${rootBaseUrl}${startPagePath(locale, page)}`;
  return {
    name: 'translations',
    getPathsToWatch: () => [path.join(siteDir, 'i18n/**/*.{md,mdx,json}'), path.join(siteDir, 'docs/**/*.{md,mdx}')],
    loadContent: () => readReport(siteDir),
    async allContentLoaded({allContent, actions}) {
      const report = allContent.translations?.default as TranslationReport;
      const docsContent = allContent[DOCS_PLUGIN]?.default as LoadedContent | undefined;
      const docs = new Map<string, DocInfo>(
        (docsContent?.loadedVersions.flatMap((version) => version.docs) ?? []).map((doc) => [docPath(doc.source), {title: doc.title, permalink: doc.permalink}]),
      );
      const labels = Object.fromEntries(Object.entries(i18n.localeConfigs).map(([locale, config]) => [locale, config.label]));
      const props = dashboardProps(report, {docs, labels, repositoryUrl, startUrl});
      const data = await actions.createData('translations.json', JSON.stringify(props));
      actions.addRoute({path: `${context.baseUrl}translations`, component: '@site/src/components/translations/TranslationsDashboard', modules: {status: data}, exact: true});
    },
    async postBuild({content, outDir}) {
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const sources = new Map(content.sources.map((source) => [source.page, source]));
      const missing = content.entries.filter((entry) => entry.status === 'missing');
      // Each English page is missing in several locales: read it once.
      const texts = new Map<string, Promise<string>>();
      const read = (page: string) => texts.get(page) ?? texts.set(page, readFile(path.join(siteDir, 'docs', page), 'utf8')).get(page) as Promise<string>;
      await writeStartPages(
        outDir,
        await Promise.all(
          missing.map(async ({locale, page, file}) => {
            const source = sources.get(page);
            const text = await read(page);
            const pin = {hash: source?.hash ?? '', ...(source?.commit && {commit: source.commit})};
            const title = String((parseFrontMatter(text).data as {title?: string}).title ?? page);
            return {locale, page, title, url: newTranslationUrl(repositoryUrl, {file, page, locale, source: text, pin})};
          }),
        ),
      );
    },
  };
}

/** Docusaurus types a plugin module for any content; this one loads a TranslationReport. */
export default translationsPlugin as unknown as PluginModule;
