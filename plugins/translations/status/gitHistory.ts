import {execFile, spawn} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** One committed version of a file. */
export type FileVersion = {commit: string; /** commit time, ISO 8601 UTC */ date: string};

const git = async (cwd: string, args: string[]) => (await run('git', args, {cwd, maxBuffer: 256 * 1024 * 1024})).stdout;

/**
 * The committed versions of every file under `dir` (relative to `cwd`),
 * newest first, keyed by their path relative to `dir`; `null` when `cwd` is not
 * in a git work tree (a tarball). One `git log` for the whole directory. In a
 * shallow clone the list stops at the clone's depth.
 */
export async function readHistory(cwd: string, dir: string): Promise<Map<string, FileVersion[]> | null> {
  let out: string;
  try {
    out = await git(cwd, ['log', '--relative', '--format=%x1e%H %ct', '--name-only', '--no-renames', '--', dir]);
  } catch {
    return null;
  }
  const history = new Map<string, FileVersion[]>();
  const prefix = `${dir.replace(/\/$/, '')}/`;
  for (const record of out.split('\x1e').slice(1)) {
    const [header = '', ...files] = record.split('\n');
    const [commit = '', seconds = '0'] = header.split(' ');
    const date = new Date(Number(seconds) * 1000).toISOString();
    for (const file of files) {
      if (!file.startsWith(prefix)) continue;
      const page = file.slice(prefix.length);
      history.set(page, [...(history.get(page) ?? []), {commit, date}]);
    }
  }
  return history;
}

/** Files under `dir` that differ from the last commit (edited, added or untracked). */
export async function uncommitted(cwd: string, dir: string): Promise<Set<string>> {
  const prefix = `${dir.replace(/\/$/, '')}/`;
  const out = await git(cwd, ['status', '--porcelain', '--untracked-files=all', '--no-renames', '-z', '--', dir]).catch(() => '');
  const root = (await git(cwd, ['rev-parse', '--show-prefix']).catch(() => '')).trim();
  return new Set(
    out
      .split('\0')
      .filter(Boolean)
      .map((entry) => entry.slice(3))
      .map((file) => (file.startsWith(root) ? file.slice(root.length) : file))
      .filter((file) => file.startsWith(prefix))
      .map((file) => file.slice(prefix.length)),
  );
}

/**
 * Reads files at given commits through one `git cat-file --batch` process
 * (one process per file would cost seconds on a large site). `read` resolves
 * to `null` for a file that did not exist at that commit.
 */
export function versionReader(cwd: string): {read: (commit: string, file: string) => Promise<string | null>; close: () => void} {
  let child: ReturnType<typeof spawn> | undefined;
  let buffer = Buffer.alloc(0);
  const waiting: ((text: string | null) => void)[] = [];
  const drain = () => {
    for (;;) {
      const newline = buffer.indexOf(10);
      if (newline === -1 || waiting.length === 0) return;
      const header = buffer.subarray(0, newline).toString();
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffer = buffer.subarray(newline + 1);
        waiting.shift()?.(null);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (buffer.length < newline + 1 + size + 1) return;
      const text = buffer.subarray(newline + 1, newline + 1 + size).toString('utf8');
      buffer = buffer.subarray(newline + 1 + size + 1);
      waiting.shift()?.(text);
    }
  };
  const start = () => {
    const process = spawn('git', ['cat-file', '--batch'], {cwd, stdio: ['pipe', 'pipe', 'ignore']});
    process.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      drain();
    });
    // No git, or not a repository: every version is unknown.
    const fail = () => waiting.splice(0).forEach((resolve) => resolve(null));
    process.on('error', fail);
    process.on('close', fail);
    process.stdin.on('error', fail);
    return process;
  };
  return {
    read: (commit, file) =>
      new Promise((resolve) => {
        child ??= start();
        waiting.push(resolve);
        child.stdin?.write(`${commit}:./${file}\n`);
      }),
    close: () => child?.stdin?.end(),
  };
}

/** Every committed version of one file (path relative to `cwd`), newest first; `[]` without git. */
export async function fileVersions(cwd: string, file: string): Promise<{commit: string; text: string}[]> {
  const commits = await git(cwd, ['log', '--format=%H', '--no-renames', '--', file]).then((out) => out.split('\n').filter(Boolean), () => []);
  const reader = versionReader(cwd);
  try {
    const texts = await Promise.all(commits.map((commit) => reader.read(commit, file)));
    return commits.flatMap((commit, i) => (texts[i] === null || texts[i] === undefined ? [] : [{commit, text: texts[i]}]));
  } finally {
    reader.close();
  }
}

/** A git configuration value (e.g. `github.user`), or `undefined` when unset or without git. */
export const gitConfig = (cwd: string, key: string): Promise<string | undefined> =>
  git(cwd, ['config', '--get', key]).then((out) => out.trim() || undefined, () => undefined);
