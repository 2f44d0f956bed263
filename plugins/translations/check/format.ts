import rehypeRaw from 'rehype-raw';
import type {Pluggable} from 'unified';

/**
 * How Docusaurus compiles a page, with this site's `markdown.format: 'detect'`:
 * the front matter's `mdx.format` wins, else the extension decides (`.mdx` is
 * MDX, `.md` is CommonMark). Mirrors `getFormat` of @docusaurus/mdx-loader
 * (lib/format.js), so that the check compiles a translation as the build will:
 * a `.md` file that asks for MDX runs its `{…}` expressions (issue 13).
 */
export function docusaurusFormat(file: string, frontMatter: Record<string, unknown>): 'md' | 'mdx' {
  const mdx = frontMatter.mdx;
  const asked = typeof mdx === 'object' && mdx !== null ? (mdx as {format?: unknown}).format : undefined;
  if (asked === 'md' || asked === 'mdx') return asked;
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/**
 * How Docusaurus parses raw HTML in a `.md` page: rehype-raw, first of the
 * rehype plugins, passing MDX nodes through (@docusaurus/mdx-loader, lib/processor.js).
 */
export const DOCUSAURUS_RAW_HTML: Pluggable = [
  rehypeRaw,
  {passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm']},
];
