import type {Recommendation} from './types';

/** The numbers a Recommendation is known by: `G.709/Y.1331` → `G.709`, `Y.1331`. */
export const recommendationParts = (id: string): string[] => id.split('/');

/** The catalogue page of a Recommendation is named after its first number. */
export const recommendationSlug = (id: string): string => recommendationParts(id)[0] ?? id;

/** ITU's official page for a Recommendation. */
export const officialUrl = (id: string): string => `https://www.itu.int/rec/T-REC-${recommendationSlug(id)}`;

/** Finds a Recommendation by any of its numbers. */
export function createRecommendationLookup(recommendations: readonly Recommendation[]) {
  const byPart = new Map<string, Recommendation>();
  for (const recommendation of recommendations) {
    for (const part of recommendationParts(recommendation.id)) byPart.set(part, recommendation);
  }
  return (id: string): Recommendation | undefined =>
    byPart.get(id) ?? recommendationParts(id).map((part) => byPart.get(part)).find(Boolean);
}
