const results = new Map<string, Promise<unknown>>();

/**
 * For work that does not depend on the locale: a production build of six
 * locales does it once per `key`; the development server does it again on
 * every change, so that edits show.
 */
export function oncePerBuild<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV !== 'production') return compute();
  if (!results.has(key)) results.set(key, compute());
  return results.get(key) as Promise<T>;
}
