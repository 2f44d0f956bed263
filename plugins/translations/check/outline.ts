import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {findCitations} from '../../remark-itu/citations';
import type {Root} from 'mdast';
import type {Node} from 'unist';

/** Something found on a line of a page. */
export type At<T> = T & {line: number};

/** What a translation must keep from its English source. */
export type Outline = {
  headings: At<{depth: number}>[];
  code: At<{value: string}>[];
  tables: At<object>[];
  admonitions: At<{name: string}>[];
  links: At<{url: string; image: boolean}>[];
  citations: At<{id: string}>[];
  /** Prose (not code, not URLs), one entry per text node. */
  text: At<{value: string}>[];
  /**
   * The text of each paragraph, heading and table cell, inline code included
   * (identifiers and terms are read in it: "**CE 13** (SG13)" is one passage).
   */
  passages: At<{value: string}>[];
  /** The introduction, then one section per heading, in order. */
  sections: Section[];
  /** Lines of the paragraphs of numbered list items: procedure steps. */
  steps: number[];
  /** First line of each top-level block, to point at "the same place" in a translation. */
  blocks: number[];
};

/** What a section holds, to compare a translation's with its English page's. */
export type Section = At<{
  /** The heading's text; '' for the introduction. */
  title: string;
  /** Characters of prose, spaces left out. */
  chars: number;
  paragraphs: number;
  items: number;
  rows: number;
}>;

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkDirective);

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** Docusaurus admonition keywords (`:::note` …). */
const ADMONITIONS = new Set(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary']);

/**
 * Reads what a Markdown page is built of (headings, code, tables, admonitions,
 * links, citations, prose). `tree` is the page parsed as MDX for an MDX page
 * (./checkTranslation.ts), whose imports and JSX are then not prose.
 */
export function outline(markdown: string, tree: Root = parser.parse(markdown)): Outline {
  const result: Outline = {headings: [], code: [], tables: [], admonitions: [], links: [], citations: [], text: [], passages: [], sections: [], steps: [], blocks: []};
  const body = tree.children.filter((node) => node.type !== 'yaml');
  result.blocks = body.map(lineOf);
  let section: Section = {title: '', line: result.blocks[0] ?? 1, chars: 0, paragraphs: 0, items: 0, rows: 0};
  result.sections.push(section);
  for (const block of body) {
    if (block.type === 'heading') {
      section = {title: toString(block), line: lineOf(block), chars: 0, paragraphs: 0, items: 0, rows: 0};
      result.sections.push(section);
    }
    const current = section;
    visit(block, (node, _, parent) => {
      // A list item's paragraphs are counted as the item.
      if (node.type === 'paragraph' && parent?.type !== 'listItem') current.paragraphs += 1;
      else if (node.type === 'listItem') current.items += 1;
      else if (node.type === 'tableRow') current.rows += 1;
      else if (node.type === 'text') current.chars += node.value.replace(/\s+/gu, '').length;
    });
  }
  visit(tree, (node) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'list':
        if (node.ordered) for (const item of node.children) if (item.children[0]?.type === 'paragraph') result.steps.push(lineOf(item.children[0]));
        break;
      case 'paragraph':
        result.passages.push({value: toString(node), line});
        break;
      case 'tableRow':
        // A row is one passage: "WP1/13 | فرقة العمل 1/13 …" explains the notation in its next cell.
        result.passages.push({value: node.children.map((cell) => toString(cell)).join(' | '), line});
        break;
      case 'heading':
        result.headings.push({depth: node.depth, line});
        result.passages.push({value: toString(node), line});
        break;
      case 'code':
        result.code.push({value: node.value.trimEnd(), line});
        break;
      case 'table':
        result.tables.push({line});
        break;
      case 'containerDirective':
        if (ADMONITIONS.has(node.name)) result.admonitions.push({name: node.name, line});
        break;
      case 'link':
      case 'definition':
        result.links.push({url: node.url, image: false, line});
        break;
      case 'image':
        result.links.push({url: node.url, image: true, line});
        break;
      case 'text':
        result.text.push({value: node.value, line});
        for (const citation of findCitations(node.value)) result.citations.push({id: citation.id, line});
        break;
    }
  });
  return result;
}

/** The line of the translation's block that sits where `line`'s block sits in the source. */
export const correspondingLine = (source: Outline, translated: Outline, line: number): number =>
  translated.blocks[source.blocks.filter((start) => start <= line).length - 1] ?? 1;
