/**
 * Line edits of a page's front matter that keep every other line as typed
 * (comments, quoting, key order): what the `start`, `pin` and `review`
 * commands change in a translator's file.
 */

const OPEN = /^---\r?\n/;

/** The front matter's lines, and a function that puts the page back together with new ones; `null` without front matter. */
export function frontMatterLines(text: string): {lines: string[]; join: (lines: readonly string[]) => string} | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length).split('\n');
  const end = rest.findIndex((line) => /^---\s*$/.test(line));
  if (end === -1) return null;
  return {lines: rest.slice(0, end), join: (lines) => ['---', ...lines, ...rest.slice(end)].join('\n')};
}

/** Where a top-level key's lines are (the key and its indented continuation), or `null`. */
export function keyLines(lines: readonly string[], key: string): {start: number; stop: number} | null {
  const start = lines.findIndex((line) => line === `${key}:` || line.startsWith(`${key}:`) && /^\s/.test(line.slice(key.length + 1)));
  if (start === -1) return null;
  let stop = start + 1;
  while (stop < lines.length && /^\s+\S/.test(lines[stop] ?? '')) stop += 1;
  return {start, stop};
}

/** The lines without the top-level key `key` (and its continuation). */
export function withoutKey(lines: readonly string[], key: string): string[] {
  const at = keyLines(lines, key);
  return at ? [...lines.slice(0, at.start), ...lines.slice(at.stop)] : [...lines];
}
