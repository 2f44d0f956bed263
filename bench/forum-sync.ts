/**
 * What a sync costs in GraphQL requests, against the GitHub emulator: a full
 * sync of 1,000 threads, then an incremental sync with nothing new.
 * Aim (issue 5): about one request per 50 threads for a full sync; one when
 * nothing changed.
 *
 * Usage: npm run bench:forum-sync [-- --threads 1000]
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startGitHubEmulator} from '../tests/emulator/github';
import {repository} from '../tests/emulator/repository';
import {runSync} from '../tests/integration/forum-sync/runSync';

const countArg = process.argv.indexOf('--threads');
const count = countArg > -1 ? Number(process.argv[countArg + 1]) : 1000;

async function main() {
  const token = 'bench-token';
  const emulator = await startGitHubEmulator(repository(count), token);
  const work = mkdtempSync(path.join(tmpdir(), 'bsg-sync-bench-'));
  const env = {GITHUB_TOKEN: token, GITHUB_API_URL: emulator.url, FORUM_REPOSITORY: 'bsg-hub/forum-test', FORUM_SNAPSHOT_DIR: path.join(work, 'forum')};
  try {
    for (const label of ['full sync', 'no-change sync']) {
      const before = emulator.requests();
      const start = process.hrtime.bigint();
      const {code, stdout, stderr} = await runSync(env);
      if (code !== 0) throw new Error(stderr);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      console.log(`${label.padEnd(15)} ${String(emulator.requests() - before).padStart(4)} requests, ${seconds.toFixed(1)} s — ${stdout.trim()}`);
    }
  } finally {
    await emulator.close();
    rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
