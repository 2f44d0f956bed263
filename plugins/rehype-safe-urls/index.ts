import path from 'node:path';
import {find, html} from 'property-information';
import {visit} from 'unist-util-visit';
import {FORBIDDEN_SCHEMES, isEventHandler, isUrlAttribute, urlScheme, urlsOf} from './attributes';
import type {Element, Root} from 'hast';
import type {Node} from 'unist';
import type {VFile} from 'vfile';

/** An MDX JSX element as it sits in hast (`mdast-util-mdx-jsx`), reduced to what is checked here. */
type JsxElement = Node & {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: ({type: 'mdxJsxAttribute'; name: string; value?: unknown} | {type: 'mdxJsxExpressionAttribute'})[];
};

/** One attribute, as the page wrote it. */
type Attribute = {name: string; value: unknown};

const isJsx = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attributesOf(node: Element | JsxElement): {tag: string; attributes: Attribute[]} {
  if (node.type === 'element') {
    // hast names properties (`onError`, `xLinkHref`); the page wrote attributes (`onerror`, `xlink:href`).
    return {tag: node.tagName, attributes: Object.entries(node.properties).map(([name, value]) => ({name: find(html, name).attribute, value}))};
  }
  const attributes = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [{name: a.name, value: a.value}] : []));
  return {tag: node.name ?? '', attributes};
}

/** Why one attribute is refused, or `undefined`. An expression value (`onClick={…}`) cannot be read: its name is enough. */
function refusal({name, value}: Attribute): string | undefined {
  if (isEventHandler(name)) return `the event-handler attribute ${name} runs script`;
  // An iframe's `srcdoc` is a whole page, with the site's origin.
  if (name.toLowerCase() === 'srcdoc') return 'srcdoc embeds a document that can run script';
  if (!isUrlAttribute(name)) return undefined;
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const scheme = values.flatMap((v) => urlsOf(name, v)).map(urlScheme).find((s) => s !== null && FORBIDDEN_SCHEMES.has(s));
  return scheme === undefined ? undefined : `${name} has a ${scheme}: URL, which ${scheme === 'data' ? 'embeds a document' : 'runs script'}`;
}

/**
 * Fails the compilation of a page that has a `javascript:`, `vbscript:` or
 * `data:` URL, an event-handler or `srcdoc` attribute, or a `<script>`, in raw HTML (a `.md` page, after
 * rehype-raw) or in JSX (an `.mdx` page). Docs are written by contributors and
 * translators: whatever the review missed, no page may run script
 * (issue 13). Every refusal of the file is listed, at its line and column.
 *
 * ```md
 * <a href="javascript:alert(1)">x</a>   → Error: docs/x.md: 1 unsafe attribute …
 * ```
 */
export default function rehypeSafeUrls() {
  return (tree: Root, file: VFile): void => {
    const found: string[] = [];
    visit(tree as Node, (node) => {
      if (node.type !== 'element' && !isJsx(node)) return;
      const {tag, attributes} = attributesOf(node as Element | JsxElement);
      const start = node.position?.start;
      // React renders a `<script>` of the page into the static HTML, where it runs.
      const reasons = [...(tag.toLowerCase() === 'script' ? ['a script element runs script'] : []), ...attributes.map(refusal)];
      for (const reason of reasons.filter((r) => r !== undefined)) {
        found.push(`- ${start ? `${start.line}:${start.column} ` : ''}<${tag}>: ${reason}`);
      }
    });
    if (found.length === 0) return;
    const name = file.path ? path.relative(process.cwd(), file.path) : '(unnamed page)';
    throw new Error(
      [`${name}: ${found.length} unsafe attribute(s) or element(s); pages may not run script or embed data: URLs.`, ...found, 'Use an http(s) or relative link, and no on… attribute or script.'].join('\n'),
    );
  };
}
