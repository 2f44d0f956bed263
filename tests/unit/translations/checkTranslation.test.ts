import {expect, it} from 'vitest';
import {checkTranslation} from '../../../plugins/translations/check/checkTranslation';
import {docusaurusContent} from '../../../plugins/translations/check/format';

const FRONT_MATTER = '---\ndescription: A page for the translation check, with enough words here.\nprogramme: [1]\naudience: [newcomer]\nrecommendations: []\nstudy_groups: []\nlast_reviewed: 2026-01-15\n---\n';

async function check(english: string, translated: string, frontMatter = '') {
  const problems = await checkTranslation({
    file: 'i18n/fr/docusaurus-plugin-content-docs/current/page.md',
    page: 'page.md',
    locale: 'fr',
    text: `${FRONT_MATTER.replace('---\n', `---\ntranslation_of:\n  hash: 0123456789abcdef\n${frontMatter}`).replace(/^last_reviewed: .*$/m, 'translation: {state: machine, date: 2026-11-20}')}${translated}`,
    source: `${FRONT_MATTER}${english}`,
    pinned: `${FRONT_MATTER}${english}`,
    history: false,
    glossary: {english: [], local: []},
    today: '2026-11-29',
    reviewers: [],
  });
  return problems.map((p) => `${p.line} [${p.rule}]`);
}

// Docusaurus unwraps ```mdx-code-block fences before it compiles a page, `.md` pages included.
it('reads an mdx-code-block fence as the page content Docusaurus makes of it, at the file lines', async () => {
  const english = 'Text.\n\n```text\nWP1/13\n```\n';
  const french = 'Texte.\n\n```mdx-code-block\n<img src=x onerror=alert(1)>\n```\n';
  expect(await check(english, french)).toEqual(['13 [code-block]', '14 [raw-html]', '14 [event-handler]']);
});

it('maps the lines of the unwrapped text back to the file', () => {
  const {text, line} = docusaurusContent('a\n```mdx-code-block\nb\n```\nc\n');
  expect(text).toBe('a\nb\nc\n');
  expect([1, 2, 3].map(line)).toEqual([1, 3, 5]);
});

// js-yaml, Docusaurus's YAML reader, applies merge keys; a check that read YAML otherwise would compile this as Markdown.
it('compiles a page as MDX when a YAML merge key gives Docusaurus an mdx field, and says so', async () => {
  expect(await check('Text.\n', 'Texte {alert(1)}.\n', '<<: {mdx: {format: mdx}}\n')).toEqual(['4 [format-change]', '12 [mdx-expression]']);
});
