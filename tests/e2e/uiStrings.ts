import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** The UI strings of `locale` (`i18n/<locale>/code.json`), by id: what its pages should show. */
export async function uiStrings(locale: string): Promise<Record<string, string>> {
  const file = JSON.parse(await readFile(path.join(__dirname, '../../i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;
  return Object.fromEntries(Object.entries(file).map(([id, {message}]) => [id, message]));
}
