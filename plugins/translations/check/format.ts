import {DEFAULT_PARSE_FRONT_MATTER, unwrapMdxCodeBlocks} from '@docusaurus/utils';
import rehypeRaw from 'rehype-raw';
import type {Pluggable} from 'unified';

/**
 * The front matter as Docusaurus reads it (js-yaml: a merge key `<<: {mdx: …}`
 * counts), which decides the format; `{}` where it cannot read it (the
 * front-matter rule then says why).
 */
export const docusaurusFrontMatter = (markdown: string): Promise<Record<string, unknown>> =>
  DEFAULT_PARSE_FRONT_MATTER({filePath: '', fileContent: markdown}).then(
    (result) => result.frontMatter,
    () => ({}),
  );

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

/**
 * The text Docusaurus compiles: its preprocessor unwraps ```` ```mdx-code-block ````
 * fences into page content, in `.md` pages too, so what looks like code can be
 * HTML or JSX. `line` maps a line of that text back to the file's.
 */
export function docusaurusContent(markdown: string): {text: string; line: (line: number) => number} {
  const text = unwrapMdxCodeBlocks(markdown);
  if (text === markdown) return {text, line: (line) => line};
  // Unwrapping only drops fence lines: the kept lines are found in order.
  const [original, kept] = [markdown.split('\n'), text.split('\n')];
  const origin: number[] = [];
  let at = 0;
  for (const line of kept) {
    while (at < original.length && original[at] !== line) at += 1;
    origin.push(at + 1);
    at += 1;
  }
  return {text, line: (line) => origin[line - 1] ?? line};
}
