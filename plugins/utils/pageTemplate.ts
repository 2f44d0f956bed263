import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {visit} from 'unist-util-visit';
import type {Element, ElementContent} from 'hast';

/** What a page puts into the template: all of it untrusted but `parameter`. */
export type TemplatePage = {parameter: string; title: string; content: ElementContent};

export type PageTemplate<Labels> = {
  /** The translated words of the pages, in the template's language. */
  labels: Labels;
  /** The whole page of one item. */
  fill: (page: TemplatePage) => string;
};

/** Which route rendered the template, and the ids its shell component gives the labels and the slot. */
export type TemplateSpec = {
  /** What one page shows, for messages: `thread`, `event`. */
  kind: string;
  /** The route's placeholder in the template's own addresses (canonical, alternates, og:url, the locale menu's links): `:number`. */
  parameter: string;
  slotId: string;
  labelsId: string;
  /** The component that renders the template, for messages. */
  shell: string;
};

const SITE_NAME = 'BSG Hub';

/** As Docusaurus writes a page's title, in `<title>` and `og:title`. */
const pageTitle = (page: TemplatePage) => `${page.title} | ${SITE_NAME}`;

/** A place in the template text (offsets from the parser) and the element to serialize there for a page. */
type Cut = {start: number; end: number; render: (page: TemplatePage) => Element};

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

function cut(node: Element, render: Cut['render'], kind: string): Cut {
  const {start, end} = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) throw new Error(`The ${kind} page template's <${node.tagName}> has no position.`);
  return {start: start.offset, end: end.offset, render};
}

/** How a template element changes per page, or `undefined` for one that stays as it is. */
function renderer(node: Element, inHead: boolean, spec: TemplateSpec): Cut['render'] | undefined {
  const property = attribute(node, 'property');
  if (node.tagName === 'title' && inHead) return (page) => changed(node, {}, [{type: 'text', value: pageTitle(page)}]);
  if (node.tagName === 'meta' && property === 'og:title') return (page) => changed(node, {content: pageTitle(page)});
  if (node.tagName === 'div' && attribute(node, 'id') === spec.slotId) return (page) => changed(node, {}, [page.content]);
  // Links hold the route's address too: the canonical and hreflang alternates, and the locale menu's links to the other languages.
  const name = node.tagName === 'link' || node.tagName === 'a' ? 'href' : node.tagName === 'meta' && property === 'og:url' ? 'content' : undefined;
  const address = name ? attribute(node, name) : undefined;
  if (!name || address === undefined || !holdsParameter(address, spec.parameter)) return undefined;
  return (page) => changed(node, {[name]: withParameter(address, spec.parameter, page.parameter)});
}

/** Where the route's placeholder is a whole path segment of an address: `/fr/forum/:number?x#y`, not `/a:numbers`. */
const segment = (parameter: string) => new RegExp(`(?<=/)${parameter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/?#]|$)`, 'g');

export const holdsParameter = (address: string, parameter: string) => segment(parameter).test(address);

/** The address with the route's placeholder (a whole path segment) replaced by one page's value, as a path segment. */
export const withParameter = (address: string, parameter: string, value: string) =>
  address.replace(segment(parameter), () => encodeURIComponent(value));

/**
 * Reads the page Docusaurus rendered for a parameterised route once (the
 * forum's `:number`, the events' `:id`), and returns a function that writes
 * the page of one item. Collections that grow are written after the build
 * from such a template, so that they add no route to every page's JavaScript.
 * The template is cut at the elements the HTML parser found to differ per
 * page (title, `og:title`, addresses holding the parameter, the empty slot);
 * each is rendered from its element by the HTML serializer, so no text of an
 * item is ever spliced into HTML as a string. The rest of the template keeps
 * its bytes, so the hashes of its inline scripts (Content-Security-Policy) hold.
 */
export function parsePageTemplate<Labels>(html: string, file: string, spec: TemplateSpec): PageTemplate<Labels> {
  const cuts: Cut[] = [];
  let labels: string | undefined;
  let slots = 0;
  visit(fromHtml(html), 'element', (node, _, parent) => {
    if (node.tagName === 'script' && attribute(node, 'id') === spec.labelsId) {
      labels = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    }
    const render = renderer(node, parent?.type === 'element' && parent.tagName === 'head', spec);
    if (!render) return;
    if (attribute(node, 'id') === spec.slotId) slots += node.children.length === 0 ? 1 : Number.NaN;
    cuts.push(cut(node, render, spec.kind));
  });
  if (labels === undefined) throw new Error(`${file}: the ${spec.kind} page template has no labels: is ${spec.shell} rendered?`);
  if (slots !== 1) throw new Error(`${file}: the ${spec.kind} page template should have one empty ${spec.slotId} slot.`);
  const pieces = cuts.map((each, index) => html.slice(cuts[index - 1]?.end ?? 0, each.start));
  const tail = html.slice(cuts.at(-1)?.end ?? 0);
  return {
    labels: JSON.parse(labels) as Labels,
    fill: (page) => cuts.map((each, index) => pieces[index] + toHtml(each.render(page), {allowDangerousHtml: true})).join('') + tail,
  };
}
