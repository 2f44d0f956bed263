/**
 * Writes the English reference of every UI string (what `docusaurus
 * write-translations` extracts from the code, the theme and the config) to
 * i18n/_reference, keys sorted so that files change only when a string does.
 * Translations in i18n/<locale> are checked against it.
 *
 * It is kept out of i18n/en on purpose: Docusaurus would ship that file in the
 * English bundle, which needs no translation.
 *
 * i18n/_reference/gateway/ is not extracted: the question gateway's English
 * messages are written there by hand (gateway/messages.ts reads them), and kept.
 *
 * Usage: npm run i18n:extract
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const i18nDir = path.join(__dirname, '..', 'i18n');
const extracted = path.join(i18nDir, 'en');
const reference = path.join(i18nDir, '_reference');
/** The folder of the reference that is a source, not an extract. */
const HAND_WRITTEN = 'gateway';

const sortKeys = (content: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(content).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Atomic write: a reader never sees half a file. */
function writeJson(target: string, content: unknown) {
  mkdirSync(path.dirname(target), {recursive: true});
  writeFileSync(`${target}.tmp`, `${JSON.stringify(content, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
}

// Start empty: strings removed from the code must disappear from the reference too.
rmSync(extracted, {recursive: true, force: true});
execFileSync('npx', ['docusaurus', 'write-translations', '--locale', 'en'], {
  cwd: path.dirname(i18nDir),
  stdio: ['ignore', 'ignore', 'inherit'],
});
mkdirSync(reference, {recursive: true});
for (const entry of readdirSync(reference, {withFileTypes: true})) {
  if (entry.name !== HAND_WRITTEN) rmSync(path.join(reference, entry.name), {recursive: true, force: true});
}
for (const file of readdirSync(extracted, {recursive: true, encoding: 'utf8'})) {
  if (!file.endsWith('.json')) continue;
  const content = JSON.parse(readFileSync(path.join(extracted, file), 'utf8')) as Record<string, unknown>;
  writeJson(path.join(reference, file), sortKeys(content));
}
rmSync(extracted, {recursive: true, force: true});
console.log(`UI strings written to ${path.relative(process.cwd(), reference)}`);
