/** What a locale's service worker is built with (`buildOffline.ts` writes it into `sw.js`). */
export type ServiceWorkerConfig = {
  /** The locale's base URL (`/fr/`): the worker's scope. */
  baseUrl: string;
  /** The base URLs of the other locales inside this scope (the default locale's `/` holds `/fr/`…): left to the network. */
  otherBaseUrls: string[];
  /** Addresses the worker never answers, never caches (the question gateway, if on the site's origin). */
  neverCache: string[];
  /** The build's offline version (changes with every saved file): a new build gives a new `sw.js`, so the browser installs it. */
  version: string;
};

/**
 * The Cache Storage names. A saved language has a cache per version
 * (`bsg-hub-offline/fr/@<version>`): an update fills a new one and only then
 * deletes the old, so a reader never has half of one build and half of another.
 */
export const CACHE_NAMES = {
  assets: 'bsg-hub-assets',
  pages: 'bsg-hub-pages',
  savedPrefix: (baseUrl: string) => `bsg-hub-offline${baseUrl}@`,
} as const;

export {HASHED_ASSET} from './hashedAsset';

/** Whether the worker of `config` looks after `url` at all. */
export function inScope(url: URL, origin: string, config: Pick<ServiceWorkerConfig, 'baseUrl' | 'otherBaseUrls' | 'neverCache'>): boolean {
  if (url.origin !== origin || !url.pathname.startsWith(config.baseUrl)) return false;
  if (config.otherBaseUrls.some((base) => url.pathname.startsWith(base))) return false;
  return !config.neverCache.some((prefix) => url.href.startsWith(prefix));
}

/** Where an unsaved page sends an offline reader: the saved offline page, saying which page it was. */
export function offlinePageUrl(baseUrl: string, from: string): string {
  return `${baseUrl}offline?from=${encodeURIComponent(from)}`;
}
