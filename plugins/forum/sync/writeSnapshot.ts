import {existsSync} from 'node:fs';
import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Snapshot} from '../types';

/** Files as git should see them: fixed key order (the objects are built in schema order), 2 spaces, final newline. */
export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
export const threadFile = (number: number) => `${String(number).padStart(4, '0')}.json`;

/**
 * Replaces the snapshot in `dir` as a whole: the new one is written next to
 * it, then swapped in with renames, so an interrupted sync leaves the old
 * snapshot as it was.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot): Promise<void> {
  const staging = `${dir}.sync-new`;
  const previous = `${dir}.sync-old`;
  await rm(staging, {recursive: true, force: true});
  await mkdir(path.join(staging, 'threads'), {recursive: true});
  await writeFile(path.join(staging, 'state.json'), toJson(snapshot.state));
  for (const thread of [...snapshot.threads].sort((a, b) => a.number - b.number)) {
    await writeFile(path.join(staging, 'threads', threadFile(thread.number)), toJson(thread));
  }
  await rm(previous, {recursive: true, force: true});
  if (existsSync(dir)) await rename(dir, previous);
  await rename(staging, dir);
  await rm(previous, {recursive: true, force: true});
}
