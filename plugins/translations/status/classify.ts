/** Where a translation of a page stands. */
export type TranslationStatus = 'current' | 'outdated' | 'missing' | 'orphaned' | 'untracked';

export type StatusEntry = {page: string; locale: string; status: TranslationStatus};

/**
 * Every (page, locale) pair: `sources` maps each English page to its content
 * hash; `translations` maps each locale's pages to the hash they pin (or
 * `null` when they carry no pin).
 */
export function classifyTranslations(
  sources: ReadonlyMap<string, string>,
  translations: ReadonlyMap<string, ReadonlyMap<string, string | null>>,
): StatusEntry[] {
  const entries: StatusEntry[] = [];
  for (const [locale, pages] of translations) {
    for (const [page, sourceHash] of sources) {
      const pin = pages.get(page);
      const status: TranslationStatus = pin === undefined ? 'missing' : pin === null ? 'untracked' : pin === sourceHash ? 'current' : 'outdated';
      entries.push({page, locale, status});
    }
    for (const page of pages.keys()) {
      if (!sources.has(page)) entries.push({page, locale, status: 'orphaned'});
    }
  }
  return entries.sort((a, b) => a.locale.localeCompare(b.locale) || a.page.localeCompare(b.page));
}

/** Share of the source pages that are current in each locale, 0 to 100. */
export function coverage(entries: readonly StatusEntry[]): Map<string, number> {
  const byLocale = new Map<string, {current: number; total: number}>();
  for (const {locale, status} of entries) {
    if (status === 'orphaned') continue;
    const counts = byLocale.get(locale) ?? {current: 0, total: 0};
    counts.total += 1;
    if (status === 'current') counts.current += 1;
    byLocale.set(locale, counts);
  }
  return new Map([...byLocale].map(([locale, {current, total}]) => [locale, total === 0 ? 100 : Math.round((current / total) * 100)]));
}
