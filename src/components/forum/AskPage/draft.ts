/**
 * The ask form's draft, kept in the browser (localStorage, one per locale)
 * until the gateway accepts the question or the member discards it: a
 * refusal, a reload, a lost connection or a closed tab loses no word.
 * Nothing here leaves the browser.
 */
// Relative, not @site: the unit tests load this module outside Docusaurus.
import {oneLine} from '../../../../plugins/forum/plainText';
import type {Question} from '@site/plugins/forum/askUrl';

/** Everything the form holds: the question's fields, and the gateway's address and name (empty on GitHub's form). */
export type Draft = Question & {email: string; name: string};

/** What the draft needs of `localStorage` (tests pass a Map-backed one). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (locale: string) => `bsg-hub.ask-draft.${locale}`;

const TEXT_FIELDS = ['title', 'question', 'studyGroup', 'country', 'language', 'email', 'name'] as const;

/** A draft written by the member: a choice alone, or the page's defaults, are not worth keeping. */
export const hasWords = (draft: Draft) => [draft.title, draft.question, draft.email, draft.name].some((text) => text.trim() !== '');

/** The stored draft, or null when there is none or it is not one (written by another version, or by hand). */
export function readDraft(storage: DraftStorage, locale: string): Draft | null {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(draftKey(locale)) ?? 'null');
  } catch {
    return null;
  }
  if (!stored || typeof stored !== 'object') return null;
  const fields = stored as Record<string, unknown>;
  if (!TEXT_FIELDS.every((name) => typeof fields[name] === 'string')) return null;
  const recommendations = fields.recommendations;
  if (!Array.isArray(recommendations) || !recommendations.every((id) => typeof id === 'string')) return null;
  const draft = Object.fromEntries(TEXT_FIELDS.map((name) => [name, fields[name]])) as Omit<Draft, 'recommendations'>;
  return {...draft, recommendations};
}

/**
 * Keeps the draft, or forgets it once it holds no words. False when the
 * browser refuses (storage full or turned off): the form goes on, unsaved.
 */
export function saveDraft(storage: DraftStorage, locale: string, draft: Draft): boolean {
  try {
    if (hasWords(draft)) storage.setItem(draftKey(locale), JSON.stringify(draft));
    else storage.removeItem(draftKey(locale));
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(storage: DraftStorage, locale: string): void {
  try {
    storage.removeItem(draftKey(locale));
  } catch {
    // Storage turned off: there is nothing to discard.
  }
}

/** The title a link asks for (`/forum/ask?title=…`, the search's "Ask this as a question"), as one line; null without one. */
export function titleFromSearch(search: string): string | null {
  const title = oneLine(new URLSearchParams(search).get('title') ?? '');
  return title === '' ? null : title;
}

/**
 * The form a member finds on arrival: their stored draft, else the empty
 * form; a title from the link only where the draft has none (a draft's words
 * win over a search's); then whatever is already typed in the page (before
 * the script ran, or restored by the browser's Back button), which the
 * member sees and must not lose.
 */
export function startingForm(empty: Draft, {stored, linkTitle, typed}: {stored: Draft | null; linkTitle: string | null; typed: Partial<Draft>}): Draft {
  const start = stored ?? empty;
  const withTitle = linkTitle && start.title.trim() === '' ? {...start, title: linkTitle} : start;
  const shown = Object.fromEntries(Object.entries(typed).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
  return {...withTitle, ...shown};
}
