import {PARTS, type Part, type PartSummary, type SavedPage} from './savedSet';

/** `<locale>/offline/manifest.json`: what saving a language downloads, read by the page when the reader saves. */
export type OfflineManifest = {
  /** Changes when any saved file changes: a saved copy with another version is out of date. */
  version: string;
  pages: Record<Part, SavedPage[]>;
  /** The locale's code, styles and images, for every saved page. */
  assets: string[];
};

/** `<locale>/offline/summary.json`: the sizes the save button shows (a few bytes, fetched when the button comes into view). */
export type OfflineSummary = {version: string} & Record<Part, PartSummary>;

export const MANIFEST_PATH = 'offline/manifest.json';
export const SUMMARY_PATH = 'offline/summary.json';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPage = (value: unknown): value is SavedPage => isRecord(value) && typeof value.url === 'string' && typeof value.title === 'string';

/** Reads a manifest from the network or the cache; anything else (an HTML error page, an old format) is `undefined`. */
export function parseManifest(value: unknown): OfflineManifest | undefined {
  if (!isRecord(value) || typeof value.version !== 'string' || !isRecord(value.pages)) return undefined;
  if (!Array.isArray(value.assets) || !value.assets.every((asset) => typeof asset === 'string')) return undefined;
  const pages = value.pages;
  if (!PARTS.every((part) => Array.isArray(pages[part]) && (pages[part] as unknown[]).every(isPage))) return undefined;
  return value as OfflineManifest;
}

export function parseSummary(value: unknown): OfflineSummary | undefined {
  if (!isRecord(value) || typeof value.version !== 'string') return undefined;
  const valid = PARTS.every((part) => {
    const summary = value[part];
    return isRecord(summary) && typeof summary.bytes === 'number' && typeof summary.pages === 'number';
  });
  return valid ? (value as OfflineSummary) : undefined;
}
