import type {UnreviewedState} from '../translations/notice/translationState';

/** The kinds of page the index holds (the `kind` filter of each page). */
export const KINDS = ['guidance', 'forum', 'recommendation'] as const;
export type Kind = (typeof KINDS)[number];

/** What Pagefind returns for one page (the fields we use). */
export type PagefindData = {
  url: string;
  excerpt: string;
  meta: {title?: string; status?: string; translation?: string};
  filters: {kind?: string[]};
  sub_results?: {title: string; url: string; excerpt: string}[];
};

/** One result as the search dialog shows it. */
export type ResultView = {
  url: string;
  title: string;
  /** The heading of the section the words were found in, when it is not the page title. */
  section: string | null;
  /** Pagefind's excerpt: text with the matched words in `<mark>`. */
  excerpt: string;
  kind: Kind | null;
  /** Forum threads only. */
  status: 'answered' | 'unanswered' | null;
  /** A translation nobody has reviewed yet (the page's `data-pagefind-meta`, see DocItem/Content). */
  translation: UnreviewedState | null;
};

/** Pagefind names pages by file (`/docs/x.html`); the site's links have no extension. */
const cleanUrl = (url: string) => url.replace(/\.html(?=$|#)/, '').replace(/\/index(?=$|#)/, '/');

/** Turns a Pagefind result into what the dialog shows (pure). */
export function toResultView(data: PagefindData): ResultView {
  const title = data.meta.title ?? cleanUrl(data.url);
  // The best section is the first one Pagefind lists that is not the page itself.
  const section = data.sub_results?.find((sub) => sub.title !== title && sub.url.includes('#'));
  const kind = data.filters.kind?.[0];
  const status = data.meta.status;
  return {
    url: cleanUrl(section?.url ?? data.url),
    title,
    section: section?.title ?? null,
    excerpt: section?.excerpt ?? data.excerpt,
    kind: (KINDS as readonly string[]).includes(kind ?? '') ? (kind as Kind) : null,
    status: status === 'answered' || status === 'unanswered' ? status : null,
    translation: data.meta.translation === 'machine' || data.meta.translation === 'draft' ? data.meta.translation : null,
  };
}

/** Where keyboard focus goes from `current` (−1 = the search field) on ArrowDown/ArrowUp, among `count` results. */
export function moveFocus(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  return Math.max(current - 1, -1);
}

/** Whether a key press should open the search: `/` outside a text field, or Ctrl+K / ⌘K anywhere. */
export function opensSearch(event: {key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: {tagName?: string; isContentEditable?: boolean} | null}): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') return true;
  const typing = event.target && (['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName ?? '') || event.target.isContentEditable);
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
}

/** The ask page with the reader's words as the question's title (`/fr/forum/ask?title=…`), for a search that found nothing. */
export const askQuestionUrl = (askPage: string, query: string) => `${askPage}?${new URLSearchParams({title: query.trim()})}`;
