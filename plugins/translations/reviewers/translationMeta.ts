import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {PIN_KEY} from '../status/pin';
import {frontMatterLines, keyLines, withoutKey} from '../status/frontMatterLines';
import type {TranslationMeta} from '../../content-model/frontMatter';

/** Front matter key of a translation's review state. */
export const META_KEY = 'translation';

/** The `translation:` block as written (not validated: the check says what is wrong with it), or `null`. */
export function readTranslationMeta(text: string): Partial<TranslationMeta> | null {
  const value = (parseFrontMatter(text).data as Record<string, unknown> | undefined)?.[META_KEY];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Partial<TranslationMeta>) : null;
}

/**
 * The translation with its `translation:` block set to `meta`, right after the
 * pin, and without the English page's `last_reviewed` (a translation's dates
 * are its own). Every other line is kept as it is.
 */
export function setTranslationMeta(text: string, meta: TranslationMeta): string {
  const block = [`${META_KEY}:`, `  state: ${meta.state}`, `  date: ${meta.date}`, ...(meta.reviewer ? [`  reviewer: ${meta.reviewer}`] : [])];
  const parts = frontMatterLines(text);
  if (!parts) return `---\n${block.join('\n')}\n---\n\n${text}`;
  const lines = withoutKey(withoutKey(parts.lines, META_KEY), 'last_reviewed');
  const at = (keyLines(lines, PIN_KEY)?.stop ?? 0);
  return parts.join([...lines.slice(0, at), ...block, ...lines.slice(at)]);
}

/**
 * What an edit does to the review state (`npm run translations -- pin` runs
 * after one): the text changed today, and a `reviewed` page is a `draft`
 * again until a reviewer records a review (issue 22).
 */
export function afterEdit(text: string, today: string): string {
  const meta = readTranslationMeta(text);
  const state = meta?.state === 'machine' ? 'machine' : 'draft';
  return setTranslationMeta(text, {state, date: today});
}
