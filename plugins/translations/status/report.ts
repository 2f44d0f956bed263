import {classifyTranslations, coverage} from './classify';
import {describeChange} from './change';
import {readHistory, uncommitted} from './gitHistory';
import {pinnedVersionFinder} from './pinnedVersion';
import {readTranslations, translationsDir} from './readTranslations';
import {readUiStrings} from './readUiStrings';
import {TRANSLATION_STATES} from '../../content-model/frontMatter';
import {toIsoDay} from '../../../src/lib/dates';
import {readTranslationMeta} from '../reviewers/translationMeta';
import {readReviewers} from '../reviewers/reviewers';
import type {TranslatedLocale} from '../../../locales';
import type {TranslationState} from '../../content-model/frontMatter';
import type {SourceChange} from './change';
import type {StatusEntry} from './classify';
import type {FileVersion} from './gitHistory';
import type {UiStringsStatus} from './readUiStrings';

/** One (page, locale) pair with what a translator needs to act on it. */
export type ReportEntry = StatusEntry & {
  /** The translation's path relative to the site directory (where it is, or would be). */
  file: string;
  /**
   * Since when it needs work (ISO date, from git): a missing page since its
   * English source was first committed, an outdated one since the source first
   * changed after the pinned version, an orphaned or untracked one since the
   * translation was last committed. `null` without history.
   */
  since: string | null;
  /** The commit of the English version the translation pins, when git knows it. */
  pinnedCommit: string | null;
  /** For an outdated page: how much the English changed since the pin; `null` when the pinned version is not in the history. */
  change: SourceChange | null;
  /** How the translation was made and reviewed (its `translation:` block); `null` when missing or without a valid state. */
  review: ReviewState | null;
};

/** A translation's `translation:` block, as far as the dashboard needs it. */
export type ReviewState = {state: TranslationState; date: string | null; reviewer: string | null};

/** The review state a translation's text declares, or `null` (the check reports a bad block). */
export function reviewStateOf(text: string): ReviewState | null {
  const meta = readTranslationMeta(text);
  if (!meta || !(TRANSLATION_STATES as readonly unknown[]).includes(meta.state)) return null;
  return {state: meta.state as TranslationState, date: toIsoDay(meta.date) ?? null, reviewer: typeof meta.reviewer === 'string' ? meta.reviewer : null};
}

export type SourceSummary = {page: string; hash: string; /** last commit of the page, if the file matches it */ commit: string | null; /** ISO date of that commit */ updated: string | null};

export type TranslationReport = {
  /** Whether git history was available (change sizes, dates and diff links need it). */
  history: boolean;
  sources: SourceSummary[];
  entries: ReportEntry[];
  /** Per locale, the share (0–100) of pages that are current and of UI strings translated. */
  coverage: Record<string, {pages: number; ui: number}>;
  ui: Record<string, UiStringsStatus>;
  /** Per locale, how many reviewers data/translations/reviewers.yml lists (0: reviewers wanted). */
  reviewers: Record<string, number>;
};

const byDate = (a: ReportEntry, b: ReportEntry) =>
  (a.since ?? '9999').localeCompare(b.since ?? '9999') || a.locale.localeCompare(b.locale) || a.page.localeCompare(b.page);

/** Entries that need work, oldest first: what the dashboard lists. */
export const oldestFirst = (entries: readonly ReportEntry[]) => entries.filter((e) => e.status !== 'current').sort(byDate);

/**
 * Reads the site and tells, for each page and locale, where its translation
 * stands; git history (when there is any) adds dates, change sizes and commits.
 */
export async function buildTranslationReport(siteDir: string, locales: readonly string[]): Promise<TranslationReport> {
  const [{sources, translations}, sourceHistory, translationHistory, ui, edited, reviewers] = await Promise.all([
    readTranslations(siteDir, locales),
    readHistory(siteDir, 'docs'),
    readHistory(siteDir, 'i18n'),
    readUiStrings(siteDir, locales),
    uncommitted(siteDir, 'docs'),
    readReviewers(siteDir),
  ]);
  const findPinned = pinnedVersionFinder(siteDir);
  const versionsOf = (page: string): FileVersion[] => sourceHistory?.get(page) ?? [];

  const sourceSummaries = [...sources.values()].map(({page, hash}): SourceSummary => {
    const latest = edited.has(page) ? undefined : versionsOf(page)[0];
    return {page, hash, commit: latest?.commit ?? null, updated: versionsOf(page)[0]?.date ?? null};
  });

  const pins = new Map([...translations].map(([locale, pages]) => [locale, new Map([...pages].map(([page, t]) => [page, t.pin?.hash ?? null]))]));
  const statuses = classifyTranslations(new Map([...sources].map(([page, s]) => [page, s.hash])), pins);

  const entries = await Promise.all(
    statuses.map(async (entry): Promise<ReportEntry> => {
      const file = `${translationsDir(entry.locale)}/${entry.page}`;
      const translation = translations.get(entry.locale)?.get(entry.page);
      const source = sources.get(entry.page);
      const versions = versionsOf(entry.page);
      const translated = translationHistory?.get(file.slice('i18n/'.length))?.[0]?.date ?? null;
      const base = {...entry, file, since: null, pinnedCommit: null, change: null, review: translation ? reviewStateOf(translation.text) : null};
      if (entry.status === 'missing') return {...base, since: versions.at(-1)?.date ?? null};
      if (entry.status === 'orphaned' || entry.status === 'untracked') return {...base, since: translated};
      const pinned = translation?.pin && source ? await findPinned(source.file, translation.pin, versions) : null;
      if (entry.status === 'current' || !pinned || !source) return {...base, since: translated, pinnedCommit: pinned?.commit ?? null};
      return {
        ...base,
        pinnedCommit: pinned.commit,
        since: pinned.index > 0 ? (versions[pinned.index - 1]?.date ?? null) : null,
        change: describeChange(pinned.text, source.text),
      };
    }),
  );

  findPinned.close();
  const pages = coverage(statuses);
  return {
    history: sourceHistory !== null,
    sources: sourceSummaries,
    entries,
    coverage: Object.fromEntries(
      locales.map((locale) => {
        const strings = ui.get(locale);
        const translatedStrings = strings ? strings.total - strings.missing.length - strings.untranslated.length : 0;
        return [locale, {pages: pages.get(locale) ?? 100, ui: strings && strings.total > 0 ? Math.round((translatedStrings / strings.total) * 100) : 100}];
      }),
    ),
    ui: Object.fromEntries(ui),
    reviewers: Object.fromEntries(locales.map((locale) => [locale, reviewers[locale as TranslatedLocale]?.length ?? 0])),
  };
}
