import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixMarkdownTypography, fixUiStringTypography} from '../../../plugins/translations/check/fixTypography';
import {fixTypography, typographyFindings} from '../../../plugins/translations/check/typography';
import type {TypographyRule} from '../../../locales';

const FIXTURES = path.join(__dirname, '../../fixtures/typography-fix');
const read = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');

// Each nasty page mixes prose with what must not change: front matter, code, inline code, URLs (with : ; ? , inside),
// identifiers, times, raw HTML, link targets, an entity and an escape; its `.fixed.md` was read line by line.
describe.each([
  ['fr', 'french-spacing'],
  ['zh', 'full-width-punctuation'],
  ['ar', 'arabic-punctuation'],
] as [string, TypographyRule][])('fix-typography on nasty.%s.md (%s)', (locale, rule) => {
  it('rewrites the prose only, as the reviewed output says', async () => {
    const fixed = await fixMarkdownTypography(await read(`nasty.${locale}.md`), [rule], 'md');
    expect(fixed.text).toBe(await read(`nasty.${locale}.fixed.md`));
    expect(fixed.changes.length).toBeGreaterThan(0);
  });

  it('is idempotent: the fixed page passes the rule and a second run changes nothing', async () => {
    const once = await fixMarkdownTypography(await read(`nasty.${locale}.md`), [rule], 'md');
    const twice = await fixMarkdownTypography(once.text, [rule], 'md');
    expect(twice).toMatchObject({text: once.text, changes: []});
    expect(twice.skipped).toHaveLength(once.skipped.length);
  });
});

describe('fix-typography details', () => {
  it('leaves a text with an entity or an escape for a person, and says where', async () => {
    const fixed = await fixMarkdownTypography('Une entité &amp; ici ?\n\nEt là ?\n', ['french-spacing'], 'md');
    expect(fixed).toEqual({text: 'Une entité &amp; ici ?\n\nEt là\u202f?\n', changes: [{line: 3, before: 'Et là ?', after: 'Et là\u202f?'}], skipped: [1]});
  });

  it('keeps the code, URLs, identifiers and times of the nasty French page as they were', async () => {
    const fixed = (await fixMarkdownTypography(await read('nasty.fr.md'), ['french-spacing'], 'md')).text;
    for (const kept of ['title: "Titre : avec deux-points ?"', '`code: inline ; ici ?`', 'https://www.itu.int/fr/ITU-T/a:b?x=1;y=2', '(https://example.org/a:b?c=d)', 'Code : bloc ; intact ?', '<div title="attribut : HTML ?">HTML : brut ?</div>', '10:30', '3:1', '(WP1/13)']) {
      expect(fixed).toContain(kept);
    }
  });

  it('fixes UI strings, leaving placeholders and tags, in the layout Docusaurus writes', () => {
    const json = `${JSON.stringify({a: {message: 'Source : {source} ; voir <b>ceci</b> !', description: 'Note: English.'}, b: {message: 'Déjà\u202f!'}}, null, 2)}\n`;
    const fixed = fixUiStringTypography(json, ['french-spacing']);
    expect(JSON.parse(fixed.text)).toEqual({a: {message: 'Source\u202f: {source}\u202f; voir <b>ceci</b>\u202f!', description: 'Note: English.'}, b: {message: 'Déjà\u202f!'}});
    expect(fixed.changes).toEqual([{line: 3, before: 'Source : {source} ; voir <b>ceci</b> !', after: 'Source\u202f: {source}\u202f; voir <b>ceci</b>\u202f!'}]);
    expect(fixUiStringTypography(fixed.text, ['french-spacing']).changes).toEqual([]);
  });

  it('changes a UI string file in another layout message by message, in place', () => {
    const json = '{"a": {"message": "Oui ?"}, "b": {"message": "Non"}}';
    expect(fixUiStringTypography(json, ['french-spacing']).text).toBe('{"a": {"message": "Oui\u202f?"}, "b": {"message": "Non"}}');
  });

  it('finds nothing in a fixed text, for each rule', () => {
    const texts: [TypographyRule, string][] = [
      ['french-spacing', 'Quoi ? Il a dit "non" : c’est « fini» ; voilà !'],
      ['full-width-punctuation', '文稿, 报告人(Rapporteur): 是否? 是!'],
      ['arabic-punctuation', 'ما هي المساهمة? اقرأ, ثم أرسل; انتظر'],
    ];
    for (const [rule, text] of texts) {
      expect(typographyFindings(rule, text).length).toBeGreaterThan(0);
      expect(typographyFindings(rule, fixTypography(rule, text))).toEqual([]);
    }
  });
});
