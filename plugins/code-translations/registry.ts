/**
 * Stands in for `@generated/codeTranslations`, which Docusaurus's `translate()`
 * reads (see ./index.ts): the UI strings of the modules loaded so far, by id.
 * Each module adds its own as it loads, before anything renders it.
 */
const messages: Record<string, string> = Object.create(null);

export default messages;

export function registerCodeTranslations(more: Record<string, string>): void {
  Object.assign(messages, more);
}
