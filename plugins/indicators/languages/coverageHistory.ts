import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {classifyTranslations, coverage} from '../../translations/status/classify';
import {contentHash} from '../../translations/status/contentHash';
import {versionReader} from '../../translations/status/gitHistory';
import {pinOf, translationsDir} from '../../translations/status/readTranslations';

const run = promisify(execFile);

const git = async (cwd: string, args: string[]) => (await run('git', args, {cwd, maxBuffer: 256 * 1024 * 1024})).stdout;

/** The translation coverage of every locale at one commit. */
export type CoveragePoint = {
  /** YYYY-MM-DD (UTC) of the commit */
  date: string;
  commit: string;
  /** locale -> share 0..100 of English pages whose translation is current, as `coverage()` computes it */
  coverage: Record<string, number>;
};

type Commit = {commit: string; /** ISO 8601 */ date: string};

/**
 * Coverage per locale from the English pages' content hashes and the hashes
 * the translations pin (`null`: no pin). With no English page there is nothing
 * left to translate: 100, as `coverage()` counts an empty total.
 */
function coverageOfPins(
  sources: ReadonlyMap<string, string>,
  pins: ReadonlyMap<string, ReadonlyMap<string, string | null>>,
  locales: readonly string[],
): Record<string, number> {
  const shares = coverage(classifyTranslations(sources, new Map(locales.map((locale) => [locale, pins.get(locale) ?? new Map()]))));
  return Object.fromEntries(locales.map((locale) => [locale, shares.get(locale) ?? 100]));
}

/** The coverage at one point in time, from the texts of that tree: English markdown by page, and each locale's translations by page. */
export function coverageOfTree(
  sources: ReadonlyMap<string, string>,
  translations: ReadonlyMap<string, ReadonlyMap<string, string>>,
  locales: readonly string[],
): Record<string, number> {
  return coverageOfPins(
    new Map([...sources].map(([page, text]) => [page, contentHash(text)])),
    new Map([...translations].map(([locale, pages]) => [locale, new Map([...pages].map(([page, text]) => [page, pinOf(text)?.hash ?? null]))])),
    locales,
  );
}

/**
 * Which commits to chart, oldest first: the last commit of each UTC day, and
 * when there are more than `maxPoints` days, the first, the last and days
 * evenly spaced between them. `commits` may be newest or oldest first.
 */
export function samplePoints(commits: readonly Commit[], maxPoints: number): Commit[] {
  const time = (commit: Commit) => Date.parse(commit.date);
  const newestFirst = commits.length > 1 && time(commits[0]!) > time(commits.at(-1)!);
  // Stable: commits with the same time keep their history order.
  const ordered = (newestFirst ? [...commits].reverse() : [...commits]).sort((a, b) => time(a) - time(b));
  const lastOfDay = new Map(ordered.map((commit) => [new Date(commit.date).toISOString().slice(0, 10), commit]));
  const days = [...lastOfDay.values()];
  if (days.length <= maxPoints) return days;
  if (maxPoints < 2) return days.slice(days.length - maxPoints);
  return Array.from({length: maxPoints}, (_, i) => days[Math.round((i * (days.length - 1)) / (maxPoints - 1))]!);
}

/** A page as the docs plugin sees it: Markdown, and no `_` file or folder (partials). */
const isPage = (page: string) => /\.mdx?$/.test(page) && !page.split('/').some((part) => part.startsWith('_'));

/**
 * Translation coverage per locale over time: the commits that touched the
 * English pages or the locales' translations (one `git log`), sampled by
 * `samplePoints`, each tree listed with `git ls-tree` and its files read
 * through one `git cat-file --batch` process, each blob hashed once (most
 * repeat between points). `null` when `siteDir` is not in a git work tree or
 * has no commits (a tarball); a shallow clone gives fewer points.
 */
export async function readCoverageHistory(
  siteDir: string,
  locales: readonly string[],
  {maxPoints = 24}: {maxPoints?: number} = {},
): Promise<CoveragePoint[] | null> {
  const dirs = ['docs', ...locales.map(translationsDir)];
  let log: string;
  try {
    // Pathspecs, and the paths `ls-tree` prints, are relative to `siteDir` (no `--full-name`).
    log = await git(siteDir, ['log', '--format=%H %ct', '--', ...dirs]);
  } catch {
    return null;
  }
  const commits = log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit = '', seconds = '0'] = line.split(' ');
      return {commit, date: new Date(Number(seconds) * 1000).toISOString()};
    });

  const reader = versionReader(siteDir);
  const versions = new Map<string, Promise<{hash: string; pin: string | null}>>();
  const versionOf = (commit: string, blob: string, file: string) => {
    let version = versions.get(blob);
    if (!version) {
      version = reader.read(commit, file).then((text) => {
        if (text === null) throw new Error(`git could not read ${file} at ${commit}`);
        return {hash: contentHash(text), pin: pinOf(text)?.hash ?? null};
      });
      versions.set(blob, version);
    }
    return version;
  };

  try {
    return await Promise.all(
      samplePoints(commits, maxPoints).map(async ({commit, date}) => {
        const sources = new Map<string, string>();
        const pins = new Map(locales.map((locale) => [locale, new Map<string, string | null>()]));
        const tree = await git(siteDir, ['ls-tree', '-r', '-z', commit, '--', ...dirs]);
        await Promise.all(
          tree
            .split('\0')
            .filter(Boolean)
            .map(async (entry) => {
              const tab = entry.indexOf('\t');
              const [, type, blob = ''] = entry.slice(0, tab).split(' ');
              const file = entry.slice(tab + 1);
              const locale = locales.find((l) => file.startsWith(`${translationsDir(l)}/`));
              const dir = locale === undefined ? 'docs' : translationsDir(locale);
              const page = file.slice(dir.length + 1);
              if (type !== 'blob' || !file.startsWith(`${dir}/`) || !isPage(page)) return;
              const {hash, pin} = await versionOf(commit, blob, file);
              if (locale === undefined) sources.set(page, hash);
              else pins.get(locale)?.set(page, pin);
            }),
        );
        return {date: date.slice(0, 10), commit, coverage: coverageOfPins(sources, pins, locales)};
      }),
    );
  } finally {
    reader.close();
  }
}
