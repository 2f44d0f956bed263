/**
 * The gateway's image, as far as a machine without a Docker engine can go:
 * the Dockerfile's own instructions carried out on the host. Its COPY lines
 * fill an empty folder (the WORKDIR), so a module the image lacks fails here;
 * its ENV (NODE_ENV=production: every variable required) and its CMD start
 * the gateway as a user that is not root (USER), whose only writable folder
 * is the data folder; its HEALTHCHECK command is run; a question is asked and
 * confirmed by email through a real PostgreSQL server and a real SMTP server,
 * with the App on the GitHub emulator; SIGTERM (`docker stop`) stops it
 * cleanly. The image's `RUN npm ci` needs the registry: the project's
 * installed packages stand in for it.
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {repository} from '../../emulator/repository';
import {envOf, execForm, readDockerfile, ROOT} from './dockerfile';
import {decodeQp, HUB, solvedChallenge, startGitHubWithApp, startSmtp} from './harness';
import {freePort} from './freePort';
import {postgresBin, startPostgres} from './postgresServer';
import type {ChildProcess} from 'node:child_process';
import type {Emulator} from '../../emulator/github';
import type {Smtp} from './harness';
import type {PostgresServer} from './postgresServer';

const all = readDockerfile();
const of = (name: string) => all.filter((instruction) => instruction.name === name);
/** `nobody` stands in for the image's `node` user when the tests run as root. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Carries out the COPY lines (`src… dest`, relative to the WORKDIR) into `appDir`. */
function copyInto(appDir: string): void {
  for (const {args} of of('COPY')) {
    const parts = args.split(/\s+/);
    const destination = path.resolve(appDir, parts.at(-1)!);
    const sources = parts.slice(0, -1);
    for (const source of sources) {
      const into = sources.length > 1 || parts.at(-1)!.endsWith('/') ? path.join(destination, path.basename(source)) : destination;
      fs.cpSync(path.join(ROOT, source), into, {recursive: true});
    }
  }
}

/** The command as the image's user: `setpriv` execs it (signals reach it), as the image's `USER` would run it. */
const asImageUser = (command: string[]): [string, string[]] =>
  asRoot ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', ...command]] : [command[0]!, command.slice(1)];
/** `node` of the exec forms is this Node. */
const withNode = (command: string[]) => (command[0] === 'node' ? [process.execPath, ...command.slice(1)] : command);

const bin = postgresBin();

describe.skipIf(!bin)('the image, carried out on the host', () => {
  let tmp = '';
  let postgres: PostgresServer;
  let smtp: Smtp;
  let emulator: Emulator;
  let child: ChildProcess;
  let stdout = '';
  let env: Record<string, string> = {};
  let appDir = '';
  let url = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    expect(of('WORKDIR').map((i) => i.args)).toEqual(['/app']);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-image-'));
    fs.chmodSync(tmp, 0o755);
    appDir = path.join(tmp, 'app');
    fs.mkdirSync(appDir);
    copyInto(appDir);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(appDir, 'node_modules'));
    // The image's /data, the only folder its user may write to.
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    if (asRoot) fs.chownSync(dataDir, NOBODY, NOBODY);

    postgres = await startPostgres(bin!);
    smtp = await startSmtp();
    const github = await startGitHubWithApp(repository(0));
    emulator = github.emulator;
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const image = envOf(all);
    expect(image).toMatchObject({NODE_ENV: 'production', GATEWAY_DATA_DIR: '/data'});
    // What `docker run --env-file` gives it: none of it is in the image.
    env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      ...image,
      PORT: String(port),
      GATEWAY_DATA_DIR: dataDir,
      GATEWAY_URL: url,
      BSG_HUB_URL: HUB,
      GATEWAY_SECRET: 'image-test-secret-0123456789abcdefghij',
      DATABASE_URL: postgres.url,
      SMTP_URL: smtp.url,
      ...github.env,
    };
    const [command, args] = asImageUser(withNode(execForm(of('CMD').at(-1)!.args)));
    child = spawn(command, args, {cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', () => stdout.includes('"event":"started"') && resolve());
      // Its last words, without stack lines (the test runner would try to read their files' source maps).
      const said = () => `${stderr}${stdout}`.split('\n').filter((line) => !/^\s+at /.test(line)).slice(-15).join('\n');
      child.once('exit', (code) => reject(new Error(`The gateway exited (${code}):\n${said()}`)));
    });
  }, 120_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await emulator?.close();
    await smtp?.close();
    await postgres?.stop();
    if (tmp) fs.rmSync(tmp, {recursive: true, force: true});
  });

  test('starts in production mode from the copied files alone, as a user that is not root, and passes its HEALTHCHECK', () => {
    expect(JSON.parse(stdout.split('\n').find((line) => line.includes('"event":"started"'))!)).toMatchObject({database: 'postgres', mail: 'smtp', production: true});
    const [command, args] = asImageUser(withNode(execForm(of('HEALTHCHECK')[0]!.args)));
    const check = spawnSync(command, args, {cwd: appDir, env, encoding: 'utf8', timeout: 10_000});
    expect(check.status, check.stderr).toBe(0);
    if (asRoot) expect(fs.statSync(`/proc/${child.pid}`).uid).toBe(NOBODY);
  });

  test('takes a question and sends its confirmation email through the real mail server', async () => {
    const response = await fetch(`${url}/api/questions`, {
      method: 'POST',
      headers: {origin: HUB, 'content-type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({title: 'Numbering', question: 'Which parts of E.164 matter?', email: 'image@example.org', language: 'en', altcha: await solvedChallenge(url)}),
    });
    expect(response.status).toBe(202);
    // The image's own worker polls the queue.
    await expect.poll(() => smtp.messages.length, {timeout: 15_000}).toBe(1);
    expect(decodeQp(smtp.messages[0]!)).toContain(`${url}/confirm/`);
  });

  test('stops cleanly on SIGTERM, as `docker stop` sends it', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('"event":"stopped"');
  });
});
