import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {docPath, readGuidancePages} from '../catalogue/guidance';
import {parseFrontMatter} from '../content-model/parseFrontMatter';
import {toIsoDay} from '../../src/lib/dates';
import type {GuidancePageFacts} from './compute/guidance';
import type {GuidanceFrontMatter} from '../content-model/frontMatter';
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

/** The guidance pages of the locale being built, with what the indicators count. */
export async function guidanceFacts(allContent: AllContent, options: {siteDir: string; locales: readonly string[]}): Promise<GuidancePageFacts[]> {
  const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
  const frontMatter = new Map(docs.map((doc) => [doc.permalink, doc.frontMatter as Partial<GuidanceFrontMatter>]));
  const sources = new Map(docs.map((doc) => [doc.permalink, doc.source]));
  // A translation has no last_reviewed (its dates are its own, issue 22): the guidance was reviewed when its English page was.
  const englishReviewed = async (permalink: string) => {
    const source = sources.get(permalink);
    if (source === undefined) return undefined;
    const text = await readFile(path.join(options.siteDir, 'docs', docPath(source)), 'utf8').catch(() => '');
    return toIsoDay((parseFrontMatter(text).data as {last_reviewed?: unknown} | undefined)?.last_reviewed);
  };
  const pages = await readGuidancePages(allContent, options);
  return Promise.all(pages.map(async (page) => {
    const fields = frontMatter.get(page.permalink) ?? {};
    return {
      title: page.title,
      permalink: page.permalink,
      programme: fields.programme ?? [],
      studyGroups: fields.study_groups ?? [],
      lastReviewed: toIsoDay(fields.last_reviewed) ?? (await englishReviewed(page.permalink)) ?? '',
      recommendations: [...new Set([...page.declared.map((d) => d.id), ...page.cited])],
    };
  }));
}
