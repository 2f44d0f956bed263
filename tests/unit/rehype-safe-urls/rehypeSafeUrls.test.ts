import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import rehypeSafeUrls from '../../../plugins/rehype-safe-urls';
import {isEventHandler, urlScheme} from '../../../plugins/rehype-safe-urls/attributes';

/** Markdown in, HTML out, through raw HTML as Docusaurus parses it in `.md` pages. */
function process(markdown: string): string {
  const file = new VFile({value: markdown, path: `${globalThis.process.cwd()}/docs/page.md`});
  return String(unified().use(remarkParse).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeSafeUrls).use(rehypeStringify).processSync(file));
}

describe('rehypeSafeUrls', () => {
  it('lets ordinary links, images and HTML through unchanged', () => {
    expect(process('[a](https://itu.int) [b](mailto:x@itu.int) [c](/docs/x)\n\n<img src="/img/a.svg" alt="A" data-x="javascript:kept">\n')).toBe(
      '<p><a href="https://itu.int">a</a> <a href="mailto:x@itu.int">b</a> <a href="/docs/x">c</a></p>\n<img src="/img/a.svg" alt="A" data-x="javascript:kept">',
    );
  });

  it('refuses every script URL and event handler of the page at once, naming the file, line and column', () => {
    const page = '# Title\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\nSee <a href="JaVa&#x09;ScRiPt:alert(1)">this</a> and <iframe src="data:text/html,<script>alert(1)</script>"></iframe>\n\n<svg><a xlink:href="vbscript:x">v</a></svg>\n';
    expect(() => process(page)).toThrowErrorMatchingInlineSnapshot(`
      [Error: docs/page.md: 5 unsafe attribute(s) or element(s); pages may not run script or embed data: URLs.
      - 3:1 <a>: href has a javascript: URL, which runs script
      - 5:1 <img>: the event-handler attribute onerror runs script
      - 7:5 <a>: href has a javascript: URL, which runs script
      - 7:54 <iframe>: src has a data: URL, which embeds a document
      - 9:6 <a>: xlink:href has a vbscript: URL, which runs script
      Use an http(s) or relative link, and no on… attribute or script.]
    `);
  });
});

describe('urlScheme', () => {
  it.each([
    ['https://itu.int', 'https'],
    ['/docs/x', null],
    ['#top', null],
    ['x.md', null],
    ['//cdn.example/x', null],
    [' \tjava\nscript:alert(1)', 'javascript'],
    ['DATA:text/html,x', 'data'],
  ])('%j has scheme %j', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
});

describe('isEventHandler', () => {
  it.each([
    ['onclick', true],
    ['onError', true],
    ['on-load', true],
    ['one', false],
    ['only', false],
    ['href', false],
  ])('%s: %s', (name, handler) => {
    expect(isEventHandler(name)).toBe(handler);
  });
});
