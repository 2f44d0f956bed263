import {existsSync} from 'node:fs';
import {rename} from 'node:fs/promises';
import path from 'node:path';

/**
 * A sync replaces the snapshot directory as a whole: it writes the new one
 * next to it (`<dir>.sync-new`, its `state.json` last), moves the old one
 * aside (`<dir>.sync-old`), moves the new one in, and removes the old one.
 * Between the two moves `<dir>` does not exist; these functions find the
 * snapshot then, so that a sync stopped at any point leaves the old or the
 * new snapshot readable.
 */
export const stagingDir = (dir: string) => `${dir}.sync-new`;
export const previousDir = (dir: string) => `${dir}.sync-old`;

/** The state file is written last: a staged snapshot that has it is whole. */
const isComplete = (dir: string) => existsSync(path.join(dir, 'state.json'));

/** The directory to read the snapshot from: `dir`, else the whole new one a stopped sync left, else the old one. */
export function readableSnapshotDir(dir: string): string {
  if (existsSync(dir)) return dir;
  if (isComplete(stagingDir(dir))) return stagingDir(dir);
  if (existsSync(previousDir(dir))) return previousDir(dir);
  return dir;
}

/** Finishes what a stopped sync left: moves the snapshot it would read back to `dir`. Returns where it came from, if it moved. */
export async function recoverSnapshot(dir: string): Promise<string | null> {
  const readable = readableSnapshotDir(dir);
  if (readable === dir) return null;
  await rename(readable, dir);
  return readable;
}
