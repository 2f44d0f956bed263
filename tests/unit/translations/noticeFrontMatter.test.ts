import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseFrontMatter} from '../../../plugins/content-model/parseFrontMatter';
import {ENGLISH_HEADINGS_KEY, OUTDATED_KEY} from '../../../plugins/translations/notice/builtFrontMatter';
import {translationNoticeFrontMatter} from '../../../plugins/translations/notice/noticeFrontMatter';
import {isUnreviewed, translationState} from '../../../plugins/translations/notice/translationState';

const SITE = path.join(__dirname, '../../fixtures/translation-notice');
const hook = translationNoticeFrontMatter({siteDir: SITE, htmlLang: (locale) => locale});

/** The front matter the docs plugin gets for a file of the fixture site. */
async function frontMatterOf(file: string) {
  const filePath = path.join(SITE, file);
  const fileContent = await readFile(filePath, 'utf8');
  const {frontMatter} = await hook({
    filePath,
    fileContent,
    defaultParseFrontMatter: async ({fileContent: text}) => ({frontMatter: parseFrontMatter(text).data as Record<string, unknown>, content: text}),
  });
  return frontMatter;
}

const fr = (page: string) => `i18n/fr/docusaurus-plugin-content-docs/current/${page}.md`;

describe('the notice front matter of a translation (issue 22)', () => {
  it.each(['machine', 'draft'])('a %s translation gets the English heading ids, in order', async (state) => {
    const frontMatter = await frontMatterOf(fr(state));
    expect(translationState(frontMatter)).toBe(state);
    expect(frontMatter[ENGLISH_HEADINGS_KEY]).toEqual(['what-a-contribution-is', 'body', 'body-1']);
  });

  it('a reviewed translation gets nothing, whatever it writes in the build’s keys: its readers see no notice', async () => {
    const frontMatter = await frontMatterOf(fr('reviewed'));
    expect(isUnreviewed(translationState(frontMatter))).toBe(false);
    expect(frontMatter).not.toHaveProperty(ENGLISH_HEADINGS_KEY);
    expect(frontMatter).not.toHaveProperty(OUTDATED_KEY);
  });

  it('a translation whose outline differs from the English gets no ids: the link goes to the top, never to a wrong heading', async () => {
    expect((await frontMatterOf(fr('reshaped')))[ENGLISH_HEADINGS_KEY]).toEqual([]);
  });

  it('an English page gets nothing', async () => {
    const frontMatter = await frontMatterOf('docs/machine.md');
    expect(frontMatter).not.toHaveProperty(ENGLISH_HEADINGS_KEY);
  });
});

describe('translationState', () => {
  it('reads machine, draft and reviewed; anything else is no state', () => {
    expect(translationState({translation: {state: 'machine'}})).toBe('machine');
    expect(translationState({translation: {state: 'reviewed'}})).toBe('reviewed');
    expect(translationState({translation: {state: 'MACHINE'}})).toBeNull();
    expect(translationState({translation: 'machine'})).toBeNull();
    expect(translationState({translation: null})).toBeNull();
    expect(translationState({})).toBeNull();
    expect([isUnreviewed('machine'), isUnreviewed('draft'), isUnreviewed('reviewed'), isUnreviewed(null)]).toEqual([true, true, false, false]);
  });
});
