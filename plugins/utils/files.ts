import {mkdir, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Writes `text` to a temporary name next to `target`, then renames it: a reader never sees half a file. */
export async function writeAtomically(target: string, text: string): Promise<void> {
  await mkdir(path.dirname(target), {recursive: true});
  await writeFile(`${target}.tmp`, text);
  await rename(`${target}.tmp`, target);
}
