/**
 * Pagefind finds the words of the index that begin with a typed word (`regul`
 * finds regulatory). When none does, it takes instead the longest word of the
 * index that the typed word begins with (Pagefind PR #315; no option turns it
 * off, issue #793). That is how `standardisation` finds standardization and a
 * half-typed `installa` finds installed, but also how a made-up `qwxkjvb`
 * finds the series letter Q of a table and `docker` the word "do": pages that
 * have nothing to do with the question, where the reader should be offered
 * to ask it. Such a stray match is a page word that is only a short
 * beginning, half of it or less, of a typed word.
 */

/** What a Pagefind result's `data()` says about where it matched. */
export type MatchedPage = {
  /** The page's text, words separated by white space, or by U+200B where Pagefind segmented it (Chinese). */
  raw_content: string;
  /** Positions of the matched words among those words. */
  locations: number[];
};

const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
/** Chinese (and Japanese, Korean) words can be one character, and Pagefind's words are not the browser's: never stray. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lower case, without accents and punctuation, as Pagefind compares words. */
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(PUNCTUATION, '');
const length = (word: string) => Array.from(word).length;

/** The words of a query as Pagefind searches them (`E.164` is `e164`, `&` and `?` are nothing). */
export const typedWords = (query: string): string[] => query.split(/\s+/).map(fold).filter(Boolean);

/** The page's words that Pagefind matched, as its excerpts mark them. */
export function matchedWords({raw_content, locations}: MatchedPage): string[] {
  const words = raw_content.includes('\u200B') ? raw_content.split('\u200B') : raw_content.split(/[^\S\uFEFF]+/);
  return [...new Set(locations.map((location) => words[location]?.trim() ?? ''))].filter(Boolean);
}

/**
 * Whether a matched page word is only a short beginning of a typed word: `Q)`
 * for `qwxkjvb`, `in-building` (matched by its part `in`) for `inqwkjvb`. A
 * word that begins with a typed word, or that is not a beginning of one
 * (stemming, synonyms: `المرشد` for `مرشد`), is a match.
 */
export function isStray(word: string, typed: readonly string[]): boolean {
  if (CJK.test(word)) return false;
  // A compound word is matched by any of its parts (E.164: e164, e, 164).
  const forms = [fold(word), ...word.split(PUNCTUATION).map(fold)].filter(Boolean);
  if (forms.some((form) => typed.some((term) => form.startsWith(term)))) return false;
  return forms.some((form) => typed.some((term) => term.startsWith(form) && 2 * length(form) <= length(term)));
}

/**
 * Whether a search found nothing but stray matches, judged on its best page:
 * Pagefind keeps only the pages that match every typed word it found, so the
 * best page has a real match whenever any typed word had one.
 */
export function foundOnlyStrays(query: string, best: MatchedPage): boolean {
  const typed = typedWords(query);
  const words = matchedWords(best);
  return words.length > 0 && words.every((word) => isStray(word, typed));
}
