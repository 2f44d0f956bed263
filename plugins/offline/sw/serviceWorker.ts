/**
 * BSG Hub's service worker (issue 23), one per locale, bundled by esbuild into
 * `<locale>/sw.js` (buildOffline.ts). It precaches nothing, so installing it
 * costs no download:
 * - hashed files (JS, CSS, fonts, images with a content hash) are cache-first:
 *   their name changes with their content, so a cached copy is never stale;
 * - pages are network-first with a short timeout, then the cache: a reader
 *   always gets the current page when the network answers;
 * - anything else of the site goes to the network, and to a saved copy offline.
 * A language saved for offline reading is in its own cache (CACHE_NAMES),
 * filled and emptied by the page (src/components/OfflineSave); every route here
 * also looks there. Only GET requests of the site's own origin are handled: the
 * ask form's posts and the question gateway are never seen, never cached.
 */
import {clientsClaim} from 'workbox-core';
import {ExpirationPlugin} from 'workbox-expiration';
import {Route, Router} from 'workbox-routing';
import {CacheFirst, NetworkFirst, NetworkOnly} from 'workbox-strategies';
import {CACHE_NAMES, HASHED_ASSET, inScope, offlinePageUrl, type ServiceWorkerConfig} from './config';
import type {RouteMatchCallbackOptions, WorkboxPlugin} from 'workbox-core';

declare const OFFLINE_CONFIG: ServiceWorkerConfig;
const config = OFFLINE_CONFIG;
const worker = self as unknown as {location: Location; skipWaiting(): Promise<void>; addEventListener(type: 'install', listener: (event: {waitUntil(promise: Promise<unknown>): void}) => void): void};

/** A cache miss looks in every cache, the saved language's included (caches.match searches them all). */
const anyCache: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({cachedResponse, request}) => cachedResponse ?? (await caches.match(request, {ignoreSearch: true})) ?? null,
};

/** A request the network could not answer gets a saved copy, if there is one. */
const savedCopyOnError: WorkboxPlugin = {
  handlerDidError: async ({request}) => (await caches.match(request, {ignoreSearch: true})) ?? undefined,
};

const ours = ({url}: RouteMatchCallbackOptions) => inScope(url, worker.location.origin, config);

const router = new Router();
router.registerRoute(
  new Route(
    (options) => ours(options) && options.request.mode === 'navigate',
    // A few seconds: on a slow line the reader sees the cached page rather than a blank screen.
    new NetworkFirst({cacheName: CACHE_NAMES.pages, networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({maxEntries: 60, purgeOnQuotaError: true}), anyCache]}),
  ),
);
router.registerRoute(
  new Route(
    (options) => ours(options) && HASHED_ASSET.test(options.url.pathname),
    // Old files stay until they expire, so a page of the previous build still finds its chunks after an update.
    new CacheFirst({cacheName: CACHE_NAMES.assets, plugins: [new ExpirationPlugin({maxEntries: 400, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true}), anyCache]}),
  ),
);
router.registerRoute(new Route(ours, new NetworkOnly({plugins: [savedCopyOnError]})));

// A page that is neither online nor cached: the saved offline page, in this locale, if a language is saved here.
router.setCatchHandler(async ({request, url}) => {
  const offline = request.mode === 'navigate' ? await caches.match(`${config.baseUrl}offline`) : undefined;
  return offline ? Response.redirect(offlinePageUrl(config.baseUrl, url.pathname), 302) : Response.error();
});

router.addFetchListener();
// The page hands over the hashed files it loaded before this worker controlled it (client/register.ts).
router.addCacheListener();

// Taking over at once is safe: nothing here is precached, so nothing an open page still needs is removed;
// a page of the previous build turns its next link into a full page load (client/register.ts).
worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
clientsClaim();
