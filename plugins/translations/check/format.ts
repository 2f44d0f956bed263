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
