import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {contentHash} from '../status/contentHash';
import {readHistory} from '../status/gitHistory';
import {readPin} from '../status/pin';
import {ENGLISH_HEADINGS_KEY, OUTDATED_KEY} from './builtFrontMatter';
import {headingIds} from './headingIds';
import {isUnreviewed, translationState} from './translationState';
import type {OutdatedTranslation} from './builtFrontMatter';
import type {FileVersion} from '../status/gitHistory';
import type {ParseFrontMatter} from '@docusaurus/types';

const TRANSLATION = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/current\/(.+)$/;

/**
 * A `markdown.parseFrontMatter` hook for translations, feeding the notice
 * above them (DocItem/Content):
 * - a translation whose pin no longer matches its English page gets
 *   `translation_outdated` (the date the English page changed);
 * - a `machine` or `draft` translation gets `translation_english_headings`:
 *   the English page's heading ids, in order, so that "read the English
 *   original" lands at the heading the reader is at (the outline is the same
 *   by rule: heading n of the translation is heading n of the English page);
 *   empty when the outlines differ (then the link goes to the top).
 * Both are part of the page's HTML and data: no request is added to tell readers.
 */
export function translationNoticeFrontMatter({siteDir, htmlLang}: {siteDir: string; htmlLang: (locale: string) => string}): ParseFrontMatter {
  let history: Promise<Map<string, FileVersion[]> | null> | undefined;
  return async ({filePath, defaultParseFrontMatter, ...params}) => {
    const result = await defaultParseFrontMatter({filePath, ...params});
    const {frontMatter} = result;
    delete frontMatter[OUTDATED_KEY];
    delete frontMatter[ENGLISH_HEADINGS_KEY];
    const match = TRANSLATION.exec(path.relative(siteDir, filePath).split(path.sep).join('/'));
    const {pin} = readPin(frontMatter);
    const unreviewed = isUnreviewed(translationState(frontMatter));
    if (!match || (!pin && !unreviewed)) return result;
    const [, locale = '', page = ''] = match;
    const source = await readFile(path.join(siteDir, 'docs', page), 'utf8').catch(() => null);
    if (source === null) return result;
    if (unreviewed) {
      const english = headingIds(source);
      frontMatter[ENGLISH_HEADINGS_KEY] = english.length === headingIds(params.fileContent).length ? english : [];
    }
    if (!pin || contentHash(source) === pin.hash) return result;
    history ??= readHistory(siteDir, 'docs');
    const changed = (await history)?.get(page)?.[0]?.date.slice(0, 10);
    const reviewed = (parseFrontMatter(source).data as {last_reviewed?: string}).last_reviewed;
    const date = changed ?? reviewed;
    if (date) {
      const label = new Intl.DateTimeFormat(htmlLang(locale), {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));
      frontMatter[OUTDATED_KEY] = {date, label} satisfies OutdatedTranslation;
    }
    return result;
  };
}
