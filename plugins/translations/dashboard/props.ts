import {oldestFirst} from '../status/report';
import {blobUrl, compareUrl, editUrl} from './githubLinks';
import type {TranslationStatus} from '../status/classify';
import type {SourceChange} from '../status/change';
import type {ReportEntry, TranslationReport} from '../status/report';

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

/** A translation no reviewer has approved yet, waiting since its `translation.date`. */
export type WaitingItem = {page: string; title: string; permalink: string | null; state: 'machine' | 'draft'; date: string; href: string};

/** Pages by review state (machine, draft, reviewed: translations that exist) and by freshness (outdated, missing). */
export type ReviewCounts = Record<'reviewed' | 'machine' | 'draft' | 'outdated' | 'missing', number>;

/** Translations listed as waiting longest for review, per locale. */
export const WAITING_LISTED = 5;

export type LocaleStatus = {
  locale: string;
  label: string;
  pages: number;
  ui: number;
  counts: Record<TranslationStatus, number>;
  work: WorkItem[];
  uiMissing: string[];
  uiObsolete: string[];
  review: ReviewCounts;
  /** The machine and draft translations waiting longest for review, oldest first. */
  waiting: WaitingItem[];
  /** No reviewer is listed for the language: the page asks for volunteers. */
  reviewersWanted: boolean;
};

export type DashboardProps = {history: boolean; locales: LocaleStatus[]};

const STATUSES: TranslationStatus[] = ['current', 'outdated', 'missing', 'untracked', 'orphaned'];

/** Review counts of one locale's entries, and the pages waiting longest for a reviewer. */
export function reviewProps(entries: readonly ReportEntry[], {docs, repositoryUrl}: {docs: ReadonlyMap<string, DocInfo>; repositoryUrl: string}): {review: ReviewCounts; waiting: WaitingItem[]} {
  const count = (test: (entry: ReportEntry) => boolean) => entries.filter(test).length;
  const review: ReviewCounts = {
    reviewed: count((e) => e.review?.state === 'reviewed'),
    machine: count((e) => e.review?.state === 'machine'),
    draft: count((e) => e.review?.state === 'draft'),
    outdated: count((e) => e.status === 'outdated'),
    missing: count((e) => e.status === 'missing'),
  };
  const waiting = entries
    .flatMap((entry) => {
      const state = entry.review?.state;
      const date = entry.review?.date;
      if ((state !== 'machine' && state !== 'draft') || !date) return [];
      const doc = docs.get(entry.page);
      return [{page: entry.page, title: doc?.title ?? entry.page, permalink: doc?.permalink ?? null, state, date, href: editUrl(repositoryUrl, entry.file)}];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.page.localeCompare(b.page))
    .slice(0, WAITING_LISTED);
  return {review, waiting};
}

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
      ...reviewProps(report.entries.filter((entry) => entry.locale === locale), {docs, repositoryUrl}),
      reviewersWanted: (report.reviewers[locale] ?? 0) === 0,
    })),
  };
}
