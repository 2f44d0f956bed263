import {h} from 'hastscript';
import {visitParents} from 'unist-util-visit-parents';
import {isGitHubAttachment} from './attachments';
import type {Element, Root} from 'hast';

/** Largest width or height, in CSS pixels, an image in a post may ask for. */
const MAX_IMAGE_SIZE = 1200;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The file name at the end of an address, as a reader would write it. */
function fileName(url: URL): string {
  const last = url.pathname.split('/').at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // Not valid percent-encoding: shown as it is.
  }
}

/** An image of another host: a link that names the host, followed only if the reader wants it. */
function linkInstead(image: Element, insideLink: boolean): Element {
  const src = text(image.properties.src);
  const url = URL.canParse(src) ? new URL(src) : null;
  const name = text(image.properties.alt).trim() || (url ? fileName(url) : '') || src;
  const label = [h('span.forum-image-name', name), ` (${url?.host ?? '?'})`];
  // A link inside a link is not HTML: within one, the image is only named.
  return insideLink || !url ? h('span.forum-external-image', label) : h('a.forum-external-image', {href: url.href}, label);
}

/**
 * Images of posts: those GitHub stores load lazily, at a bounded size and
 * without a referrer; any other becomes a link to it. Runs after the
 * sanitizer (which allows only http(s) `src`).
 */
export function postImages() {
  return (tree: Root) => {
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'img') return;
      const parent = ancestors.at(-1);
      if (!parent || !('children' in parent)) return;
      if (!isGitHubAttachment(text(node.properties.src))) {
        const insideLink = ancestors.some((ancestor) => ancestor.type === 'element' && ancestor.tagName === 'a');
        parent.children[parent.children.indexOf(node)] = linkInstead(node, insideLink);
        return;
      }
      Object.assign(node.properties, {loading: 'lazy', decoding: 'async', referrerPolicy: 'no-referrer'});
      for (const side of ['width', 'height'] as const) {
        const size = Number(node.properties[side]);
        if (!Number.isFinite(size) || size <= 0 || size > MAX_IMAGE_SIZE) delete node.properties[side];
      }
    });
  };
}
