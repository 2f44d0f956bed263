import {readGuidancePages} from '../catalogue/guidance';
import {toIsoDay} from '../../src/lib/dates';
import type {GuidancePageFacts} from './compute/guidance';
import type {GuidanceFrontMatter} from '../content-model/frontMatter';
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

/** The guidance pages of the locale being built, with what the indicators count. */
export async function guidanceFacts(allContent: AllContent, options: {siteDir: string; locales: readonly string[]}): Promise<GuidancePageFacts[]> {
  const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  const frontMatter = new Map(
    (docsContent?.loadedVersions.flatMap((version) => version.docs) ?? []).map((doc) => [doc.permalink, doc.frontMatter as Partial<GuidanceFrontMatter>]),
  );
  const pages = await readGuidancePages(allContent, options);
  return pages.map((page) => {
    const fields = frontMatter.get(page.permalink) ?? {};
    return {
      title: page.title,
      permalink: page.permalink,
      programme: fields.programme ?? [],
      studyGroups: fields.study_groups ?? [],
      lastReviewed: toIsoDay(fields.last_reviewed) ?? '',
      recommendations: [...new Set([...page.declared.map((d) => d.id), ...page.cited])],
    };
  });
}
