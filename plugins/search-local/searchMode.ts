/** Algolia DocSearch settings, as `themeConfig.algolia` takes them. */
export type AlgoliaConfig = {appId: string; apiKey: string; indexName: string; contextualSearch: true};

/** Which search the site has: the offline index (default), Algolia DocSearch, or none. */
export type SearchMode = {kind: 'local'} | {kind: 'algolia'; algolia: AlgoliaConfig} | {kind: 'off'};

const ALGOLIA = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

/**
 * Algolia DocSearch when its three variables are set, no search with
 * `BSG_HUB_SEARCH=off` (the search benchmark's baseline), else the offline
 * index. Some but not all Algolia variables is a mistake, said as such. The
 * search API key is a public, search-only key: DocSearch sends it from the
 * reader's browser.
 */
export function searchFromEnv(env: NodeJS.ProcessEnv): SearchMode {
  if (env.BSG_HUB_SEARCH === 'off') return {kind: 'off'};
  const set = ALGOLIA.filter((name) => env[name]);
  if (set.length === 0) return {kind: 'local'};
  if (set.length < ALGOLIA.length) {
    throw new Error(`Algolia DocSearch needs ${ALGOLIA.join(', ')}; ${ALGOLIA.filter((n) => !env[n]).join(', ')} missing. Set all three, or none for the offline search.`);
  }
  const appId = env.ALGOLIA_APP_ID ?? '';
  // It becomes host names in the pages' Content-Security-Policy (algoliaOrigins).
  if (!/^[A-Za-z0-9]+$/.test(appId)) {
    throw new Error(`ALGOLIA_APP_ID is wrong: expected Algolia's application ID, letters and digits such as BH4D9OD16A, found ${JSON.stringify(appId.slice(0, 40))}.`);
  }
  return {kind: 'algolia', algolia: {appId, apiKey: env.ALGOLIA_SEARCH_API_KEY ?? '', indexName: env.ALGOLIA_INDEX_NAME ?? '', contextualSearch: true}};
}

/**
 * The origins DocSearch queries for an application: its search host, then
 * three fallbacks (@docsearch/react 4's Algolia client), for `connect-src`.
 */
export const algoliaOrigins = (appId: string): string[] =>
  [`https://${appId}-dsn.algolia.net`, ...[1, 2, 3].map((n) => `https://${appId}-${n}.algolianet.com`)];
