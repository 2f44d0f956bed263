/**
 * Where the Atom feeds of questions are, below a locale's base URL. Shared by
 * the plugin that writes them and the pages that link them.
 */
export const FEEDS_BASE = 'feeds';

export const feedPaths = {
  all: () => `${FEEDS_BASE}/questions.atom`,
  studyGroup: (id: string) => `${FEEDS_BASE}/${id.toLowerCase()}.atom`,
  unanswered: (id: string) => `${FEEDS_BASE}/${id.toLowerCase()}-unanswered.atom`,
  /** By the Recommendation's first number, as its catalogue page: `G.709/Y.1331` → `recommendations/G.709.atom`. */
  recommendation: (id: string) => `${FEEDS_BASE}/recommendations/${id.split('/')[0] ?? id}.atom`,
};
