import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {visit} from 'unist-util-visit';
import {publishableText} from '../utils/text';
import type {Element, ElementContent, Properties, Root} from 'hast';
import type {VFile} from 'vfile';

/** Rounds of parsing allowed before a post is shown as typed: one is all that 20,000 random trees of the allow-list needed. */
const MAX_ROUNDS = 3;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Elements of the forum's allow-list whose content may only be phrasing (inline) content. */
const PHRASING_ONLY = new Set(['abbr', 'b', 'code', 'em', 'i', 'kbd', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'span', 'strike', 'strong', 'sub', 'sup', 'tt', 'var', 'p', 'pre', ...HEADINGS]);
/** Elements of the allow-list that are blocks: flow content, never phrasing. */
const BLOCKS = new Set(['blockquote', 'details', 'div', 'dl', 'hr', 'ol', 'p', 'pre', 'section', 'table', 'ul', ...HEADINGS]);

/**
 * Unwraps an inline element that holds a block, keeping its children. The
 * parser builds such trees, which HTML does not allow: a `<b><i>` left open in
 * one paragraph is opened again around the paragraphs after it (the
 * "reconstruction of active formatting elements"). Bottom-up, so that a
 * block moved up is checked against its new parent.
 */
function unwrapInlineAroundBlocks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => {
    if (child.type !== 'element') return [child];
    child.children = unwrapInlineAroundBlocks(child.children);
    const holdsBlock = PHRASING_ONLY.has(child.tagName) && child.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName));
    return holdsBlock ? child.children : [child];
  });
}

/** Attribute values and text without what XML and HTML forbid (`&#xFFFE;` in raw HTML decodes to U+FFFE). */
function cleanProperties(properties: Properties): void {
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value === 'string') properties[name] = publishableText(value);
    else if (Array.isArray(value)) properties[name] = value.map((item) => (typeof item === 'string' ? publishableText(item) : item));
  }
}

/**
 * The children a browser's parser builds from `html` inside a `<div>` (where
 * thread pages and feeds put a post), or null if the `<div>` would not hold
 * all of it.
 */
function parseInDiv(html: string): ElementContent[] | null {
  const [wrapper, ...rest] = fromHtml(`<div>${html}</div>`, {fragment: true}).children;
  return wrapper?.type === 'element' && wrapper.tagName === 'div' && rest.length === 0 ? wrapper.children : null;
}

/**
 * Makes a post's tree the one an HTML parser builds from its serialization,
 * so that the browser reads exactly what the sanitizer passed. A sanitizer
 * edits a tree: dropping an element it refuses keeps the children, which can
 * leave a stray `</p>` or a `<p>` inside an `<i>`, something no parser builds;
 * serialized, the browser would parse it into another tree than the one that
 * was checked, the shape behind mutation XSS. Runs last: the tree is
 * serialized and parsed again (inline elements around blocks unwrapped, for
 * valid HTML) until the serialization no longer changes. A parse can only
 * move or close the elements the sanitizer allowed, never make new ones from
 * text, which the serializer escapes. A post that does not settle is shown
 * as typed, as text. Also drops from text and attributes the code points
 * that XML and HTML forbid, which character references can make.
 */
export function asParsed({maxRounds = MAX_ROUNDS}: {maxRounds?: number} = {}) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'text') node.value = publishableText(node.value);
      else if (node.type === 'element') cleanProperties(node.properties);
    });
    let html = toHtml(tree);
    for (let round = 0; round < maxRounds; round += 1) {
      const children = parseInDiv(html);
      if (!children) break;
      const parsed: Root = {type: 'root', children: unwrapInlineAroundBlocks(children)};
      const again = toHtml(parsed);
      if (again === html) {
        tree.children = parsed.children;
        return;
      }
      html = again;
    }
    tree.children = [asTyped(String(file.value))];
  };
}

/** The post's Markdown as text: nothing in it is read as markup. */
const asTyped = (markdown: string): Element => h('p.forum-as-typed', publishableText(markdown));
