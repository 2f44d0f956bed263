import {existsSync} from 'node:fs';
import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {writeAtomically} from '../../utils/files';
import {previousDir, recoverSnapshot, stagingDir} from '../snapshotDirs';
import type {Snapshot} from '../types';

/** Files as git should see them: fixed key order (the objects are built in schema order), 2 spaces, final newline. */
export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
export const threadFile = (number: number) => `${String(number).padStart(4, '0')}.json`;

/** The points between the writer's steps, in order: a test stops the writer at each. */
export const WRITE_STEPS = ['threads-staged', 'staged', 'old-moved-aside', 'new-moved-in', 'old-removed'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

/**
 * Replaces the snapshot in `dir` as a whole (see snapshotDirs.ts): the new
 * one is staged next to it, its state file last, then swapped in with two
 * renames. Wherever the process stops, the old or the new snapshot stays
 * readable, and the next sync finishes the swap first.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot, reached: (step: WriteStep) => void = () => {}): Promise<void> {
  await recoverSnapshot(dir);
  const staging = stagingDir(dir);
  const previous = previousDir(dir);
  await rm(staging, {recursive: true, force: true});
  await mkdir(path.join(staging, 'threads'), {recursive: true});
  for (const thread of [...snapshot.threads].sort((a, b) => a.number - b.number)) {
    await writeFile(path.join(staging, 'threads', threadFile(thread.number)), toJson(thread));
  }
  reached('threads-staged');
  await writeAtomically(path.join(staging, 'state.json'), toJson(snapshot.state));
  reached('staged');
  await rm(previous, {recursive: true, force: true});
  if (existsSync(dir)) await rename(dir, previous);
  reached('old-moved-aside');
  await rename(staging, dir);
  reached('new-moved-in');
  await rm(previous, {recursive: true, force: true});
  reached('old-removed');
}
