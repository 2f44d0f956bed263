/**
 * Which files of a locale's build a reader saves for offline reading (issue 23):
 * a pure function of the build's file list, so the rules are tested without a build.
 */

/** One file of a locale's build, by its path relative to that locale's folder (`docs/handbooks.html`). */
export type BuiltFile = {path: string; bytes: number};

/** A page of the saved set: the address a link to it uses, and its title for the offline page's list. */
export type SavedPage = {url: string; title: string};

/** The parts a reader can save; the forum is optional, with its own size. */
export const PARTS = ['guidance', 'forum'] as const;
export type Part = (typeof PARTS)[number];

/** What a part costs to download (compressed bytes, as a static host sends them). */
export type PartSummary = {pages: number; bytes: number};

/**
 * The pages of each part. Guidance: the docs (guidelines, handbooks, mentor
 * guidance), the catalogue (Recommendations, study groups), the home page and
 * the offline page. Forum: the thread list and the threads, not the ask page
 * (asking needs the network).
 */
const PAGE_RULES: Record<Part, readonly RegExp[]> = {
  guidance: [/^index\.html$/, /^offline\.html$/, /^docs\/.+\.html$/, /^recommendations(\/.+)?\.html$/, /^study-groups(\/.+)?\.html$/],
  forum: [/^forum\.html$/, /^forum\/(?!ask\.html$).+\.html$/],
};

/** Code, styles, fonts and images every saved page may load: the locale's own `assets/` and `img/` (never another locale's). */
const ASSET_RULE = /^(assets|img)\//;

/** The address of a built page: `docs/handbooks.html` → `/fr/docs/handbooks`, `index.html` → `/fr/`. */
export function pageUrl(baseUrl: string, path: string): string {
  if (path === 'index.html') return baseUrl;
  return baseUrl + path.replace(/(\/index)?\.html$/, '');
}

/** Sorts a locale's files into the parts and the assets; files of other locales must not be in `files`. */
export function classifyFiles(files: readonly BuiltFile[]): Record<Part | 'assets', BuiltFile[]> {
  const sorted: Record<Part | 'assets', BuiltFile[]> = {guidance: [], forum: [], assets: []};
  for (const file of files) {
    const part = PARTS.find((name) => PAGE_RULES[name].some((rule) => rule.test(file.path)));
    if (part) sorted[part].push(file);
    else if (ASSET_RULE.test(file.path)) sorted.assets.push(file);
  }
  for (const list of Object.values(sorted)) list.sort((a, b) => a.path.localeCompare(b.path));
  return sorted;
}

/** The files of the locale whose folder is `dir` ('' for the default locale), given every file of the build. */
export function filesOfLocale(files: readonly BuiltFile[], dir: string, otherLocaleDirs: readonly string[]): BuiltFile[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  return files
    .filter((file) => file.path.startsWith(prefix))
    .map((file) => ({...file, path: file.path.slice(prefix.length)}))
    .filter((file) => !otherLocaleDirs.some((other) => file.path.startsWith(`${other}/`)));
}

const sum = (files: readonly BuiltFile[]) => files.reduce((total, file) => total + file.bytes, 0);

/**
 * What saving costs: the guidance with every asset, and the forum's pages on
 * top of it (the forum is saved with the guidance, never alone).
 */
export function summarize(sorted: Record<Part | 'assets', readonly BuiltFile[]>): Record<Part, PartSummary> {
  return {
    guidance: {pages: sorted.guidance.length, bytes: sum(sorted.guidance) + sum(sorted.assets)},
    forum: {pages: sorted.forum.length, bytes: sum(sorted.forum)},
  };
}
