/**
 * Citations of ITU-T Recommendations in running text, in the six languages:
 *
 * - "Recommendation ITU-T X.509", "ITU-T X.509", "Rec. ITU-T X.509",
 *   "ITU-T Recommendation X.509" (the pre-2008 style)
 * - "Recommandation UIT-T X.509", "Recomendación UIT-T X.509",
 *   "Рекомендация МСЭ-Т X.509" (any case ending, Cyrillic or Latin Т),
 *   "ITU-T X.509建议书", "التوصية ITU-T X.509"
 * - sub-numbers (G.984.1), dual numbers (G.709/Y.1331), editions
 *   ("(08/2024)"), amendments, corrigenda and supplements ("Amd. 1", "Suppl. 70").
 *
 * A bare number without "ITU-T" ("E.164") is not a citation: too many other
 * things look like it.
 */

export type Citation = {
  /** The whole citation as written, e.g. "Recommendation ITU-T G.984.1 Amd. 1". */
  text: string;
  /** Offset of the citation in the searched text. */
  index: number;
  /** The Recommendation number(s) as written: "G.984.1", "G.709/Y.1331". */
  id: string;
};

const NUMBER = String.raw`[A-VX-Z]\.\d+(?:\.\d+)*`;
const LEADING_WORD = [
  String.raw`Recommendations?`,
  String.raw`Rec\.`,
  String.raw`Recommandations?`,
  String.raw`Recomendaci(?:ón|ones)`,
  String.raw`Рекомендаци\p{L}*`,
  String.raw`(?:ال)?توصي(?:ة|ات)`,
].join('|');
const ORGANIZATION = String.raw`ITU-T|UIT-T|МСЭ-[ТT]`;

/**
 * Word edges in alphabetic scripts only: Chinese text runs a citation into
 * the words around it ("遵循ITU-T X.509建议书").
 */
const NOT_AFTER = String.raw`(?<![A-Za-z0-9\u0400-\u04FF])`;
const NOT_BEFORE = String.raw`(?![A-Za-z0-9]|\.\d)`;

/** Matches one citation; group 1 is the number(s). */
export const CITATION = new RegExp(
  String.raw`${NOT_AFTER}(?:(?:${LEADING_WORD})\s+)?(?:${ORGANIZATION})\s+(?:Recommendations?\s+)?` +
    String.raw`(${NUMBER}(?:\/${NUMBER})*)${NOT_BEFORE}` +
    String.raw`(?:\s*\(\d{2}\/\d{4}\))?` +
    String.raw`(?:\s*(?:Amd\.|Cor\.|Suppl\.|Supplement)\s*\d+)?` +
    String.raw`(?:\s?建议书)?`,
  'gu',
);

/** A Recommendation id as the catalogue writes it: `E.164`, `Y.4901/L.1601`. */
export const RECOMMENDATION_ID = new RegExp(String.raw`^${NUMBER}(?:\/${NUMBER})*$`, 'u');

/** Every citation in `text`, in order. */
export function findCitations(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((match) => ({
    text: match[0],
    index: match.index,
    id: match[1] ?? '',
  }));
}
