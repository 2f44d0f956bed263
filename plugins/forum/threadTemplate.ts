import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {visit} from 'unist-util-visit';
import type {ThreadLabels} from './threadHtml';
import type {Element, ElementContent} from 'hast';

/** What a thread page puts into the template: all of it untrusted but the number. */
export type ThreadPage = {number: number; title: string; content: ElementContent};

export type ThreadTemplate = {
  /** The translated words of thread pages, in the template's language. */
  labels: ThreadLabels;
  /** The whole page of one thread. */
  fill: (page: ThreadPage) => string;
};

/** The route's placeholder in the template's own addresses (canonical, alternates, og:url). */
const ROUTE_PARAMETER = ':number';
const SITE_NAME = 'BSG Hub';
const SLOT_ID = 'forum-thread';
const LABELS_ID = 'forum-thread-labels';

/** As Docusaurus writes a page's title, in `<title>` and `og:title`. */
const pageTitle = (page: ThreadPage) => `${page.title} | ${SITE_NAME}`;

/** A place in the template text (offsets from the parser) and the element to serialize there for a thread. */
type Cut = {start: number; end: number; render: (page: ThreadPage) => Element};

const attribute = (node: Element, name: string) => {
  const value = node.properties[name];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;
};

/** The template's element with other properties or children. */
const changed = (node: Element, properties: Element['properties'], children = node.children): Element => ({
  ...node,
  properties: {...node.properties, ...properties},
  children,
});

function cut(node: Element, render: Cut['render']): Cut {
  const {start, end} = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) throw new Error(`The thread page template's <${node.tagName}> has no position.`);
  return {start: start.offset, end: end.offset, render};
}

/** How a template element changes per thread, or `undefined` for one that stays as it is. */
function renderer(node: Element, inHead: boolean): Cut['render'] | undefined {
  const property = attribute(node, 'property');
  if (node.tagName === 'title' && inHead) return (page) => changed(node, {}, [{type: 'text', value: pageTitle(page)}]);
  if (node.tagName === 'meta' && property === 'og:title') return (page) => changed(node, {content: pageTitle(page)});
  if (node.tagName === 'div' && attribute(node, 'id') === SLOT_ID) return (page) => changed(node, {}, [page.content]);
  const name = node.tagName === 'link' ? 'href' : node.tagName === 'meta' && property === 'og:url' ? 'content' : undefined;
  const address = name ? attribute(node, name) : undefined;
  if (!name || !address?.includes(ROUTE_PARAMETER)) return undefined;
  return (page) => changed(node, {[name]: address.replace(ROUTE_PARAMETER, () => String(page.number))});
}

/**
 * Reads the page Docusaurus rendered for the thread route once, and returns
 * a function that writes the page of one thread. The template is cut at the
 * elements the HTML parser found to differ per thread (title, `og:title`,
 * addresses holding `:number`, the empty `forum-thread` slot); each is
 * rendered from its element by the HTML serializer, so no text of a thread
 * is ever spliced into HTML as a string. The rest of the template keeps its
 * bytes, so the hashes of its inline scripts (Content-Security-Policy) hold.
 */
export function parseThreadTemplate(html: string, file: string): ThreadTemplate {
  const cuts: Cut[] = [];
  let labels: string | undefined;
  let slots = 0;
  visit(fromHtml(html), 'element', (node, _, parent) => {
    if (node.tagName === 'script' && attribute(node, 'id') === LABELS_ID) {
      labels = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    }
    const render = renderer(node, parent?.type === 'element' && parent.tagName === 'head');
    if (!render) return;
    if (attribute(node, 'id') === SLOT_ID) slots += node.children.length === 0 ? 1 : Number.NaN;
    cuts.push(cut(node, render));
  });
  if (labels === undefined) throw new Error(`${file}: the thread page template has no labels: is src/components/forum/ThreadShell rendered?`);
  if (slots !== 1) throw new Error(`${file}: the thread page template should have one empty forum-thread slot.`);
  const pieces = cuts.map((each, index) => html.slice(cuts[index - 1]?.end ?? 0, each.start));
  const tail = html.slice(cuts.at(-1)?.end ?? 0);
  return {
    labels: JSON.parse(labels) as ThreadLabels,
    fill: (page) => cuts.map((each, index) => pieces[index] + toHtml(each.render(page), {allowDangerousHtml: true})).join('') + tail,
  };
}
