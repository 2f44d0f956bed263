import {visit} from 'unist-util-visit';
import type {Nodes, Root} from 'hast';

/**
 * Elements a browser shows apart, but whose text Pagefind's indexer joins to
 * the next element's when nothing separates them (checked with Pagefind 1.6:
 * `<th>Area</th><th>Series</th>` indexes as "AreaSeries", where `<td>` and
 * `<li>` get a full stop). React writes no whitespace between table cells, so
 * a docs table's header ran into its first row in the results' excerpts.
 */
const JOINED = new Set(['th', 'dt', 'dd', 'caption', 'figcaption', 'summary']);

/**
 * Ends each such element with a space, which the page does not show (it is
 * the end of a block) and the index keeps as a word break. Changes `tree`.
 */
export function separateWords(tree: Nodes): void {
  visit(tree, 'element', (node) => {
    if (!JOINED.has(node.tagName)) return;
    const last = node.children.at(-1);
    if (last?.type === 'text' && /\s$/.test(last.value)) return;
    node.children.push({type: 'text', value: ' '});
  });
}

/** The same, as a rehype plugin for Markdown and MDX pages. */
export default function rehypeSeparateWords() {
  return (tree: Root): void => separateWords(tree);
}
