/** Articles a country name may start with, in the Latin-script UN languages. */
const LEADING_ARTICLE = /^(?:the|el|la|las|los|le|les|l) /;

/**
 * A name as matching sees it: without case, accents (hamza seats and
 * diacritics in Arabic), punctuation, a leading article, or the Arabic
 * article on each word. "la Côte d’Ivoire" is "cote d ivoire", "الأردن" is
 * "اردن". No dependencies: the ask page's country filter uses it too.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '')
    .replace(/(^| )ال(?=\p{L}{2})/gu, '$1');
}
