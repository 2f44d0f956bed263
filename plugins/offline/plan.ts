import type {OfflineManifest} from './manifest';
import type {Part} from './savedSet';

/** How saving (or updating) a language fills the cache of the new version. */
export type SavePlan = {
  /** Addresses to download, pages first. */
  download: string[];
  /** Hashed files the previous saved copy already holds: copied, not downloaded again. */
  copy: string[];
};

/** Hashed files are the same file under the same name. */
const HASHED = /\.[0-9a-f]{8,}\.\w+$/;

/**
 * What to fetch so that the cache holding `inTarget` holds `parts` of
 * `manifest`, when the previous saved copy holds `inPrevious`. Pages are always
 * downloaded again (their content changes under the same address); a hashed
 * file only when neither cache has it.
 */
export function planSave(manifest: OfflineManifest, parts: readonly Part[], inTarget: ReadonlySet<string>, inPrevious: ReadonlySet<string>): SavePlan {
  const plan: SavePlan = {download: parts.flatMap((part) => manifest.pages[part].map((page) => page.url)), copy: []};
  for (const url of manifest.assets) {
    if (!HASHED.test(url)) plan.download.push(url);
    else if (inPrevious.has(url) && !inTarget.has(url)) plan.copy.push(url);
    else if (!inTarget.has(url)) plan.download.push(url);
  }
  return plan;
}
