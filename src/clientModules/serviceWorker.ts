/**
 * Registers the locale's service worker (plugins/offline/sw, issue 23) once the
 * page has loaded and the browser is idle, so the first page view pays nothing
 * for it. When a new build's worker takes over while a page of the previous
 * build is open, that page's next link click is a full page load: the new
 * page then comes with its own files, never a mix of old and new ones.
 */
import siteConfig from '@generated/docusaurus.config';
import {HASHED_ASSET} from '@site/plugins/offline/sw/hashedAsset';

/** A link click that should load the next page in full: the site changed under this page. */
let siteUpdated = false;

function whenIdle(callback: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(callback, {timeout: 3000}) : setTimeout(callback, 2000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, {once: true});
}

/** The hashed files this page loaded before a worker controlled it: the worker caches them (workbox-routing's CACHE_URLS). */
function handOverLoadedFiles(worker: ServiceWorker): void {
  // Another origin's file is no concern of the worker, which leaves it alone.
  const urlsToCache = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => HASHED_ASSET.test(name));
  worker.postMessage({type: 'CACHE_URLS', payload: {urlsToCache}});
}

async function register(): Promise<void> {
  const {serviceWorker} = navigator;
  const controlledAtLoad = Boolean(serviceWorker.controller);
  let controlled = controlledAtLoad;
  serviceWorker.addEventListener('controllerchange', () => {
    siteUpdated ||= controlled;
    controlled = true;
  });
  const registration = await serviceWorker.register(`${siteConfig.baseUrl}sw.js`, {scope: siteConfig.baseUrl});
  // A reader who comes back to an open tab gets the news of a new build (the browser also checks on every page load).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
  // Not `serviceWorker.ready`: it never settles on a page outside the scope, such as `/fr` when a host drops the slash of `/fr/`.
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (controlledAtLoad || !worker) return;
  if (worker.state !== 'activated') await new Promise((activated) => worker.addEventListener('statechange', () => worker.state === 'activated' && activated(0)));
  handOverLoadedFiles(worker);
}

// Capturing on window runs before React's listener on its root, so the router never sees the click and the browser follows the link.
function loadInFullAfterUpdate(event: MouseEvent): void {
  if (siteUpdated && event.target instanceof Element && event.target.closest('a[href]')) event.stopPropagation();
}

if (process.env.NODE_ENV === 'production' && typeof window !== 'undefined' && 'serviceWorker' in navigator) {
  window.addEventListener('click', loadInFullAfterUpdate, true);
  whenIdle(() => {
    // A browser that refuses the worker (a private window, a full disk) still reads the site online.
    register().catch(() => undefined);
  });
}
