/** Algolia DocSearch settings, as `themeConfig.algolia` takes them. */
export type AlgoliaConfig = {appId: string; apiKey: string; indexName: string; contextualSearch: true};

/**
 * Algolia DocSearch when all three variables are set, else `undefined` (the
 * site then uses its offline index). The search API key is a public,
 * search-only key: DocSearch sends it from the reader's browser.
 */
export function algoliaFromEnv(env: NodeJS.ProcessEnv): AlgoliaConfig | undefined {
  const names = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;
  const set = names.filter((name) => env[name]);
  if (set.length === 0) return undefined;
  if (set.length < names.length) {
    throw new Error(`Algolia DocSearch needs ${names.join(', ')}; ${names.filter((n) => !env[n]).join(', ')} missing. Set all three, or none for the offline search.`);
  }
  return {appId: env.ALGOLIA_APP_ID ?? '', apiKey: env.ALGOLIA_SEARCH_API_KEY ?? '', indexName: env.ALGOLIA_INDEX_NAME ?? '', contextualSearch: true};
}
