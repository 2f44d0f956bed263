import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {scriptHash} from './policy';
import type {Element, Root, RootContent} from 'hast';

/** Where an inline script starts in the page's source. */
export type Place = {line: number; column: number};

/** A page with its policy in place. */
export type SecuredPage = {
  html: string;
  /** The hashes allowed: one per trusted inline script, in page order. */
  hashes: string[];
  /** Inline scripts inside the page's content: not allowed, so the browser will not run them. */
  blocked: Place[];
};

// The types the HTML standard runs as scripts ("prepare the script element"):
// classic JavaScript by MIME type essence, modules, and the import maps and
// speculation rules that CSP checks like scripts. Anything else (JSON, JSON-LD,
// templates) is a data block: never run, so it needs no hash, and gets none.
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
  'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2',
  'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript',
  'text/x-ecmascript', 'text/x-javascript',
]);
const OTHER_RUN_TYPES = new Set(['module', 'importmap', 'speculationrules']);

/** Whether the browser would run this `<script>` (read from its `type`, or the legacy `language`). */
export function isExecutable(script: Element): boolean {
  const {type, language} = script.properties;
  const declared =
    typeof type === 'string' ? type : typeof language === 'string' && language !== '' ? `text/${language}` : '';
  const essence = declared.trim().toLowerCase();
  return essence === '' || JAVASCRIPT_TYPES.has(essence) || OTHER_RUN_TYPES.has(essence);
}

// hast reads `http-equiv` as a list of words.
const httpEquiv = (meta: Element) => [meta.properties.httpEquiv ?? []].flat().join(' ').toLowerCase();
const isElement = (node: RootContent | Root, tagName: string): node is Element => node.type === 'element' && node.tagName === tagName;
const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** Every element of the tree in document order, with its parent. */
function* elements(parent: Root | Element): Generator<{element: Element; parent: Root | Element}> {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    yield {element: child, parent};
    // A template's content is inert until a script clones it.
    if (child.tagName !== 'template') yield* elements(child);
  }
}

/**
 * Where the meta tag goes: after `<meta charset>` when the head starts with
 * it (browsers look for the charset in the first 1024 bytes), else right
 * after the `<head>` start tag. A page without one gets it after `<html>` or
 * the doctype: a `<meta>` there is parsed into the head that the parser implies.
 */
function insertionOffset(tree: Root, html: string): number {
  const root = tree.children.find((node) => isElement(node, 'html'));
  const head = root?.children.find((node) => isElement(node, 'head'));
  const first = head?.children.find((node) => node.type !== 'text' || node.value.trim() !== '');
  if (first && isElement(first, 'meta') && first.properties.charSet !== undefined && first.position) return first.position.end.offset ?? 0;
  const opening = [head, root].map((node) => node?.data?.position?.opening?.end.offset).find((offset) => offset !== undefined);
  const doctype = tree.children.find((node) => node.type === 'doctype')?.position?.end.offset;
  // A byte order mark stays first.
  return opening ?? doctype ?? (html.startsWith('\uFEFF') ? 1 : 0);
}

/**
 * Adds `<meta http-equiv="Content-Security-Policy">` to a built page,
 * allowing the inline scripts that the site itself writes: those in the head
 * and those directly in the body (Docusaurus's colour-mode script). Any inline
 * script inside the page's content (where forum posts and translations go) is
 * left out of the policy, so that even a script that slipped past the forum's
 * sanitizer does not run. The page's own bytes are kept: only the tag is inserted,
 * at an offset the parser reports, so the hashes match what the browser reads.
 * A page that already has a policy is left alone (`undefined`): the step
 * may run again on the same build, and a second policy would only narrow the first.
 */
export function securePage(html: string, policyFor: (hashes: string[]) => string): SecuredPage | undefined {
  const tree = fromHtml(html, {verbose: true});
  const hashes: string[] = [];
  const blocked: Place[] = [];
  for (const {element, parent} of elements(tree)) {
    // Only in the head does a meta policy count: one in the content must not turn the step off.
    if (element.tagName === 'meta' && httpEquiv(element) === 'content-security-policy' && isElement(parent, 'head')) return undefined;
    if (element.tagName !== 'script' || element.properties.src !== undefined || !isExecutable(element)) continue;
    const trusted = parent.type === 'element' && (parent.tagName === 'head' || parent.tagName === 'body');
    if (trusted) hashes.push(scriptHash(textOf(element)));
    else blocked.push({line: element.position?.start.line ?? 0, column: element.position?.start.column ?? 0});
  }
  // In a double-quoted value only `"` and `&` need escaping: the policy's many `'` stay as they are.
  const meta = toHtml(h('meta', {httpEquiv: 'Content-Security-Policy', content: policyFor(hashes)}), {allowDangerousCharacters: true});
  const offset = insertionOffset(tree, html);
  return {html: html.slice(0, offset) + meta + html.slice(offset), hashes, blocked};
}
