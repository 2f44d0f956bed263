/**
 * An answer's Markdown as the plain text an email quotes. The Markdown is
 * parsed (GitHub-flavoured: tables, autolinks) and written out block by
 * block, so nothing in it is markup any more: a link is its label followed
 * by its host, `re-confirm here (phish.example)`, and a link whose label is
 * itself an address is its host alone, so no address an author chose is
 * clickable in either part of the email. Raw HTML is parsed too, and only
 * its text kept. The text is capped at a block, else at a space, and the
 * bidi controls that could reorder it (a host read backwards) are dropped.
 */
import {fromHtml} from 'hast-util-from-html';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {withoutBidiControls, withoutControls} from '../../plugins/forum/plainText';
import type {Nodes as HtmlNodes} from 'hast';
import type {Definition, List, Nodes, RootContent} from 'mdast';

/** At most this many characters (as a reader counts them) of each answer. */
export const QUOTE_MAX = 2000;
/** The Markdown parsed: far more than the quote's text needs, and a bound on the work a hostile comment (GitHub allows 65,536 characters) can cause. */
const MARKDOWN_MAX = 10 * QUOTE_MAX;

const parser = unified().use(remarkParse).use(remarkGfm);
const graphemes = new Intl.Segmenter('und', {granularity: 'grapheme'});

export type AnswerText = {text: string; cut: boolean};

export function answerText(markdown: string, max = QUOTE_MAX): AnswerText {
  const tree = parser.parse(withoutControls(markdown.slice(0, MARKDOWN_MAX).replace(/\r\n?/g, '\n')));
  const definitions = new Map<string, Definition>();
  for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier, node);
  const quoted = capped(textWriter(definitions).blocks(tree.children).map(withoutBidiControls), max);
  return markdown.length > MARKDOWN_MAX ? {...quoted, cut: true} : quoted;
}

/** The host a reader can judge a link by (an IDN in its ASCII form), or null for an address that is not the web's. */
function hostOf(url: string): string | null {
  try {
    // GitHub resolves a relative link against itself.
    const parsed = new URL(url, 'https://github.com/');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/** Whether a label reads as an address a mail client would make a link of: one word that the URL parser takes, with or without a scheme. */
const readsAsAddress = (label: string) => !/\s/.test(label) && /[.:]/.test(label) && (URL.canParse(label) || URL.canParse(`https://${label}`));

/** A link as text: its label and host, the host alone when the label is an address, the label alone for other schemes. */
function linkText(label: string, url: string): string {
  const shown = label.trim();
  const host = hostOf(url);
  if (!host) return shown;
  return !shown || readsAsAddress(shown) ? host : `${shown} (${host})`;
}

const HTML_BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'details', 'summary', 'table', 'ul', 'ol', 'hr']);
const HTML_HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** Raw HTML's text: links and images as `linkText`, scripts and the like dropped, blocks on lines of their own. */
function htmlText(html: string, seen: Map<string, string>): string {
  const known = seen.get(html);
  if (known !== undefined) return known;
  const text = (node: HtmlNodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' && node.type !== 'root') return '';
    if (node.type === 'element' && HTML_HIDDEN.has(node.tagName)) return '';
    const inner = node.children.map(text).join('');
    if (node.type === 'root') return inner;
    const attribute = (name: string) => (typeof node.properties[name] === 'string' ? (node.properties[name] as string) : null);
    // An inline `<a href>` opens in one HTML node and closes in another: its label, outside, is text without the address.
    if (node.tagName === 'a' && attribute('href')) return inner.trim() ? linkText(inner, attribute('href')!) : '';
    if (node.tagName === 'img' && attribute('src')) return linkText(attribute('alt') ?? '', attribute('src')!);
    return HTML_BLOCKS.has(node.tagName) ? `${inner}\n` : inner;
  };
  const result = text(fromHtml(html, {fragment: true})).trim();
  // The same tag again (`<b>`, `</b>`…) is not parsed again.
  seen.set(html, result);
  return result;
}

/** Writes blocks as paragraphs of text, and inline content as one text with its line breaks. */
function textWriter(definitions: ReadonlyMap<string, Definition>) {
  const seen = new Map<string, string>();
  const inline = (nodes: readonly Nodes[]): string => nodes.map(phrase).join('');

  function phrase(node: Nodes): string {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'html':
        return htmlText(node.value, seen);
      case 'link':
        return linkText(inline(node.children), node.url);
      case 'image':
        return linkText(node.alt ?? '', node.url);
      case 'linkReference':
      case 'imageReference': {
        const label = node.type === 'linkReference' ? inline(node.children) : (node.alt ?? '');
        const definition = definitions.get(node.identifier);
        return definition ? linkText(label, definition.url) : label;
      }
      case 'footnoteReference':
        return `[^${node.label ?? node.identifier}]`;
      default:
        return 'children' in node ? inline(node.children) : toString(node);
    }
  }

  function block(node: RootContent): string {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return inline(node.children);
      case 'code':
        return node.value;
      case 'html':
        return htmlText(node.value, seen);
      case 'blockquote':
        return blocks(node.children).join('\n\n').split('\n').map((line) => `> ${line}`).join('\n');
      case 'list':
        return list(node);
      case 'table':
        return node.children.map((row) => row.children.map((cell) => inline(cell.children)).join(' | ')).join('\n');
      case 'thematicBreak':
        return '———';
      case 'definition':
        return '';
      case 'footnoteDefinition':
        return `[^${node.label ?? node.identifier}]: ${blocks(node.children).join(' ')}`;
      default:
        return 'children' in node ? inline(node.children) : toString(node);
    }
  }

  function list(node: List): string {
    return node.children
      .map((item, index) => {
        const marker = `${node.ordered ? `${(node.start ?? 1) + index}.` : '-'} ${item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : ''}`;
        const [first = '', ...rest] = blocks(item.children).join(node.spread || item.spread ? '\n\n' : '\n').split('\n');
        return [`${marker}${first}`, ...rest.map((line) => (line ? `${' '.repeat(marker.length)}${line}` : line))].join('\n');
      })
      .join(node.spread ? '\n\n' : '\n');
  }

  function blocks(nodes: readonly RootContent[]): string[] {
    return nodes.map(block).map((text) => text.replace(/[ \t]+$/gm, '')).filter((text) => text.trim() !== '');
  }

  return {blocks};
}

/** The blocks that fit in `max` characters; when one does not, it is cut at its last space that fits (or, without spaces, at a character). */
function capped(blocks: readonly string[], max: number): AnswerText {
  const kept: string[] = [];
  let used = 0;
  for (const text of blocks) {
    const separator = kept.length > 0 ? 2 : 0;
    const length = [...graphemes.segment(text)].length;
    if (used + separator + length <= max) {
      kept.push(text);
      used += separator + length;
      continue;
    }
    const room = max - used - separator;
    // A block cut short beats a quote that stops early; a few words after whole blocks do not.
    if (kept.length === 0 || room >= max / 4) kept.push(`${cutAt(text, room)} …`);
    else kept.push('…');
    return {text: kept.join('\n\n'), cut: true};
  }
  return {text: kept.join('\n\n'), cut: false};
}

function cutAt(text: string, room: number): string {
  const pieces = [...graphemes.segment(text)].slice(0, Math.max(0, room - 2)).map((piece) => piece.segment);
  const lastSpace = pieces.map((piece) => /^\s$/.test(piece)).lastIndexOf(true);
  // At a space if one comes in the last fifth; a text without spaces (Chinese, a long address) is cut at a character.
  const end = lastSpace >= pieces.length * 0.8 ? lastSpace : pieces.length;
  return pieces.slice(0, end).join('').trimEnd();
}
