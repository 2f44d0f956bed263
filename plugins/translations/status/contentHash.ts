import {createHash} from 'node:crypto';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n?---[ \t]*(?:\r?\n|$)/;

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]))
      : value;

/**
 * What a page says, without what does not change its meaning: front matter
 * key order, trailing spaces, runs of blank lines or spaces.
 */
export function normalizeSource(markdown: string): string {
  const frontMatter = JSON.stringify(sortKeys(parseFrontMatter(markdown).data));
  const body = markdown
    .replace(FRONT_MATTER, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${frontMatter}\n${body}\n`;
}

/** The version of a source page a translation pins: works without git history. */
export function contentHash(markdown: string): string {
  return createHash('sha256').update(normalizeSource(markdown)).digest('hex').slice(0, 16);
}
