/**
 * Contributor text in the review comment. The comment is posted as the
 * repository's bot, so text from a pull request must read as plain text:
 * no Markdown or HTML, and none of what GitHub links after rendering
 * (mentions, issue references, URLs), which backslash escapes do not stop.
 */

/** Line breaks and other controls would end a list item or a code span. */
const CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;
/** Bidirectional controls can make text read differently from what it is (CVE-2021-42574, "Trojan Source"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * A zero-width space breaks what GitHub links: it is an entity, decoded only
 * after GitHub has looked for mentions and references (as Renovate does).
 */
const BREAK = '&#8203;';

/**
 * What GitHub or Markdown would act on, matched in one pass so that nothing a
 * replacement inserts is matched again:
 * - `@user`, `@org/team` and `user@example.com`: the `@`;
 * - `#123`, `owner/repo#123`, `GH-123`: the `#` or `GH-` before the number;
 * - `https://…`, `www.…`: the `:` before `//`, the `www` before `.`;
 * - Markdown and HTML punctuation (emphasis, links, images, code, tables,
 *   strike-through, entities, math, raw HTML): escaped with a backslash.
 */
const SPECIAL = /(@)|(#|gh-)(?=\d)|(:)(?=\/\/)|(www)(?=\.)|([\\`*_[\]()<>|~&$!])/giu;

/** A zero-width space after what GitHub would link; a backslash before Markdown punctuation. */
const replace = (match: string, ...groups: (string | undefined)[]) =>
  groups.slice(0, 4).some((group) => group !== undefined) ? `${match}${BREAK}` : `\\${match}`;

/** One line of text with no control characters. */
export const oneLine = (value: string) => value.replace(CONTROLS, ' ').replace(BIDI_CONTROLS, '');

const truncate = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** Untrusted text as literal Markdown text, on one line, cut at `max` characters. */
export function markdownText(value: string, max: number): string {
  return truncate(oneLine(value), max).replace(SPECIAL, replace);
}

/**
 * Untrusted text in a code span, where GitHub links nothing: its fence is
 * longer than any run of backticks inside. A long value keeps its end.
 */
export function markdownCode(value: string, max: number): string {
  const line = oneLine(value);
  const shown = line.length > max ? `…${line.slice(1 - max)}` : line;
  const fence = '`'.repeat(Math.max(0, ...[...shown.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  const pad = fence.length > 1 || shown.startsWith(' ') || shown.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}
