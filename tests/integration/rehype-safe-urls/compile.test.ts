import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import rehypeSafeUrls from '../../../plugins/rehype-safe-urls';
import {DOCUSAURUS_RAW_HTML} from '../../../plugins/translations/check/format';

const SITE = path.join(__dirname, '../../..');

/**
 * Compiles a page as @docusaurus/mdx-loader does (lib/processor.js): `.md`
 * pages get rehype-raw first, with MDX nodes passed through, then the site's
 * rehype plugins.
 */
function compilePage(file: string, value: string, format: 'md' | 'mdx' = file.endsWith('.mdx') ? 'mdx' : 'md') {
  return compile(new VFile({path: path.join(SITE, file), value}), {
    format,
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective],
    rehypePlugins: [...(format === 'md' ? [DOCUSAURUS_RAW_HTML] : []), rehypeSafeUrls],
  });
}

const FRONT_MATTER = '---\ntitle: Page\n---\n';

describe('pages compiled with rehype-safe-urls', () => {
  it('compile when they have no script', async () => {
    await expect(compilePage('docs/ok.mdx', `${FRONT_MATTER}<a href="https://itu.int">ITU</a> <Tabs groupId="os" />\n`)).resolves.toBeTruthy();
    await expect(compilePage('docs/ok.md', `${FRONT_MATTER}[ITU](https://itu.int) <kbd>Enter</kbd>\n`)).resolves.toBeTruthy();
  });

  it('fail for a translated .md page with raw HTML that runs script, naming the file', async () => {
    const page = `${FRONT_MATTER}Lisez <a href="javascript:alert(1)">ceci</a>.\n\n<img src=x onerror=alert(1)>\n`;
    await expect(compilePage('i18n/fr/docusaurus-plugin-content-docs/current/page.md', page)).rejects.toThrow(
      [
        'i18n/fr/docusaurus-plugin-content-docs/current/page.md: 2 unsafe attribute(s) or element(s); pages may not run script or embed data: URLs.',
        '- 4:7 <a>: href has a javascript: URL, which runs script',
        '- 6:1 <img>: the event-handler attribute onerror runs script',
      ].join('\n'),
    );
  });

  it('fail for JSX in an .mdx page: a script URL, an embedded document, and a handler whose value is an expression', async () => {
    const page = `${FRONT_MATTER}<a href="javascript:alert(1)">x</a>\n\n<button onClick={() => alert(1)}>y</button>\n\n<iframe src="data:text/html,<script>alert(1)</script>" />\n`;
    await expect(compilePage('docs/page.mdx', page)).rejects.toThrow(
      [
        'docs/page.mdx: 3 unsafe attribute(s) or element(s); pages may not run script or embed data: URLs.',
        '- 4:1 <a>: href has a javascript: URL, which runs script',
        '- 6:1 <button>: the event-handler attribute onClick runs script',
        '- 8:1 <iframe>: src has a data: URL, which embeds a document',
      ].join('\n'),
    );
  });

  it('fail for a script element or an iframe srcdoc, in raw HTML or JSX', async () => {
    const page = `${FRONT_MATTER}<script>alert(1)</script>\n\n<iframe srcdoc="<script>alert(2)</script>"></iframe>\n`;
    const refused = ['- 4:1 <script>: a script element runs script', '- 6:1 <iframe>: srcdoc embeds a document that can run script'];
    await expect(compilePage('docs/page.md', page)).rejects.toThrow(refused.join('\n'));
    await expect(compilePage('docs/page.mdx', page)).rejects.toThrow(refused.join('\n'));
  });

  it('fail for a .md page that front matter turns into MDX, once compiled as MDX', async () => {
    const page = '---\nmdx:\n  format: mdx\n---\n<a href={"javascript:alert(1)"} onMouseOver={() => alert(1)}>x</a>\n';
    await expect(compilePage('docs/page.md', page, 'mdx')).rejects.toThrow('- 5:1 <a>: the event-handler attribute onMouseOver runs script');
  });
});
