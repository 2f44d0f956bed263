import type {Locale} from '../../locales';
import path from 'node:path';
import logger from '@docusaurus/logger';
import worldCountriesPackage from 'world-countries/package.json';
import {TRANSLATED_LOCALES} from '../../locales';
import {writeAtomically} from '../utils/files';
import {oncePerBuild} from '../utils/oncePerBuild';
import {formatProblems} from '../utils/problems';
import {assemble} from './assemble';
import {askerIndicators} from './compute/askers';
import {countryClassifier} from './compute/countries';
import {guidanceIndicators} from './compute/guidance';
import {questionIndicators} from './compute/questions';
import {toCsv, toJson} from './downloads';
import {guidanceFacts} from './guidanceFacts';
import {GROUPINGS_FILE, loadGroupings} from '../countries/groupings';
import {countryNamesOfBuild, NAMES_FILE} from '../countries/names';
import {labelsFrom, translationFile} from './labels';
import {participationSection} from './participationSection';
import {readCoverageHistory} from './languages/coverageHistory';
import type {Computed} from './assemble';
import type {CountryGroupings, CountryNames} from '../countries/types';
import type {Labels} from './labels';
import type {CoveragePoint} from './languages/coverageHistory';
import type {IndicatorsProps, Section} from './types';
import type {ForumContent} from '../forum';
import type {ParticipationContent} from '../participation';
import type {Catalogue} from '../catalogue/types';
import type {TranslationReport} from '../translations/status/report';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

type Content = {labels: Labels; countries: {names: CountryNames; groupings: CountryGroupings}; history: CoveragePoint[] | null};


/**
 * The /indicators page: charts of the forum, participation in meetings, the
 * guidance and its translations, drawn to static SVG at build time, each with its table and
 * CSV/JSON downloads (written after the build).
 */
function indicatorsPlugin(context: LoadContext): Plugin<Content> {
  const {siteDir, baseUrl, i18n} = context;
  const localeConfig = i18n.localeConfigs[i18n.currentLocale];
  let sections: Section[] = [];
  return {
    name: 'indicators',
    getPathsToWatch: () => [path.join(siteDir, GROUPINGS_FILE), path.join(siteDir, NAMES_FILE)],
    async loadContent() {
      const {groupings, problems} = loadGroupings(siteDir);
      const {names, problems: nameProblems} = await countryNamesOfBuild(siteDir);
      if (!groupings || !names) throw new Error(formatProblems('Invalid country data', [...problems, ...nameProblems], 'The files are described in README.md, section "Indicators".'));
      // Git history does not depend on the locale: read it once per build.
      const history = await oncePerBuild(`indicators:${siteDir}`, () => readCoverageHistory(siteDir, TRANSLATED_LOCALES));
      return {labels: labelsFrom(undefined), countries: {names, groupings}, history};
    },
    getTranslationFiles: async () => [{path: 'labels', content: translationFile()}],
    translateContent: ({content, translationFiles}) => ({...content, labels: labelsFrom(translationFiles[0]?.content)}),
    async allContentLoaded({allContent, actions}) {
      const content = allContent.indicators?.default as Content;
      const forum = allContent.forum?.default as ForumContent;
      const catalogue = allContent.catalogue?.default as Catalogue;
      const report = allContent.translations?.default as TranslationReport;
      const today = new Date().toISOString().slice(0, 10);
      const pages = await guidanceFacts(allContent, {siteDir, locales: i18n.locales});
      const computed: Computed = {
        forum: {
          repository: forum.state.repository,
          category: forum.state.category,
          asOf: forum.state.synced_at,
          sample: forum.state.sample,
          threadUrl: (number) => `${baseUrl}forum/${number}`,
        },
        questions: questionIndicators(forum.threads, forum.state.synced_at),
        askers: askerIndicators(
          forum.threads.map((thread) => thread.tags.country),
          countryClassifier(content.countries.names, content.countries.groupings),
          content.countries.names.regions.map((region) => region.m49),
        ),
        countries: content.countries,
        worldCountriesVersion: worldCountriesPackage.version,
        guidance: guidanceIndicators(pages, catalogue.recommendations.map((r) => r.id), today),
        guidancePages: pages.length,
        recommendations: catalogue.recommendations.length,
        today,
        history: content.history,
        coverageToday: Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, report.coverage[locale]?.pages ?? 0])),
        localeLabels: Object.fromEntries(Object.entries(i18n.localeConfigs).map(([locale, config]) => [locale, config.label])),
      };
      if (i18n.currentLocale === i18n.defaultLocale && computed.askers.unrecognized.length > 0) {
        logger.warn(`Indicators: country names not placed (neither a UN name in ${NAMES_FILE} nor a world-countries alternate), counted as "not stated or not recognized": ${computed.askers.unrecognized.join(', ')}`);
      }
      const page = {locale: i18n.currentLocale as Locale, lang: localeConfig?.htmlLang ?? i18n.currentLocale, rtl: localeConfig?.direction === 'rtl'};
      const participation = allContent.participation?.default as ParticipationContent | undefined;
      const meetings = participation && participationSection(participation, content.countries.names, content.labels, page);
      const [qa, askers, ...rest] = assemble(computed, content.labels, page);
      sections = [qa, askers, ...(meetings ? [meetings] : []), ...rest].filter((section): section is Section => section !== undefined);
      const props: IndicatorsProps = {sections, downloads: `${baseUrl}indicators/`};
      const data = await actions.createData('indicators.json', JSON.stringify(props));
      actions.addRoute({path: `${baseUrl}indicators`, component: '@site/src/components/indicators/IndicatorsPage', modules: {indicators: data}, exact: true});
    },
    async postBuild({outDir}) {
      const dir = path.join(outDir, 'indicators');
      await Promise.all(
        sections.flatMap((section) => section.indicators).flatMap((indicator) => [
          writeAtomically(path.join(dir, `${indicator.id}.csv`), toCsv(indicator)),
          writeAtomically(path.join(dir, `${indicator.id}.json`), toJson(indicator)),
        ]),
      );
    },
  };
}

/** Docusaurus types a plugin module for any content. */
export default indicatorsPlugin as unknown as PluginModule;
