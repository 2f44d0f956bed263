import {describe, expect, it} from 'vitest';
import {activeContent, addedActiveContent} from '../../../plugins/translations/check/activeContent';
import {docusaurusFormat} from '../../../plugins/translations/check/format';

/** What a translation adds to its English page, as `line [rule] message`. */
async function added(english: string, translated: string, format: 'md' | 'mdx' = 'md') {
  const found = addedActiveContent(await activeContent(english, format), await activeContent(translated, format));
  return found.map(({line, rule, message}) => `${line} [${rule}] ${message}`);
}

describe('activeContent in a .md page', () => {
  it('finds raw HTML, its event handlers and its URL schemes, at their lines', async () => {
    const page = 'Text.\n\n<div>\n<img src=x onerror=alert(1)>\n</div>\n\nSee <a href=" java\tscript:alert(1)">this</a>.\n';
    expect((await activeContent(page, 'md')).map(({rule, line, shown}) => `${line} ${rule} ${shown}`)).toEqual([
      '3 raw-html <div></div>',
      '4 raw-html <img src="x" onerror="alert(1)">',
      '4 event-handler onerror="alert(1)" on <img>',
      '7 raw-html <a href=" java\tscript:alert(1)"></a>',
      '7 url-scheme " java\tscript:alert(1)" (a javascript: URL)',
    ]);
  });

  it('reads `{…}` and `import` as text: Markdown does not run them', async () => {
    expect(await activeContent('Price {alert(1)}.\n\nimport X from "y"\n', 'md')).toEqual([]);
  });

  it('finds unusual schemes in Markdown links, images and definitions, not http(s), mailto or relative ones', async () => {
    const page = '[a](https://itu.int) [b](mailto:x@itu.int) [c](/docs/x) [d](#top) [e](vbscript:x) ![f](data:image/svg+xml,x)\n\n[g]: file:///etc/passwd\n';
    expect((await activeContent(page, 'md')).map((item) => item.key)).toEqual(['vbscript:x', 'data:image/svg+xml,x', 'file:///etc/passwd']);
  });
});

describe('activeContent in an .mdx page', () => {
  it('finds JSX, expressions, imports and exports, and JSX event handlers with expression values', async () => {
    const page = "import X from 'y';\nexport const a = 1;\n\n<Tabs onClick={() => alert(1)}>\n\nHi {a} {/* comment */} <a href=\"javascript:x\">y</a>\n\n</Tabs>\n";
    expect((await activeContent(page, 'mdx')).map(({rule, line, shown}) => `${line} ${rule} ${shown}`)).toEqual([
      "1 import-export import X from 'y';",
      '4 jsx <Tabs onClick={() => alert(1)}>',
      '4 event-handler onClick={() => alert(1)} on <Tabs>',
      '6 mdx-expression {a}',
      '6 jsx <a href="javascript:x">',
      '6 url-scheme "javascript:x" (a javascript: URL)',
    ]);
  });
});

describe('addedActiveContent', () => {
  it('accepts what the English page has, with translated alt, title and label text', async () => {
    const english = 'Press <kbd>Enter</kbd>.\n\n<img src="/img/a.svg" alt="Steps" title="Steps">\n\n[Mail](mailto:tsbsg@itu.int)\n';
    const french = 'Appuyez sur <kbd>Entrée</kbd>.\n\n<img src="/img/a.svg" alt="Étapes" title="Étapes">\n\n[Courriel](mailto:tsbsg@itu.int)\n';
    expect(await added(english, french)).toEqual([]);
  });

  it('reports each addition as many times as it is added', async () => {
    expect(await added('<kbd>A</kbd>\n', '<kbd>A</kbd> <kbd>B</kbd>\n')).toEqual([
      "1 [raw-html] raw HTML <kbd></kbd> is not in the English page: translate the text around it; keep the English page's HTML as it is",
    ]);
  });

  it('reports a changed attribute and an added event handler', async () => {
    expect(await added('<a href="/docs/a">A</a>\n', '<a href="https://evil.example" onmouseover="steal()">A</a>\n')).toEqual([
      '1 [raw-html] raw HTML <a href="https://evil.example" onmouseover="steal()"></a> is not in the English page: translate the text around it; keep the English page\'s HTML as it is',
      '1 [event-handler] event-handler attribute onmouseover="steal()" on <a> is not in the English page: it runs script',
    ]);
  });

  it('reports JSX, expressions and imports the English .mdx page lacks', async () => {
    expect(await added('Hello.\n', "import B from 'b';\n\nBonjour {alert(1)} <B />.\n", 'mdx')).toEqual([
      "1 [import-export] import or export \"import B from 'b';\" is not in the English page: a translation may not load code",
      "3 [mdx-expression] MDX expression {alert(1)} is not in the English page: expressions run code; keep the English page's as they are",
      "3 [jsx] JSX element <B> is not in the English page: translate the text around it; keep the English page's elements as they are",
    ]);
  });
});

describe('docusaurusFormat', () => {
  it.each([
    ['a.md', {}, 'md'],
    ['a.mdx', {}, 'mdx'],
    ['a.md', {mdx: {format: 'mdx'}}, 'mdx'],
    ['a.mdx', {mdx: {format: 'md'}}, 'md'],
    ['a.md', {mdx: {format: 'detect'}}, 'md'],
    ['a.md', {mdx: 'mdx'}, 'md'],
  ])('%s with %j compiles as %s', (file, frontMatter, format) => {
    expect(docusaurusFormat(file, frontMatter)).toBe(format);
  });
});
