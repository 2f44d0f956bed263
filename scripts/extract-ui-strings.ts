/**
 * Writes the English reference of every UI string to i18n/en (what
 * `docusaurus write-translations` extracts), with keys sorted so that the
 * files only change when a string does. Translations are checked against it.
 *
 * Usage: npm run i18n:extract
 */
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const siteDir = path.join(__dirname, '..');
const referenceDir = path.join(siteDir, 'i18n', 'en');

// Start empty: strings removed from the code must disappear from the reference too.
rmSync(referenceDir, {recursive: true, force: true});
execFileSync('npx', ['docusaurus', 'write-translations', '--locale', 'en'], {cwd: siteDir, stdio: 'inherit'});

for (const file of readdirSync(referenceDir, {recursive: true, encoding: 'utf8'})) {
  if (!file.endsWith('.json')) continue;
  const target = path.join(referenceDir, file);
  const content = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  const sorted = Object.fromEntries(Object.entries(content).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(`${target}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
}
