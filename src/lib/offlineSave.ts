/**
 * Saving a language for offline reading (issue 23), in the browser: the pages
 * of the build's manifest (plugins/offline) go into the locale's own cache,
 * which the service worker reads when the network is gone. The record of what
 * is saved is a JSON file in that same cache, so deleting the cache removes all.
 */
import {MANIFEST_PATH, parseManifest, type OfflineManifest} from '@site/plugins/offline/manifest';
import {planSave} from '@site/plugins/offline/plan';
import {CACHE_NAMES} from '@site/plugins/offline/sw/config';
import type {Part} from '@site/plugins/offline/savedSet';

/** What is saved: the manifest it was saved from (its version, its pages) and which parts. */
export type SavedLanguage = {manifest: OfflineManifest; parts: Part[]; date: string};

export type SaveProgress = {done: number; total: number};

/** Files downloaded at once: enough to keep a slow line busy, few enough not to starve the page. */
const PARALLEL = 4;

const recordUrl = (baseUrl: string) => `${baseUrl}offline/saved.json`;
const cacheName = (baseUrl: string, version: string) => CACHE_NAMES.savedPrefix(baseUrl) + version;

/** The saved caches of the locale: normally one; two while an update is being saved. */
const savedCaches = async (baseUrl: string) => (await caches.keys()).filter((name) => name.startsWith(CACHE_NAMES.savedPrefix(baseUrl)));

async function readRecord(name: string, baseUrl: string): Promise<SavedLanguage | undefined> {
  const response = await (await caches.open(name)).match(recordUrl(baseUrl));
  const record = (await response?.json().catch(() => undefined)) as Partial<SavedLanguage> | undefined;
  const manifest = parseManifest(record?.manifest);
  return manifest && Array.isArray(record?.parts) && typeof record.date === 'string' ? {manifest, parts: record.parts, date: record.date} : undefined;
}

/** The locale's saved copy, if one was saved to the end. */
export async function readSaved(baseUrl: string): Promise<SavedLanguage | undefined> {
  for (const name of await savedCaches(baseUrl)) {
    const saved = await readRecord(name, baseUrl);
    if (saved) return saved;
  }
  return undefined;
}

/** A response the worker can answer a navigation with: one that followed a redirect cannot be (fetch's rule), so it is copied. */
async function storable(url: string): Promise<Response> {
  const response = await fetch(url, {cache: 'no-cache', credentials: 'omit'});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.redirected ? new Response(await response.blob(), {status: response.status, statusText: response.statusText, headers: response.headers}) : response;
}

const pathsIn = async (cache: Cache) => new Set((await cache.keys()).map((request) => new URL(request.url).pathname));

/**
 * Saves (or brings up to date) `parts` of the locale at `baseUrl`, calling
 * `onProgress` after each file. The new version goes into its own cache; the
 * previous one is deleted only once the new one is complete.
 */
export async function saveLanguage(baseUrl: string, parts: Part[], onProgress: (progress: SaveProgress) => void): Promise<SavedLanguage> {
  const manifest = parseManifest(await (await fetch(baseUrl + MANIFEST_PATH, {cache: 'no-cache'})).json());
  if (!manifest) throw new Error(`${baseUrl + MANIFEST_PATH} is not a list of pages to save`);
  const target = cacheName(baseUrl, manifest.version);
  const previousName = (await savedCaches(baseUrl)).find((name) => name !== target);
  const cache = await caches.open(target);
  const previous = previousName ? await caches.open(previousName) : undefined;
  const plan = planSave(manifest, parts, await pathsIn(cache), previous ? await pathsIn(previous) : new Set());
  const total = plan.download.length + plan.copy.length;
  let done = 0;
  onProgress({done, total});
  const queue = [...plan.copy.map((url) => ({url, copy: true})), ...plan.download.map((url) => ({url, copy: false}))];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      const copied = item.copy ? await previous?.match(item.url) : undefined;
      await cache.put(item.url, copied ?? (await storable(item.url)));
      onProgress({done: ++done, total});
    }
  };
  try {
    await Promise.all(Array.from({length: PARALLEL}, worker));
  } catch (error) {
    // An unfinished copy is no copy: the previous one (if any) stays as it was.
    if (target !== previousName && !(await readRecord(target, baseUrl))) await caches.delete(target);
    throw error;
  }
  const saved: SavedLanguage = {manifest, parts, date: new Date().toISOString()};
  await cache.put(recordUrl(baseUrl), new Response(JSON.stringify(saved), {headers: {'Content-Type': 'application/json'}}));
  if (previousName) await caches.delete(previousName);
  return saved;
}

/** Removes the locale's saved copy (every version of it). */
export async function removeSaved(baseUrl: string): Promise<void> {
  await Promise.all((await savedCaches(baseUrl)).map((name) => caches.delete(name)));
}
