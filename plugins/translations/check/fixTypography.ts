import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import {fixTypography} from './typography';
import type {TypographyRule} from '../../../locales';
import type {Node} from 'unist';

/** One rewrite, as printed: where, and the text before and after. */
export type TypographyChange = {line: number; before: string; after: string};
/** `skipped`: lines of prose that break a rule but cannot be rewritten safely (escapes, entities): for a person. */
export type FixResult = {text: string; changes: TypographyChange[]; skipped: number[]};

const applyRules = (rules: readonly TypographyRule[], text: string, ui = false) => rules.reduce((fixed, rule) => fixTypography(rule, fixed, {ui}), text);

/**
 * A Markdown or MDX page with its prose (text nodes) rewritten to the rules;
 * front matter, code, inline code, URLs, identifiers, HTML and JSX are left
 * as they are. A text node whose source differs from its text (a backslash
 * escape, an entity: `&amp;` ends with ";") is not touched: its line is
 * returned in `skipped`. Idempotent.
 */
export async function fixMarkdownTypography(markdown: string, rules: readonly TypographyRule[], format: 'md' | 'mdx'): Promise<FixResult> {
  if (rules.length === 0) return {text: markdown, changes: [], skipped: []};
  const {createProcessor} = await import('@mdx-js/mdx');
  const tree = createProcessor({format, remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective]}).parse(markdown);
  const edits: {start: number; end: number; text: string; line: number}[] = [];
  const skipped: number[] = [];
  visit(tree as Node, 'text', (node: Node & {value: string}) => {
    const [start, end] = [node.position?.start.offset, node.position?.end.offset];
    if (start === undefined || end === undefined) return;
    const fixed = applyRules(rules, node.value);
    if (fixed === node.value) return;
    const line = node.position?.start.line ?? 1;
    if (markdown.slice(start, end) !== node.value) skipped.push(line);
    else edits.push({start, end, text: fixed, line});
  });
  let text = markdown;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const changes = edits.map((edit) => ({line: edit.line, before: markdown.slice(edit.start, edit.end), after: edit.text}));
  return {text, changes, skipped};
}

/**
 * A UI string file (`i18n/<locale>/code.json` …) with each `message`
 * rewritten to the rules, `{placeholders}` and `<tags>` left alone. Written
 * back as Docusaurus writes it (two-space JSON); a file in another layout is
 * changed message by message in place, and a message whose text cannot be
 * found as written is left (its line in `skipped`).
 */
export function fixUiStringTypography(json: string, rules: readonly TypographyRule[]): FixResult {
  const content = JSON.parse(json) as Record<string, {message?: unknown}>;
  const changes: TypographyChange[] = [];
  const skipped: number[] = [];
  const canonical = `${JSON.stringify(content, null, 2)}\n` === json;
  let text = json;
  for (const entry of Object.values(content)) {
    if (typeof entry.message !== 'string') continue;
    const fixed = applyRules(rules, entry.message, true);
    if (fixed === entry.message) continue;
    const literal = JSON.stringify(entry.message);
    const at = text.indexOf(literal);
    const line = at === -1 ? 1 : text.slice(0, at).split('\n').length;
    if (!canonical) {
      if (at === -1) {
        skipped.push(line);
        continue;
      }
      text = text.slice(0, at) + JSON.stringify(fixed) + text.slice(at + literal.length);
    }
    changes.push({line, before: entry.message, after: fixed});
    entry.message = fixed;
  }
  return {text: canonical ? `${JSON.stringify(content, null, 2)}\n` : text, changes, skipped};
}
