/**
 * What the notice above an unreviewed translation links to, as pure functions
 * of plain data (the DOM is read by the components): the English original at
 * the heading the reader is at, and the reader's "read in English" choice.
 */

/** Where the reader's "always read unreviewed translations in English" choice is kept, only once they make it. */
export const READ_IN_ENGLISH_KEY = 'bsg-hub.readInEnglish';

/** The query parameters of the two hops: `?from=fr` on the English page, `?translation=show` back on the translation. */
export const FROM_PARAM = 'from';
export const SHOW_PARAM = 'translation';
export const SHOW_VALUE = 'show';

/** The heading the reader is at: the last one whose top is above `line` (px from the viewport's top), or none above it. */
export function headingAt(headings: readonly {id: string; top: number}[], line: number): string | null {
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.top > line) break;
    current = heading.id;
  }
  return current;
}

/**
 * The heading of the other page at the same position: heading n of the
 * translation is heading n of the English page (the outline is the same by
 * rule, and the build sends no ids when it is not). `null`: the page's top.
 */
export function sameHeading(id: string | null, from: readonly string[], to: readonly string[]): string | null {
  if (id === null || from.length !== to.length) return null;
  const index = from.indexOf(id);
  return index === -1 ? null : (to[index] ?? null);
}

/** `base` (a path or URL) with `#id`, or without any hash for the page's top. */
export function withHeading(base: string, id: string | null, params: Record<string, string> = {}): string {
  const url = new URL(base, 'http://x');
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  url.hash = id === null ? '' : id;
  return /^[a-z]+:/i.test(base) ? url.toString() : `${url.pathname}${url.search}${url.hash}`;
}

/** What localStorage offers that the choice needs (tests pass a Map-backed one). */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Whether the reader chose to read unreviewed translations in English (storage refused: no). */
export function readsInEnglish(storage: ChoiceStorage | null): boolean {
  try {
    return storage?.getItem(READ_IN_ENGLISH_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Records or forgets the choice; nothing is stored until the reader asks. Returns whether it was kept (a private window may refuse). */
export function setReadsInEnglish(storage: ChoiceStorage | null, yes: boolean): boolean {
  try {
    if (yes) storage?.setItem(READ_IN_ENGLISH_KEY, 'yes');
    else storage?.removeItem(READ_IN_ENGLISH_KEY);
    return storage !== null;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or `null` where it is refused. */
export function browserStorage(): ChoiceStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
