/**
 * `npm run gateway` as a process: a configuration problem stops it at start
 * with the variable named; on the embedded defaults it serves, and SIGTERM
 * stops it cleanly (requests finished, database closed, exit 0).
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';

const tsx = path.join('node_modules', '.bin', 'tsx');
const server = path.join('gateway', 'server.ts');

test('names every wrong or missing variable and exits 1', () => {
  const result = spawnSync(tsx, [server], {env: {...process.env, NODE_ENV: 'production', PORT: 'eighty', GATEWAY_URL: 'https://gateway.example.org'}, encoding: 'utf8'});
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('- PORT is wrong: expected a port number from 0 (any free port) to 65535, found "eighty"');
  expect(result.stderr).toContain('- GATEWAY_SECRET is missing');
  expect(result.stderr).not.toContain('GATEWAY_URL is');
});

test('starts on the embedded defaults, answers /health, and stops on SIGTERM', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-process-'));
  const child = spawn(tsx, [server], {env: {...process.env, NODE_ENV: 'development', PORT: '0', GATEWAY_DATA_DIR: dataDir}, stdio: ['ignore', 'pipe', 'pipe']});
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', () => {
        const started = stdout.split('\n').find((line) => line.includes('"event":"started"'));
        if (started) resolve((JSON.parse(started) as {port: number}).port);
      });
      child.once('exit', () => reject(new Error(`The gateway exited: ${stdout}`)));
    });
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('"event":"stopped"');
    expect(fs.readFileSync(path.join(dataDir, 'secret'), 'utf8')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, {recursive: true, force: true});
  }
}, 120_000);
