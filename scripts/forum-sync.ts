/**
 * npm run forum:sync [-- --full]
 *
 * Reads the Discussions of the forum's repository and Q&A category (set in
 * docusaurus.config.ts) and writes the snapshot the forum pages are built
 * from. Environment: GITHUB_TOKEN (required), GITHUB_API_URL (default
 * https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3),
 * FORUM_REPOSITORY (owner/name), FORUM_SNAPSHOT_DIR, FORUM_SYNC_MAX_WAIT
 * (seconds to wait for a rate limit, default 60), FORUM_SYNC_RETRY_BASE_MS.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import siteConfig from '../docusaurus.config';
import forumPlugin from '../plugins/forum';
import {loadSnapshot} from '../plugins/forum/loadSnapshot';
import {createClient} from '../plugins/forum/sync/client';
import {SyncError} from '../plugins/forum/sync/errors';
import {syncForum} from '../plugins/forum/sync/sync';
import {writeSnapshot} from '../plugins/forum/sync/writeSnapshot';
import {recoverSnapshot} from '../plugins/forum/snapshotDirs';
import {DEFAULT_OPTIONS} from '../plugins/forum/options';
import type {Options, PluginOptions} from '../plugins/forum/options';

const siteDir = path.join(__dirname, '..');

/** A bar on a terminal, plain lines in CI logs. */
function progress(line: string, counts?: {done: number; total: number}) {
  if (!process.stderr.isTTY) {
    process.stderr.write(`${line}\n`);
    return;
  }
  const width = 24;
  const filled = counts && counts.total > 0 ? Math.round((counts.done / counts.total) * width) : 0;
  const bar = counts ? `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${counts.done}/${counts.total} ` : '';
  process.stderr.write(`\r\x1b[2K${bar}${line}`);
}

/** The forum plugin's options as docusaurus.config.ts sets them (the environment already applied). */
function forumConfig(): PluginOptions {
  const entry = siteConfig.plugins?.find((plugin) => Array.isArray(plugin) && plugin[0] === forumPlugin);
  return {...DEFAULT_OPTIONS, ...((Array.isArray(entry) ? entry[1] : {}) as Options)};
}

async function main() {
  const forumOptions = forumConfig();
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new SyncError('GITHUB_TOKEN is not set: the sync needs a token that can read the repository’s Discussions.');
  const [owner, name] = forumOptions.repository.split('/');
  if (!owner || !name) throw new SyncError(`The forum repository must be owner/name, found "${forumOptions.repository}".`);
  const apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const snapshotDir = path.resolve(siteDir, forumOptions.snapshotDir);
  const recovered = await recoverSnapshot(snapshotDir);
  if (recovered) progress(`A sync stopped while it replaced the snapshot: ${path.relative(siteDir, recovered)} moved back to ${path.relative(siteDir, snapshotDir)}.`);
  const existing = loadSnapshot(siteDir, snapshotDir);
  const previous = existing.problems.length === 0 && existing.snapshot.state ? existing.snapshot : null;
  if (existing.problems.length > 0 && existsSync(snapshotDir)) {
    progress(`The snapshot in ${path.relative(siteDir, snapshotDir)} is invalid (npm run build shows why): full sync.`);
  }
  const client = createClient({
    token,
    apiUrl,
    maxWaitSeconds: Number(process.env.FORUM_SYNC_MAX_WAIT ?? 60),
    retries: 3,
    retryBaseMs: Number(process.env.FORUM_SYNC_RETRY_BASE_MS ?? 1000),
  });
  const {snapshot, summary} = await syncForum(client, {
    config: {owner, name, category: forumOptions.category},
    previous,
    full: process.argv.includes('--full'),
    now: new Date(),
    log: progress,
  });
  if (summary.added + summary.updated + summary.removed > 0 || summary.mode === 'full') await writeSnapshot(snapshotDir, snapshot);
  if (process.stderr.isTTY) process.stderr.write('\n');
  const limit = client.rateLimit();
  console.log(
    `forum:sync: ${summary.mode} sync of ${forumOptions.repository} (${forumOptions.category}): ${summary.total} threads, ` +
      `${summary.added} added, ${summary.updated} updated, ${summary.removed} removed; ${client.requests()} request${client.requests() === 1 ? '' : 's'}` +
      `${limit ? `; rate limit: ${limit.remaining} points left` : ''}.`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof SyncError ? error.message : `unexpected error: ${(error as Error).message}`;
  console.error(`\nforum:sync: ${message} The snapshot was not changed.`);
  process.exitCode = 1;
});
