import {oldestFirst} from '../status/report';
import {blobUrl, compareUrl, editUrl} from './githubLinks';
import type {TranslationStatus} from '../status/classify';
import type {SourceChange} from '../status/change';
import type {TranslationReport} from '../status/report';

/** A page the docs plugin loaded, by its path under `docs/`. */
export type DocInfo = {title: string; permalink: string};

export type WorkItem = {
  page: string;
  title: string;
  /** The page in the locale being built (its translation, or the English fallback). */
  permalink: string | null;
  status: Exclude<TranslationStatus, 'current'>;
  /** `YYYY-MM-DD`, or null without git history. */
  since: string | null;
  change: SourceChange | null;
  /** The one-click action: translate (new file, prefilled), update (editor) or review (the orphaned file). */
  action: {kind: 'translate' | 'update' | 'review'; href: string};
  /** What changed in the English page since the pinned version. */
  diffHref: string | null;
};

export type LocaleStatus = {
  locale: string;
  label: string;
  pages: number;
  ui: number;
  counts: Record<TranslationStatus, number>;
  work: WorkItem[];
  uiMissing: string[];
  uiObsolete: string[];
};

export type DashboardProps = {history: boolean; locales: LocaleStatus[]};

const STATUSES: TranslationStatus[] = ['current', 'outdated', 'missing', 'untracked', 'orphaned'];

/**
 * What the /translations page shows (pure): coverage and counts per locale,
 * then the pages that need work, oldest first, each with its GitHub link.
 * `startUrl` is where the prefilled "new translation" form is reached.
 */
export function dashboardProps(
  report: TranslationReport,
  {docs, labels, repositoryUrl, startUrl}: {docs: ReadonlyMap<string, DocInfo>; labels: Record<string, string>; repositoryUrl: string; startUrl: (locale: string, page: string) => string},
): DashboardProps {
  const work = oldestFirst(report.entries);
  return {
    history: report.history,
    locales: Object.entries(report.coverage).map(([locale, {pages, ui}]) => ({
      locale,
      label: labels[locale] ?? locale,
      pages,
      ui,
      counts: Object.fromEntries(STATUSES.map((status) => [status, report.entries.filter((e) => e.locale === locale && e.status === status).length])) as Record<TranslationStatus, number>,
      work: work
        .filter((entry) => entry.locale === locale)
        .map((entry): WorkItem => {
          const status = entry.status as WorkItem['status'];
          const doc = docs.get(entry.page);
          const action: WorkItem['action'] =
            status === 'missing'
              ? {kind: 'translate', href: startUrl(locale, entry.page)}
              : status === 'orphaned'
                ? {kind: 'review', href: blobUrl(repositoryUrl, entry.file)}
                : {kind: 'update', href: editUrl(repositoryUrl, entry.file)};
          return {
            page: entry.page,
            title: doc?.title ?? entry.page,
            permalink: doc?.permalink ?? null,
            status,
            since: entry.since?.slice(0, 10) ?? null,
            change: entry.change,
            action,
            diffHref: status === 'outdated' && entry.pinnedCommit ? compareUrl(repositoryUrl, entry.pinnedCommit, `docs/${entry.page}`) : null,
          };
        }),
      uiMissing: report.ui[locale]?.missing ?? [],
      uiObsolete: report.ui[locale]?.obsolete ?? [],
    })),
  };
}
