import {toHtml} from 'hast-util-to-html';
import {find, html} from 'property-information';
import rehypeRaw from 'rehype-raw';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {attributeKey, isEventHandler, isUrlAttribute, ORDINARY_SCHEMES, urlScheme, urlsOf} from '../../rehype-safe-urls/attributes';
import type {Element, Root as HastRoot} from 'hast';
import type {Node} from 'unist';

/** The rules of what a translation may not add to its English page. */
export const ACTIVE_RULES = ['raw-html', 'jsx', 'mdx-expression', 'import-export', 'event-handler', 'url-scheme'] as const;
export type ActiveRule = (typeof ACTIVE_RULES)[number];

/** Something on a page that is more than text: compared by `key`, reported as `shown`. */
export type Active = {rule: ActiveRule; key: string; shown: string; line: number};

/** `value` is `null` for an expression (`onClick={…}`); `source` is the attribute as written. */
type Attribute = {name: string; value: string | null; source: string};
type MdxNode = Node & {value?: string; name?: string | null; url?: string; data?: {estree?: {body: unknown[]}}; attributes?: JsxAttribute[]};
type JsxAttribute = {type: 'mdxJsxAttribute'; name: string; value?: string | {value: string} | null} | {type: 'mdxJsxExpressionAttribute'; value: string};

/**
 * Attributes whose value is text to translate, left out of an element's
 * identity; so are event handlers, which have their own rule.
 */
const TRANSLATABLE = new Set(['alt', 'title', 'label', 'arialabel', 'placeholder']);

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** Event handlers and URL schemes of one element, raw HTML or JSX. */
function attributeItems(tag: string, attributes: Attribute[], line: number): Active[] {
  return attributes.flatMap(({name, value, source}): Active[] => {
    if (isEventHandler(name)) return [{rule: 'event-handler', key: `${tag} ${source}`, shown: `${short(source)} on <${tag}>`, line}];
    if (!isUrlAttribute(name) || value === null) return [];
    return urlsOf(name, value).flatMap((url) => urlItem(url, line));
  });
}

function urlItem(url: string, line: number): Active[] {
  const scheme = urlScheme(url);
  return scheme === null || ORDINARY_SCHEMES.has(scheme) ? [] : [{rule: 'url-scheme', key: url, shown: `"${short(url)}" (a ${scheme}: URL)`, line}];
}

/** Raw HTML of a `.md` page, parsed the way Docusaurus parses it (rehype-raw), with the file's lines. */
function rawHtmlItems(node: Node & {value: string}, file: VFile): Active[] {
  const tree = unified().use(rehypeRaw).runSync({type: 'root', children: [{type: 'raw', value: node.value, position: node.position}]} as HastRoot, file);
  const items: Active[] = [];
  visit(tree, 'element', (element: Element) => {
    const line = element.position?.start.line ?? lineOf(node);
    const attributes = Object.entries(element.properties).map(([name, raw]) => {
      const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
      return {name, value, source: `${find(html, name).attribute}="${value}"`};
    });
    const identity = Object.fromEntries(Object.entries(element.properties).filter(([name]) => !TRANSLATABLE.has(attributeKey(name)) && !isEventHandler(name)));
    const key = toHtml({...element, properties: identity, children: []});
    items.push({rule: 'raw-html', key, shown: short(toHtml({...element, children: []})), line}, ...attributeItems(element.tagName, attributes, line));
  });
  return items;
}

function jsxItems(node: MdxNode): Active[] {
  const tag = node.name ?? '';
  const attributes: Attribute[] = (node.attributes ?? []).map((a) =>
    a.type === 'mdxJsxExpressionAttribute'
      ? {name: '', value: null, source: `{${a.value}}`}
      : {
          name: a.name,
          value: typeof a.value === 'string' ? a.value : null,
          source: a.value == null ? a.name : typeof a.value === 'string' ? `${a.name}="${a.value}"` : `${a.name}={${a.value.value}}`,
        },
  );
  const key = `<${[tag, ...attributes.filter((a) => !TRANSLATABLE.has(attributeKey(a.name)) && !isEventHandler(a.name)).map((a) => a.source)].join(' ')}>`;
  const shown = `<${[tag, ...attributes.map((a) => a.source)].join(' ')}>`;
  return [{rule: 'jsx', key, shown: short(shown), line: lineOf(node)}, ...attributeItems(tag, attributes, lineOf(node))];
}

/**
 * Everything on a page that is more than text and may run or load something:
 * raw HTML, JSX, MDX expressions, imports and exports, event handlers, and
 * URLs whose scheme is not http(s), mailto or relative. `format` is how
 * Docusaurus compiles the page (see ./format.ts).
 */
export async function activeContent(markdown: string, format: 'md' | 'mdx'): Promise<Active[]> {
  const {createProcessor} = await import('@mdx-js/mdx');
  const file = new VFile(markdown);
  const tree = createProcessor({format, remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective]}).parse(file);
  const items: Active[] = [];
  visit(tree as Node, (node: MdxNode) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'html':
        items.push(...rawHtmlItems(node as Node & {value: string}, file));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        items.push(...jsxItems(node));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment (`{/* … */}`) runs nothing.
        if (node.data?.estree?.body.length !== 0) items.push({rule: 'mdx-expression', key: (node.value ?? '').trim(), shown: `{${short((node.value ?? '').trim())}}`, line});
        break;
      case 'mdxjsEsm':
        items.push({rule: 'import-export', key: (node.value ?? '').trim(), shown: short((node.value ?? '').trim().split('\n')[0] ?? ''), line});
        break;
      case 'link':
      case 'image':
      case 'definition':
        items.push(...urlItem(node.url ?? '', line));
        break;
    }
  });
  return items;
}

/** What to say about an addition, and how to fix it. */
const MESSAGES: Record<ActiveRule, (shown: string) => string> = {
  'raw-html': (shown) => `raw HTML ${shown} is not in the English page: translate the text around it; keep the English page's HTML as it is`,
  jsx: (shown) => `JSX element ${shown} is not in the English page: translate the text around it; keep the English page's elements as they are`,
  'mdx-expression': (shown) => `MDX expression ${shown} is not in the English page: expressions run code; keep the English page's as they are`,
  'import-export': (shown) => `import or export "${shown}" is not in the English page: a translation may not load code`,
  'event-handler': (shown) => `event-handler attribute ${shown} is not in the English page: it runs script`,
  'url-scheme': (shown) => `URL ${shown} is not in the English page: links are http(s), mailto or relative`,
};

/** The translation's active content that the English page does not have (as many times as it has it). */
export function addedActiveContent(english: readonly Active[], translated: readonly Active[]): {rule: ActiveRule; line: number; message: string}[] {
  const left = new Map<string, number>();
  for (const item of english) left.set(`${item.rule} ${item.key}`, (left.get(`${item.rule} ${item.key}`) ?? 0) + 1);
  return translated.flatMap((item) => {
    const id = `${item.rule} ${item.key}`;
    const count = left.get(id) ?? 0;
    left.set(id, count - 1);
    return count > 0 ? [] : [{rule: item.rule, line: item.line, message: MESSAGES[item.rule](item.shown)}];
  });
}
