import {execFileSync} from 'node:child_process';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {startGitHubEmulator} from '../../emulator/github';
import {comment, discussion, repository} from '../../emulator/repository';
import {readTree, runSync, SITE, tempSnapshotDir} from './runSync';
import type {Emulator} from '../../emulator/github';

// Not shaped like a real GitHub token, so that secret scanners stay quiet.
const TOKEN = 'emulator-secret-token-0123456789';
let emulator: Emulator;
let snapshotDir: string;
const env = (overrides: Record<string, string | undefined> = {}) => ({
  GITHUB_TOKEN: TOKEN,
  GITHUB_API_URL: emulator.url,
  FORUM_REPOSITORY: 'bsg-hub/forum-test',
  FORUM_SNAPSHOT_DIR: snapshotDir,
  ...overrides,
});
const thread = (number: number) => JSON.parse(readFileSync(path.join(snapshotDir, 'threads', `${String(number).padStart(4, '0')}.json`), 'utf8'));

beforeAll(async () => {
  const repo = repository(60);
  // Edge cases: a deleted asker, a spam comment, a long thread, many replies, an unanswered question.
  Object.assign(repo.discussions[0]!, {author: null, comments: [comment('DC_1_1', 2), comment('DC_1_spam', 3, {minimizedReason: 'spam'})], answerId: 'DC_1_1'});
  Object.assign(repo.discussions[1]!, {comments: Array.from({length: 35}, (_, i) => comment(`DC_2_${i}`, 3))});
  repo.discussions[2]!.comments[0]!.replies = Array.from({length: 33}, (_, i) => comment(`DC_3_r${i}`, 4));
  Object.assign(repo.discussions[3]!, {answerId: null, comments: []});
  emulator = await startGitHubEmulator(repo, TOKEN);
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  snapshotDir = tempSnapshotDir();
});

describe('forum:sync against the emulator', () => {
  it('reads every thread of the category, with all comments and replies, into the snapshot', async () => {
    const {code, stdout} = await runSync(env());
    expect(code).toBe(0);
    // 1 category lookup + 2 pages of 50 + 1 more page of comments (thread 2) + 1 more page of replies (thread 3).
    expect(stdout).toMatch(/full sync of bsg-hub\/forum-test \(Q&A\): 60 threads, 60 added, 0 updated, 0 removed; 5 requests/);
    expect(Object.keys(readTree(snapshotDir))).toHaveLength(61);
    expect(thread(1).author).toEqual({login: 'ghost', url: 'https://github.com/ghost', association: 'NONE'});
    expect(thread(1).comments[1]).toMatchObject({minimized: true, minimized_reason: 'spam'});
    expect(thread(2).comments).toHaveLength(35);
    expect(thread(3).comments[0].replies).toHaveLength(33);
    expect(JSON.parse(readFileSync(path.join(snapshotDir, 'state.json'), 'utf8'))).toMatchObject({repository: 'bsg-hub/forum-test', category: 'Q&A', sample: false});
  });

  it('costs one request when nothing changed (plus the re-read of unanswered threads), and leaves the files as they were', async () => {
    await runSync(env());
    const before = readTree(snapshotDir);
    const start = emulator.requests();
    const {code, stdout} = await runSync(env());
    expect(code).toBe(0);
    expect(stdout).toMatch(/incremental sync .* 0 added, 0 updated, 0 removed; 2 requests/);
    expect(emulator.requests() - start).toBe(2);
    expect(readTree(snapshotDir)).toEqual(before);
  });

  it('picks up a new answer, an accepted answer, a new comment on an old thread; --full drops a deleted thread', async () => {
    await runSync(env());
    const repo = emulator.repository;
    const now = new Date().toISOString();
    // An accepted answer on the unanswered thread, without moving its updatedAt.
    const unanswered = repo.discussions[3]!;
    unanswered.comments.push(comment('DC_4_new', 10, {body: 'The accepted answer'}));
    unanswered.answerId = 'DC_4_new';
    // A new comment on an old answered thread, which moves its updatedAt.
    const old = repo.discussions[10]!;
    old.comments.push(comment('DC_11_new', 20, {body: 'A late comment'}));
    old.updatedAt = now;
    // A new question.
    repo.discussions.push(discussion(100, 40, {updatedAt: now}));
    const {stdout} = await runSync(env());
    expect(stdout).toMatch(/incremental sync .* 61 threads, 1 added, 2 updated, 0 removed/);
    expect(thread(4).answer_id).toBe('DC_4_new');
    expect(thread(11).comments.at(-1).body).toBe('A late comment');

    repo.discussions.splice(repo.discussions.findIndex((d) => d.number === 20), 1);
    expect((await runSync(env())).stdout).toMatch(/0 removed/);
    const full = await runSync(env(), ['--full']);
    expect(full.stdout).toMatch(/full sync .* 60 threads, 0 added, 0 updated, 1 removed/);
  });

  it('replaces the sample snapshot, or one of another repository, with a full sync and says so', async () => {
    cpSync(path.join(SITE, 'data/forum'), snapshotDir, {recursive: true});
    const sample = await runSync(env());
    expect(sample.stderr).toContain('The snapshot is the sample: replacing it with a full sync.');
    expect(sample.stdout).toMatch(/full sync .*: 60 threads/);
    const state = JSON.parse(readFileSync(path.join(snapshotDir, 'state.json'), 'utf8'));
    writeFileSync(path.join(snapshotDir, 'state.json'), JSON.stringify({...state, repository: 'other/repo'}));
    expect((await runSync(env())).stderr).toContain('The snapshot is of other/repo (Q&A), not bsg-hub/forum-test (Q&A): full sync.');
  });
});

describe('forum:sync faults', () => {
  const expectFailure = async (result: {code: number; stdout: string; stderr: string}, message: RegExp, before: Record<string, string>) => {
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n').filter(Boolean).at(-1)).toMatch(message);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    expect(readTree(snapshotDir)).toEqual(before);
  };

  it.each([
    ['no token', {GITHUB_TOKEN: ''}, null, /GITHUB_TOKEN is not set/],
    ['a rejected token', {GITHUB_TOKEN: 'ghp_wrong'}, null, /rejected the token \(401/],
    ['a repository that does not exist', {FORUM_REPOSITORY: 'bsg-hub/nope'}, null, /no such repository|no repository bsg-hub\/nope/],
    ['the primary rate limit', {}, 'rate-limit', /rate limit is exhausted/],
    ['the secondary rate limit', {}, 'secondary-rate-limit', /rate limit is exhausted/],
    ['server errors that persist', {}, 'server-error', /answered 502 even after retries/],
    ['a malformed response', {}, 'malformed-json', /could not be read|not what/],
    ['a response that is not what the schema promises', {}, 'wrong-shape', /not what the (schema promises|sync expects)/],
    ['a network that cannot be reached', {GITHUB_API_URL: 'http://127.0.0.1:1'}, null, /Cannot reach http:\/\/127\.0\.0\.1:1\b/],
  ] as const)('%s: one line, non-zero exit, snapshot untouched', async (_, overrides, fault, message) => {
    await runSync(env());
    const before = readTree(snapshotDir);
    if (fault) emulator.inject(fault, fault === 'server-error' ? 4 : 1);
    await expectFailure(await runSync(env({...overrides, FORUM_SNAPSHOT_DIR: snapshotDir}), ['--full']), message, before);
  });

  it('a category that does not exist', async () => {
    await runSync(env());
    const before = readTree(snapshotDir);
    await expectFailure(await runSync(env({FORUM_CATEGORY: 'Nope'}), ['--full']), /has no Discussions category "Nope" \(it has: General, Q&A\)/, before);
  });
});

describe('sync, then build', () => {
  it('shows a new answer on the thread page', async () => {
    await runSync(env());
    const target = emulator.repository.discussions.find((d) => d.number === 5)!;
    target.comments.push(comment('DC_5_fresh', 30, {body: 'A fresh answer from the emulator, with ITU-T E.164.'}));
    target.answerId = 'DC_5_fresh';
    target.updatedAt = new Date().toISOString();
    expect((await runSync(env())).code).toBe(0);
    const outDir = path.join(path.dirname(snapshotDir), 'build');
    execFileSync(path.join(SITE, 'node_modules/.bin/docusaurus'), ['build', '--locale', 'en', '--out-dir', outDir], {
      cwd: SITE,
      env: {...process.env, FORUM_SNAPSHOT_DIR: snapshotDir},
      stdio: 'pipe',
    });
    const page = readFileSync(path.join(outDir, 'forum', '5.html'), 'utf8');
    expect(page).toContain('A fresh answer from the emulator');
    expect(page).toMatch(/data-answer="DC_5_fresh" data-accepted="true"/);
    // The sample notice is gone: the snapshot is a real sync now.
    expect(page).not.toMatch(/role="note">Sample data/);
    expect(readFileSync(path.join(outDir, 'forum', 'threads.json'), 'utf8')).not.toContain(TOKEN);
  });
});
