/**
 * Loads the ALTCHA widget (`<altcha-widget>`) on demand, with a worker file
 * of the site for the SHA algorithms the gateway uses, and the strings of the
 * page's language. Only the ask page with a gateway imports this module, and
 * only once the member starts filling in its form.
 *
 * The widget's default build starts its workers from `blob:` and `data:`
 * URLs, which the pages' policy (`script-src 'self'`) forbids: its SHA
 * algorithms are registered again here with our worker. Its `external` build
 * has no such workers, but its stylesheet would then go through the bundler,
 * which merges every stylesheet into the one all pages load; the default build
 * injects its styles itself, here only (2 KB gzip more, on this page only).
 */
import type {} from 'altcha/types/global';

/** The widget's own translations of its few strings, by site locale (English is built in). */
const LANGUAGES: Record<string, {code: string; load: () => Promise<unknown>}> = {
  ar: {code: 'ar', load: () => import('altcha/i18n/ar')},
  es: {code: 'es-es', load: () => import('altcha/i18n/es-es')},
  fr: {code: 'fr-fr', load: () => import('altcha/i18n/fr-fr')},
  ru: {code: 'ru', load: () => import('altcha/i18n/ru')},
  zh: {code: 'zh-cn', load: () => import('altcha/i18n/zh-cn')},
};

/** Resolves to the widget's language code once `<altcha-widget>` is defined. */
export async function loadAltcha(locale: string): Promise<string> {
  await import('altcha');
  const worker = () => new Worker(new URL('./shaWorker.ts', import.meta.url));
  for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512']) globalThis.$altcha.algorithms.set(algorithm, worker);
  const language = LANGUAGES[locale];
  if (!language) return 'en';
  await language.load();
  return language.code;
}
