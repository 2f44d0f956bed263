import type {Locale} from '../../locales';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseFrontMatter} from '../content-model/parseFrontMatter';
import {findCitations} from '../remark-itu/citations';
import type {GuidancePage, RecommendationReference, StudyGroupReference} from './join';
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
const TRANSLATED = /^@site\/i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\//;

/** Text the reader sees: no front matter, no code (remark-itu does not link there either). */
const prose = (markdown: string) =>
  markdown
    .replace(/^---\r?\n[\s\S]*?\r?\n---/, '')
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/`[^`\n]*`/g, '');

/** The path of a doc inside `docs/`, whether it is the English source or a translation. */
export const docPath = (source: string): string => source.replace(/^@site\/docs\//, '').replace(TRANSLATED, '');

/**
 * The guidance pages of the locale being built, with the Recommendations their
 * front matter declares and their text cites, and the languages they exist in.
 */
export async function readGuidancePages(
  allContent: AllContent,
  {siteDir, locales}: {siteDir: string; locales: readonly string[]},
): Promise<GuidancePage[]> {
  const docsContent = allContent[DOCS_PLUGIN]?.default as LoadedContent | undefined;
  const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
  return Promise.all(
    docs.map(async (doc) => {
      const text = await readFile(path.join(siteDir, doc.source.replace(/^@site\//, '')), 'utf8');
      const relative = docPath(doc.source);
      const translated = locales.filter(
        (locale) =>
          locale !== 'en' &&
          existsSync(path.join(siteDir, 'i18n', locale, DOCS_PLUGIN, 'current', relative)),
      );
      const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      const {lineOf} = parseFrontMatter(text);
      return {
        title: doc.title,
        permalink: doc.permalink,
        file: doc.source.replace(/^@site\//, ''),
        declared: list(doc.frontMatter.recommendations).map((id, index) => ({id, line: lineOf(['recommendations', index])})),
        cited: findCitations(prose(text)).map((citation) => citation.id),
        studyGroups: list(doc.frontMatter.study_groups),
        locales: ['en', ...translated] as Locale[],
      };
    }),
  );
}

type References = {recommendationReferences?: RecommendationReference[]; studyGroupReferences?: StudyGroupReference[]} | undefined;

/** References to Recommendations and study groups that other plugins put in their loaded content. */
export function collectReferences(allContent: AllContent): {recommendations: RecommendationReference[]; studyGroups: StudyGroupReference[]} {
  const contents = Object.values(allContent).flatMap((byId) => Object.values(byId)) as References[];
  return {
    recommendations: contents.flatMap((content) => content?.recommendationReferences ?? []),
    studyGroups: contents.flatMap((content) => content?.studyGroupReferences ?? []),
  };
}
