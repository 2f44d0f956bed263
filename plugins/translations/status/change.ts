import {diffLines} from 'diff';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {normalizeSource} from './contentHash';

/** How much an English page changed since the version a translation pins. */
export type SourceChange = {
  /** Lines added plus lines removed, ignoring changes that do not alter meaning. */
  lines: number;
  /** Headings of the sections that changed, were added or were removed ("" = text before the first heading). */
  sections: string[];
};

/** Splits a normalized page into `heading → text` (the front matter counts as the lead). */
function sectionsOf(normalized: string): Map<string, string> {
  const sections = new Map<string, string>();
  let heading = '';
  let from = 0;
  const close = (to: number) => sections.set(heading, `${sections.get(heading) ?? ''}${normalized.slice(from, to)}`);
  for (const node of unified().use(remarkParse).parse(normalized).children) {
    if (node.type !== 'heading') continue;
    const start = node.position?.start.offset ?? 0;
    close(start);
    heading = toString(node);
    from = start;
  }
  close(normalized.length);
  return sections;
}

/** Compares two versions of an English page (pure). */
export function describeChange(before: string, after: string): SourceChange {
  const [a, b] = [normalizeSource(before), normalizeSource(after)];
  const lines = diffLines(a, b).reduce((sum, part) => sum + (part.added || part.removed ? (part.count ?? 0) : 0), 0);
  const [sa, sb] = [sectionsOf(a), sectionsOf(b)];
  const sections = [...new Set([...sb.keys(), ...sa.keys()])].filter((heading) => sa.get(heading) !== sb.get(heading));
  return {lines, sections};
}
