/**
 * A throwaway PostgreSQL server for the gateway's tests: Debian's binaries
 * (`.ci/run` installs them), a cluster in a temporary folder, listening on
 * 127.0.0.1 only. PostgreSQL refuses to run as root, so as root the cluster
 * belongs to, and runs as, the `postgres` user.
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {freePort} from './freePort';

export type PostgresServer = {url: string; stop: () => Promise<void>};

/** The newest `/usr/lib/postgresql/<version>/bin`, or null when PostgreSQL is not installed. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(root, newest, 'bin') : null;
}

export async function startPostgres(bin: string): Promise<PostgresServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  // By its path: root's PATH need not hold /usr/sbin (sudo's secure_path, a CI runner's environment).
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((file) => fs.existsSync(file)) ?? 'runuser';
  const run = (command: string, args: string[]) => (asRoot ? ([runuser, ['-u', 'postgres', '--', command, ...args]] as const) : ([command, args] as const));
  const [initCommand, initArgs] = run(path.join(bin, 'initdb'), ['-D', path.join(dir, 'data'), '-U', 'gateway', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const init = spawnSync(initCommand, initArgs, {encoding: 'utf8'});
  if (init.status !== 0) throw new Error(`initdb failed (${init.status}): ${init.stderr}`);
  const port = await freePort();
  const [command, args] = run(path.join(bin, 'postgres'), ['-D', path.join(dir, 'data'), '-h', '127.0.0.1', '-p', String(port), '-k', dir, '-c', 'fsync=off']);
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe']});
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `postgres://gateway@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt += 1) {
    const client = new pg.Client(url);
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (attempt > 100 || child.exitCode !== null) throw new Error(`PostgreSQL did not start: ${stderr}`, {cause: error});
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // runuser does not pass signals on: stop the postmaster itself (fast shutdown), by the pid it wrote.
      const pid = Number(fs.readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGINT');
      await exited;
      fs.rmSync(dir, {recursive: true, force: true});
    },
  };
}

export type Engine = 'pglite' | 'postgres';

/** The databases the gateway's tests run on: PGlite always, a real PostgreSQL server too when installed (CI must have it). */
export function testEngines(): readonly Engine[] {
  if (!postgresBin() && process.env.CI) throw new Error('CI must test the gateway on PostgreSQL: .ci/run installs Debian\'s postgresql');
  return postgresBin() ? ['pglite', 'postgres'] : ['pglite'];
}

/** What points the gateway at `engine`'s database (a server started for it, or nothing for the embedded PGlite). */
export async function databaseFor(engine: Engine): Promise<{env: Record<string, string>; stop: () => Promise<void>}> {
  if (engine === 'pglite') return {env: {}, stop: async () => undefined};
  const server = await startPostgres(postgresBin()!);
  return {env: {DATABASE_URL: server.url}, stop: server.stop};
}
