import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {toString} from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkFrontmatter);

/**
 * The ids Docusaurus gives a Markdown page's headings below the title (h2–h6),
 * in order: the text slugged once per page (`## Body` twice gives `body`,
 * `body-1`), or an explicit `{#id}`. The same rule as the docs plugin's
 * (mdx-loader's remark `headings`), for pages without JSX in their headings.
 */
export function headingIds(markdown: string): string[] {
  const slugger = createSlugger();
  const ids: string[] = [];
  visit(parser.parse(markdown), 'heading', (heading) => {
    const text = toString(heading.children.filter((child) => child.type !== 'html'));
    const {id, text: plain} = parseMarkdownHeadingId(text, 'classic');
    const slug = id ?? slugger.slug(plain);
    if (heading.depth > 1) ids.push(slug);
  });
  return ids;
}
