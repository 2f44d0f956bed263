/**
 * `npm run gateway` as a process: a configuration problem stops it at start
 * with the variable named; on the embedded defaults it serves, and SIGTERM
 * stops it cleanly (requests finished, database closed, exit 0); a fresh
 * clone starts with only GATEWAY_SECRET set.
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';

const tsx = path.resolve('node_modules', '.bin', 'tsx');
const server = path.resolve('gateway', 'server.ts');

/** Starts the gateway in `cwd` with `env` (and PATH), waits for its start line, and returns the port, the output and its exit. */
async function startProcess(cwd: string, env: Record<string, string>) {
  const child = spawn(tsx, [server], {cwd, env: {PATH: process.env.PATH, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
  const output = {stdout: '', stderr: ''};
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const started = output.stdout.split('\n').find((line) => line.includes('"event":"started"'));
      if (started) resolve((JSON.parse(started) as {port: number}).port);
    });
    child.once('exit', (code) => reject(new Error(`The gateway exited (${code}): ${output.stderr}${output.stdout}`)));
  });
  return {child, output, exited, port};
}

test('names every wrong or missing variable and exits 1', () => {
  const result = spawnSync(tsx, [server], {env: {...process.env, NODE_ENV: 'production', PORT: 'eighty', GATEWAY_URL: 'https://gateway.example.org'}, encoding: 'utf8'});
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('- PORT is wrong: expected a port number from 0 (any free port) to 65535, found "eighty"');
  expect(result.stderr).toContain('- GATEWAY_SECRET is missing');
  expect(result.stderr).not.toContain('GATEWAY_URL is');
});

test('starts on the embedded defaults, answers /health, and stops on SIGTERM', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-process-'));
  const {child, output, exited, port} = await startProcess(process.cwd(), {NODE_ENV: 'development', PORT: '0', GATEWAY_DATA_DIR: dataDir});
  try {
    expect((await fetch(`http://127.0.0.1:${await port}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.stdout).toContain('"event":"stopped"');
    expect(fs.readFileSync(path.join(dataDir, 'secret'), 'utf8')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, {recursive: true, force: true});
  }
}, 120_000);

// An operator's first start: their own secret, nothing else, in a fresh clone (issue 20, item 0).
test.each([
  ['in an empty folder, with only GATEWAY_SECRET set', {}],
  ['with GATEWAY_DATA_DIR naming a folder that does not exist yet', {GATEWAY_DATA_DIR: path.join('not', 'yet', 'there')}],
])('starts %s', async (_, env: Record<string, string>) => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-fresh-'));
  const {child, exited, port} = await startProcess(cwd, {GATEWAY_SECRET: 'f'.repeat(64), PORT: '0', ...env});
  try {
    expect((await fetch(`http://127.0.0.1:${await port}/health`)).status).toBe(200);
    expect(fs.readdirSync(path.join(cwd, env.GATEWAY_DATA_DIR ?? '.gateway'))).toContain('db');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(cwd, {recursive: true, force: true});
  }
}, 120_000);
