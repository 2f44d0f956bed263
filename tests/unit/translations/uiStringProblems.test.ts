import path from 'node:path';
import {expect, it} from 'vitest';
import {uiPluralProblems, uiStringProblems} from '../../../plugins/translations/check/uiStringProblems';

const reference = {
  'theme.a': {message: 'Plain'},
  'link.item.label.Read (more)': {message: 'Read <b>more</b>'},
};

function check(content: Record<string, {message: string; description?: string}>) {
  const text = JSON.stringify(content, null, 2);
  return uiStringProblems({file: 'i18n/fr/code.json', page: 'code.json', locale: 'fr', reference, translated: {text, content}}).map((p) => `${p.line} ${p.message}`);
}

it('points at the message line of each UI string that adds markup', () => {
  expect(
    check({
      'theme.a': {description: 'x', message: 'Simple<script>alert(1)</script>'},
      'link.item.label.Read (more)': {message: 'Lire <b>plus</b><a href="javascript:x">'},
    }),
  ).toEqual([
    '4 UI string "theme.a" has markup the English has not (<script> </script>): UI strings are text; keep only the tags of the English message',
    '7 UI string "link.item.label.Read (more)" has markup the English has not (<a href="javascript:x">): UI strings are text; keep only the tags of the English message',
  ]);
});

it('leaves alone plain translations, the English tags, and keys the English lacks', () => {
  expect(check({'theme.a': {message: 'Simple, 3 < 4'}, 'link.item.label.Read (more)': {message: 'Lire <b>plus</b>'}, 'theme.old': {message: '<i>x</i>'}})).toEqual([]);
});

it('names the file, the line, the key and the forms a plural message needs', () => {
  const english = {'forum.post.votes': {message: '{votes} vote|{votes} votes'}, 'theme.a': {message: 'Plain'}};
  const content = {'theme.a': {message: 'Simple'}, 'forum.post.votes': {description: 'x', message: '{votes} голос|{votes} голосов'}};
  const text = JSON.stringify(content, null, 2);
  const problems = uiPluralProblems({file: 'i18n/ru/code.json', page: 'code.json', locale: 'ru', reference: english, translated: {text, content}});
  expect(problems.map((p) => `${p.file}:${p.line} [${p.rule}] ${p.message}`)).toEqual([
    'i18n/ru/code.json:7 [ui-plural] UI string "forum.post.votes" has 2 plural forms, ru needs 4, separated by | in this order: one|few|many|other',
  ]);
});

it('points at the message line of each UI string that breaks its language typography, placeholders and tags left alone', () => {
  expect(check({'link.item.label.Read (more)': {message: 'Source : {source:x} ; <b>plus</b>\u202f!'}})).toEqual([
    '3 UI string "link.item.label.Read (more)": "Source : …": a narrow no-break space (U+202F) goes before ":", not this space (french-spacing; npm run translations -- fix-typography rewrites it)',
    '3 UI string "link.item.label.Read (more)": "… {source:x} ; …": a narrow no-break space (U+202F) goes before ";", not this space (french-spacing; npm run translations -- fix-typography rewrites it)',
  ]);
});

// Issue 22: 63 French messages lacked the narrow no-break spaces (49 in code.json), 89 broke a rule, before `fix-typography` rewrote them.
it("has no typography problem in the site's UI strings, in any language", async () => {
  const {readUiStringFile, uiStringFiles} = await import('../../../plugins/translations/status/readUiStrings');
  const {TRANSLATED_LOCALES} = await import('../../../locales');
  const site = path.join(__dirname, '../../..');
  const found: string[] = [];
  for (const page of await uiStringFiles(site)) {
    for (const locale of TRANSLATED_LOCALES) {
      const translated = await readUiStringFile(path.join(site, 'i18n', locale, page));
      if (translated === null) continue;
      const problems = uiStringProblems({file: `i18n/${locale}/${page}`, page, locale, reference: {}, translated});
      found.push(...problems.map((p) => `${p.file}:${p.line} ${p.message}`));
    }
  }
  expect(found).toEqual([]);
});
