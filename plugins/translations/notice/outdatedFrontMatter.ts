import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {contentHash} from '../status/contentHash';
import {readHistory} from '../status/gitHistory';
import {readPin} from '../status/pin';
import type {FileVersion} from '../status/gitHistory';
import type {ParseFrontMatter} from '@docusaurus/types';

/** What an outdated translation's page gets in its front matter, for the notice above it. */
export type OutdatedTranslation = {
  /** `YYYY-MM-DD`: when the English page last changed (git), else its `last_reviewed`. */
  date: string;
  /** The same date, written for readers of the page's language. */
  label: string;
};

/** Front matter key; whatever a file puts there itself is replaced. */
export const OUTDATED_KEY = 'translation_outdated';

const TRANSLATION = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/current\/(.+)$/;

/**
 * A `markdown.parseFrontMatter` hook: a translation whose pin no longer
 * matches its English page gets `translation_outdated` in its front matter,
 * which DocItem/Content turns into a notice. The notice is then part of the
 * page's HTML and data: no script is added to tell readers.
 */
export function outdatedTranslationFrontMatter({siteDir, htmlLang}: {siteDir: string; htmlLang: (locale: string) => string}): ParseFrontMatter {
  let history: Promise<Map<string, FileVersion[]> | null> | undefined;
  return async ({filePath, defaultParseFrontMatter, ...params}) => {
    const result = await defaultParseFrontMatter({filePath, ...params});
    delete result.frontMatter[OUTDATED_KEY];
    const match = TRANSLATION.exec(path.relative(siteDir, filePath).split(path.sep).join('/'));
    const {pin} = readPin(result.frontMatter);
    if (!match || !pin) return result;
    const [, locale = '', page = ''] = match;
    const source = await readFile(path.join(siteDir, 'docs', page), 'utf8').catch(() => null);
    if (source === null || contentHash(source) === pin.hash) return result;
    history ??= readHistory(siteDir, 'docs');
    const changed = (await history)?.get(page)?.[0]?.date.slice(0, 10);
    const reviewed = (parseFrontMatter(source).data as {last_reviewed?: string}).last_reviewed;
    const date = changed ?? reviewed;
    if (date) {
      const label = new Intl.DateTimeFormat(htmlLang(locale), {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));
      result.frontMatter[OUTDATED_KEY] = {date, label} satisfies OutdatedTranslation;
    }
    return result;
  };
}
