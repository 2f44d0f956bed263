import {execFile} from 'node:child_process';
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

/** The text of `file` (relative to `cwd`) at `commit`, or `null` if it did not exist there. */
export async function readVersion(cwd: string, commit: string, file: string): Promise<string | null> {
  try {
    return await git(cwd, ['show', `${commit}:./${file}`]);
  } catch {
    return null;
  }
}
