import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {markdownCode, markdownText} from '../../../plugins/translations/review/markdownText';
import type {Nodes} from 'mdast';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(`- ${markdown}`);

/** Node types other than the list, its item, paragraph and text: anything a reader would not see as plain text. */
const structure = (node: Nodes): string[] => [
  ...(['root', 'list', 'listItem', 'paragraph', 'text', 'inlineCode'].includes(node.type) ? [] : [node.type]),
  ...('children' in node ? node.children.flatMap(structure) : []),
];
const text = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '');

/**
 * What GitHub links in rendered text, after Markdown: mentions (users and
 * teams), issue references, commit-style URLs and emails.
 */
const GITHUB_LINKS = [/(^|[^\w])@[a-z\d]/i, /#\d/, /\bgh-\d/i, /[a-z]+:\/\//i, /\bwww\./i, /[\w.+-]+@[\w-]+\.\w/];

const HOSTILE = [
  'Sign in again at [GitHub](https://evil.example/login) or www.evil.example/login',
  'cc @octocat and @bsg-hub/translators-fr, mail admin@evil.example',
  'closes #1, GH-2, bsg-hub/site#3',
  '<img src=x onerror=alert(1)> <details open> <!-- hidden --> &lt;b&gt;',
  '![pixel](https://evil.example/p.png) [click](javascript:alert(1)) <https://evil.example>',
  '**bold** _em_ ~~strike~~ `code` $x^2$ | a | b | \\',
  'line one\n\n# heading\r\n- item\u2028```',
  'abc\u202edef\u2066ghi\u200f',
];

describe('markdownText', () => {
  it.each(HOSTILE)('shows %j as plain text that GitHub links nowhere', (hostile) => {
    const tree = parse(markdownText(hostile, 1000));
    expect(structure(tree)).toEqual([]);
    const shown = text(tree);
    for (const link of GITHUB_LINKS) expect(shown).not.toMatch(link);
    // The same characters, bar controls, with zero-width spaces where a link would start.
    expect(shown.replace(/\u200b/g, '')).toBe(hostile.replace(/[\p{Cc}\u2028]+/gu, ' ').replace(/[\u202e\u2066\u200f]/g, ''));
  });

  it('cuts long text', () => {
    expect(markdownText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('markdownCode', () => {
  it.each([['plain.md'], ['odd`name.md'], ['``x``'], [' spaced '], ['@octocat #1 https://evil.example\nnext']])('keeps %j whole in one code span', (value) => {
    const tree = parse(markdownCode(value, 1000));
    expect(structure(tree)).toEqual([]);
    const [item] = (tree.children[0] as {children: {children: {children: Nodes[]}[]}[]}).children;
    expect(item?.children[0]?.children.map((node) => node.type)).toEqual(['inlineCode']);
    expect(text(tree)).toBe(value.replace('\n', ' '));
  });

  it('keeps the end of a long path', () => {
    expect(markdownCode(`i18n/fr/${'a/'.repeat(20)}page.md`, 12)).toBe('`…a/a/page.md`');
  });
});
