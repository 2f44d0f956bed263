import {execFile} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const SITE = path.join(__dirname, '../../..');
const TSX = path.join(SITE, 'node_modules/.bin/tsx');

export const tempSnapshotDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'bsg-sync-')), 'forum');

/** Runs the real `npm run forum:sync` command (its script) against the emulator. */
export function runSync(env: Record<string, string | undefined>, args: string[] = []): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [path.join(SITE, 'scripts/forum-sync.ts'), ...args],
      {cwd: SITE, env: {PATH: process.env.PATH, HOME: process.env.HOME, FORUM_SYNC_RETRY_BASE_MS: '1', FORUM_SYNC_MAX_WAIT: '0', ...env}, timeout: 60_000},
      (error, stdout, stderr) => resolve({code: error ? Number((error as {code?: number}).code ?? 1) : 0, stdout, stderr}),
    );
  });
}

/** Every file of a snapshot with its content: equal before and after means untouched. */
export function readTree(dir: string): Record<string, string> {
  try {
    return Object.fromEntries(
      readdirSync(dir, {recursive: true, encoding: 'utf8'})
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
    );
  } catch {
    return {};
  }
}
