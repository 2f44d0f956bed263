/**
 * A member's Markdown as the gateway posts it on GitHub (the moderation
 * issue, the discussion, a follow-up in its thread): parsed with GitHub's
 * flavour and written again by the serializer, so that
 * - raw HTML reads as typed, as code (`<details>`, `<img>`, `<picture>`
 *   open no tag, so nothing can fold, hide or load what follows);
 * - every block is closed (an open code fence is closed where the text ends,
 *   so what the gateway writes after it is never code);
 * - no `@user` or `@org/team` mention notifies anyone (a word joiner follows `@`);
 * - an image is a link that names its host, loaded only if someone follows it;
 * - no HTML comment opens (`<!--` is written `&lt;!--` even in code): the
 *   gateway's markers are HTML comments;
 * while emphasis, lists, code, links, tables and quotes still work.
 * Idempotent: what it wrote reads back, after any number of passes, as the
 * same text (the decision job passes what moderators left in the issue
 * through it again before publishing).
 */
import {oneLine} from '../../plugins/forum/plainText';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {visitParents} from 'unist-util-visit-parents';
import type {Definition, Image, ImageReference, Link, LinkReference, Nodes, Root, Text} from 'mdast';
import type {Options as StringifyOptions} from 'remark-stringify';

/** A `<` of text that could open a tag (before a letter, `/`, `!` or `?`) is written `&#x3C;`, not `\<`: so not even an escaped `<!--` is ever written. */
const handlers: StringifyOptions['handlers'] = {text: (node: Text, _, state, info) => state.safe(node.value, {...info, encode: ['<']})};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkStringify, {bullet: '-', handlers});

/** Where an HTML node is inline (a tag within a paragraph's text) rather than a block of its own. */
const PHRASING_PARENTS = new Set<string>(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** `@` that GitHub would read as the start of a mention: not inside a word (an email address), followed by a login's first character. */
const MENTION = /(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g;

export function neutralMarkdown(markdown: string): string {
  const tree = processor.parse(markdown);
  neutralise(tree);
  return processor.stringify(tree).trim().replace(/<!--/g, () => '&lt;!--');
}

/**
 * A name as literal text in GitHub Markdown: every ASCII punctuation mark is
 * backslash-escaped (CommonMark allows it for all of them, so nothing can open
 * a link, emphasis, HTML or code), and a word joiner after `@` and `#` keeps
 * GitHub from reading a mention (`@org/team` would notify) or a reference.
 */
export const literalName = (name: string) =>
  oneLine(name).replace(/[!-/:-@[-`{-~]/g, (mark) => (mark === '@' || mark === '#' ? `\\${mark}\u2060` : `\\${mark}`));

/** The name a line of Markdown shows (`literalName` undone; what a moderator typed, as it reads): its text, without the joiners after `@` and `#`. */
export const readName = (line: string) => oneLine(toString(processor.parse(line)).replace(/([@#])\u2060/g, (_, mark: string) => mark));

function neutralise(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
  visit(tree, 'text', (node) => void (node.value = node.value.replace(MENTION, () => '@\u2060')));
  // Raw HTML as code: shown as typed, and nothing in it is read as Markdown either (no link found in an attribute).
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (!PHRASING_PARENTS.has(parent.type)) {
      parent.children[index] = {type: 'code', lang: null, meta: null, value: node.value};
      return;
    }
    // Tags side by side (`<picture><source …>`) are one span of code, not spans whose backticks would run together.
    let end = index;
    while (parent.children[end + 1]?.type === 'html') end += 1;
    const value = parent.children.slice(index, end + 1).map((tag) => (tag.type === 'html' ? tag.value : '')).join('');
    parent.children.splice(index, end + 1 - index, {type: 'inlineCode', value});
    return index + 1;
  });
  visitParents(tree, (node, ancestors) => {
    const parent = ancestors.at(-1);
    if ((node.type !== 'image' && node.type !== 'imageReference') || !parent || !('children' in parent)) return;
    const insideLink = ancestors.some((ancestor) => ancestor.type === 'link' || ancestor.type === 'linkReference');
    (parent.children as Nodes[]).splice(parent.children.indexOf(node as never), 1, imageAsLink(node, insideLink, definitions));
  });
}

/**
 * `![plan](https://host.example/plan.png)` becomes `[plan (host.example)](https://host.example/plan.png)`
 * (a reference keeps its definition, named in full); within a link (no link
 * in a link), or without a host, its words only.
 */
function imageAsLink(image: Image | ImageReference, insideLink: boolean, definitions: ReadonlyMap<string, Definition>): Link | LinkReference | Text {
  const url = image.type === 'image' ? image.url : (definitions.get(image.identifier)?.url ?? '');
  const address = URL.canParse(url) ? new URL(url) : null;
  const name = (image.alt ?? '').trim() || (address?.pathname.split('/').at(-1) ?? '') || url;
  const label: Text = {type: 'text', value: (address ? `${name} (${address.host})` : name).replace(MENTION, () => '@\u2060')};
  if (!address || insideLink) return label;
  return image.type === 'image'
    ? {type: 'link', url: image.url, title: image.title ?? null, children: [label]}
    : {type: 'linkReference', identifier: image.identifier, label: image.label ?? image.identifier, referenceType: 'full', children: [label]};
}
