import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {parseCheckOutput} from '../../../plugins/translations/review/problems';
import {COMMENT_MARKER, reviewComment} from '../../../plugins/translations/review/reviewComment';
import {localesTouched, reviewData} from '../../../plugins/translations/review/reviewData';
import type {Nodes} from 'mdast';
import type {TranslationProblem} from '../../../plugins/translations/review/problems';

const docs = (locale: string, page: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current/${page}`;
const X = docs('fr', 'guidelines/x.md');
const Y = docs('fr', 'guidelines/y.md');

const problem = (file: string, line: number, message: string, rule: TranslationProblem['rule'] = 'code-block'): TranslationProblem => ({
  file,
  line,
  locale: file.split('/')[1] ?? '',
  page: file.split('/').slice(4).join('/'),
  rule,
  message,
});

/** The review of a pull request that changes `changedFiles`, with no known problems in base unless given. */
const review = ({base = [], head = [], changedFiles = [X]}: {base?: TranslationProblem[]; head?: TranslationProblem[]; changedFiles?: string[]}) =>
  reviewComment(reviewData({pullRequest: 7, base, head, changedFiles}));

/** What a reader sees of a Markdown node. */
const text = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '');

/** The raw HTML in a Markdown node, which GitHub would pass through. */
const html = (node: Nodes): string[] => (node.type === 'html' ? [node.value] : 'children' in node ? node.children.flatMap(html) : []);

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

describe('localesTouched', () => {
  it('lists the locales whose i18n files change, sorted, and nothing else', () => {
    expect(
      localesTouched([
        docs('zh', 'a.md'),
        'i18n/fr/code.json',
        docs('fr', 'b.md'),
        'i18n/_reference/code.json',
        'i18n/same-as-english.json',
        'i18n/en/code.json',
        'i18n/es',
        'docs/a.md',
        'data/glossary/ru.yml',
      ]),
    ).toEqual(['fr', 'zh']);
  });
});

describe('reviewComment', () => {
  it('says what the pull request fixes and what is still wrong, grouped by file, marker first', () => {
    const {body, labels} = review({
      base: [problem(X, 3, '2 code blocks in the English page, 1 here'), problem(X, 10, 'Link to ./gone.md: no such page', 'link')],
      head: [
        problem(Y, 4, 'No `translation_of` pin', 'pin'),
        problem(X, 14, 'Link to ./gone.md: no such page', 'link'),
        problem(X, 2, '"ITU-T" should be "UIT-T" in French', 'glossary'),
      ],
      changedFiles: [X, Y],
    });
    expect(body.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(labels).toEqual(['lang:fr']);
    expect(body).toMatchInlineSnapshot(`
      "<!-- bsg-hub:translations-check -->
      ### Translation check

      🛠️ This pull request fixes 1 problem:

      - \`i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md\` — 2 code blocks in the English page, 1 here (code-block)

      ❌ 3 translation problems in the files this pull request changes, 2 of them new:

      **\`i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md\`**

      - \`i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md:2\` — "ITU-T" should be "UIT-T" in French (glossary, new)
      - \`i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md:14\` — Link to ./gone.md: no such page (link)

      **\`i18n/fr/docusaurus-plugin-content-docs/current/guidelines/y.md\`**

      - \`i18n/fr/docusaurus-plugin-content-docs/current/guidelines/y.md:4\` — No \\\`translation\\_of\\\` pin (pin, new)
      "
    `);
  });

  it('does not count a problem as fixed when only its line moved', () => {
    const {body} = review({base: [problem(X, 3, 'Heading missing', 'structure')], head: [problem(X, 9, 'Heading missing', 'structure')]});
    expect(body).not.toContain('fixes');
    expect(body).toContain(`\`${X}:9\` — Heading missing (structure)\n`);
  });

  it('counts one fix when one of two identical problems goes', () => {
    const twice = [problem(X, 3, 'Unknown term'), problem(X, 8, 'Unknown term')];
    expect(review({base: twice, head: [problem(X, 5, 'Unknown term')]}).body).toContain('This pull request fixes 1 problem:');
  });

  it('lists only the changed files, and counts the rest of the touched locales in one line', () => {
    const {body, labels} = review({
      head: [problem(X, 1, 'In the changed file'), problem(Y, 1, 'In another French file'), problem(docs('es', 'a.md'), 1, 'In Spanish')],
      changedFiles: [X, 'i18n/_reference/code.json'],
    });
    expect(body).toContain('In the changed file');
    expect(body).not.toContain('In another French file');
    expect(body).not.toContain('In Spanish');
    expect(body).toContain('1 more problem in other `fr` files, which this pull request does not change');
    expect(labels).toEqual(['lang:fr']);
  });

  it('says plainly when nothing is wrong', () => {
    const {body, labels} = review({changedFiles: [docs('ar', 'a.md'), docs('zh', 'a.md')]});
    expect(body).toBe(`${COMMENT_MARKER}\n### Translation check\n\n✅ No translation problems in the files this pull request changes.\n`);
    expect(labels).toEqual(['lang:ar', 'lang:zh']);
  });

  it('bounds the lists of a huge pull request under GitHub’s 65,536 characters', () => {
    // Worst cases: a file each, long paths and messages, characters that need escaping.
    const file = (i: number) => docs('fr', `p${String(i).padStart(5, '0')}${'`x'.repeat(150)}.md`);
    const many = (prefix: string) => Array.from({length: 10_000}, (_, i) => problem(file(i), i + 1, `${prefix} ${'<|@`'.repeat(200)}`));
    const base = many('Old');
    const head = many('New');
    const {body} = review({base, head, changedFiles: [...base, ...head].map((p) => p.file)});
    expect(body).toContain('This pull request fixes 10000 problems:');
    expect(body).toContain('❌ 10000 translation problems in the files this pull request changes, 10000 of them new:');
    expect(body.match(/^- /gm)?.length).toBeLessThanOrEqual(100);
    expect(body).toMatch(/…and 99\d\d more\.\n\n❌/);
    expect(body.length).toBeLessThan(65_536);
  });

  it('shows at most 50 problems per list, then how many more', () => {
    const head = Array.from({length: 60}, (_, i) => problem(X, i + 1, `Problem ${i + 1}`));
    const {body} = review({head});
    expect(body).toContain('Problem 50 (code-block, new)\n\n…and 10 more.\n');
    expect(body).not.toContain('Problem 51');
  });

  it('keeps Markdown and HTML from a contributor’s file inside the message', () => {
    const message = 'Term </details>`| @mention **bold** [link](https://example.com) <img src=x onerror=alert(1)> & ~~x~~ $x$ \\';
    const odd = docs('fr', 'odd`name.md');
    const {body} = review({head: [problem(odd, 7, message, 'glossary')], changedFiles: [odd]});
    const tree = parse(body);
    expect(html(tree)).toEqual([COMMENT_MARKER]);
    const items = tree.children.filter((node) => node.type === 'list');
    const shown = message.replace('@', '@\u200b').replace('https:', 'https:\u200b');
    expect(items.map((list) => text(list))).toEqual([`${odd}:7 — ${shown} (glossary, new)`]);
    expect(tree.children.some((node) => node.type === 'table')).toBe(false);
  });
});

describe('parseCheckOutput', () => {
  it('reads the check’s JSON and says what is wrong with anything else', () => {
    const one = problem(X, 1, 'Pin missing', 'pin');
    expect(parseCheckOutput(JSON.stringify({problems: [one]}))).toEqual([one]);
    expect(() => parseCheckOutput('> bsg-hub@0.1.0 translations')).toThrow(/^not JSON \(/);
    expect(() => parseCheckOutput('[]')).toThrowErrorMatchingInlineSnapshot(`[Error: expected {"problems": […]}, the output of \`npm run translations -- check --json\`]`);
    expect(() => parseCheckOutput(JSON.stringify({problems: [{...one, line: '1'}]}))).toThrowErrorMatchingInlineSnapshot(`[Error: problems[0].line should be a number, found a string]`);
  });
});
