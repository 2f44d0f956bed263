import {execFile} from 'node:child_process';
import {cpSync, existsSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {beforeEach, describe, expect, it} from 'vitest';
import {loadSnapshot} from '../../../plugins/forum/loadSnapshot';
import {previousDir, readableSnapshotDir, stagingDir} from '../../../plugins/forum/snapshotDirs';
import {WRITE_STEPS, writeSnapshot} from '../../../plugins/forum/sync/writeSnapshot';
import {SITE, tempSnapshotDir} from './runSync';
import {changed} from './snapshots';
import type {Snapshot} from '../../../plugins/forum/types';
import type {WriteStep} from '../../../plugins/forum/sync/writeSnapshot';

let dir: string;
let old: Snapshot;

/** What a build would read now: the whole snapshot, or its problems. */
function readable(): Snapshot {
  const {snapshot, problems} = loadSnapshot(path.dirname(dir), readableSnapshotDir(dir));
  expect(problems).toEqual([]);
  return snapshot;
}

class Stopped extends Error {}
const stopAt = (step: WriteStep) => (reached: WriteStep) => {
  if (reached === step) throw new Stopped(step);
};

beforeEach(() => {
  dir = tempSnapshotDir();
  cpSync(path.join(SITE, 'data/forum'), dir, {recursive: true});
  old = readable();
});

describe('a sync stopped while it writes the snapshot', () => {
  it.each(WRITE_STEPS)('leaves the old or the new snapshot readable when it stops at "%s", and the next sync finishes', async (step) => {
    const next = changed(old);
    await expect(writeSnapshot(dir, next, stopAt(step))).rejects.toThrow(Stopped);
    expect([old, next]).toContainEqual(readable());
    // Before the new snapshot is whole, the old one is read.
    if (step === 'threads-staged') expect(readable()).toEqual(old);
    await writeSnapshot(dir, next);
    expect(readable()).toEqual(next);
    expect(readableSnapshotDir(dir)).toBe(dir);
    expect([existsSync(stagingDir(dir)), existsSync(previousDir(dir))]).toEqual([false, false]);
  });

  it('survives a real kill between the two renames, when the snapshot directory does not exist', async () => {
    await expect(promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(__dirname, 'stopWriter.ts'), dir, 'old-moved-aside'], {cwd: SITE})).rejects.toMatchObject({signal: 'SIGKILL'});
    expect(existsSync(dir)).toBe(false);
    expect(readable()).toEqual(changed(old));
  });
});
