/**
 * The `YYYY-MM-DD` day of a front-matter date. The docs plugin parses dates
 * with js-yaml: a `Date` on the server, its ISO string once serialized for
 * the client. Both must render the same text, or hydration fails.
 */
export function toIsoDay(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}
