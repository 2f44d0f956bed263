/** The gateway as the tests run it: a real process's parts, an SMTP server in the test process, a solver for challenges. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SMTPServer} from 'smtp-server';
import {solveChallenge} from 'altcha-lib';
import {deriveKey} from 'altcha-lib/algorithms/sha';
import {startGateway} from '../../../gateway/server';
import type {AddressInfo} from 'node:net';
import type {Challenge} from 'altcha-lib';
import type {Running, StartOptions} from '../../../gateway/server';

export const HUB = 'https://hub.example.org';

export type Smtp = {url: string; messages: string[]; refuse: (times: number) => void; close: () => Promise<void>};

/** An SMTP server that keeps every message as received (raw), and can refuse the next ones. */
export async function startSmtp(): Promise<Smtp> {
  const messages: string[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          return callback(Object.assign(new Error('Mailbox unavailable'), {responseCode: 550}));
        }
        messages.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.server.address() as AddressInfo;
  return {url: `smtp://127.0.0.1:${port}`, messages, refuse: (times) => (refusals = times), close: () => new Promise((resolve) => server.close(() => resolve()))};
}

/** Quoted-printable soft breaks and escapes undone, enough to read a link or a word. */
export const decodeQp = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

export type TestGateway = Running & {logs: string[]; dataDir: string; post: (fields: Record<string, string | string[]>, init?: {headers?: Record<string, string>; json?: boolean}) => Promise<Response>; solved: () => Promise<string>};

export async function startTestGateway(env: Record<string, string>, options: StartOptions = {}): Promise<TestGateway> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-test-'));
  const logs: string[] = [];
  const running = await startGateway(
    {PORT: '0', BSG_HUB_URL: HUB, GATEWAY_URL: 'https://gateway.example.org', GATEWAY_DATA_DIR: dataDir, TRUST_PROXY_HOPS: '1', ...env},
    {challenge: {maxCounter: 200}, writeLog: (line) => logs.push(line), poll: false, ...options},
  );
  const post: TestGateway['post'] = (fields, init = {}) => {
    const body = init.json ? JSON.stringify(fields) : new URLSearchParams(Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((item) => [k, item]) : [[k, v]])));
    return fetch(`${running.url}/api/questions`, {
      method: 'POST',
      headers: {origin: HUB, 'x-forwarded-for': '203.0.113.7', ...(init.json ? {'content-type': 'application/json'} : {}), ...init.headers},
      body,
    });
  };
  const solved = async () => {
    const challenge = (await (await fetch(`${running.url}/api/challenge`)).json()) as Challenge;
    const solution = await solveChallenge({challenge, deriveKey});
    return Buffer.from(JSON.stringify({challenge, solution})).toString('base64');
  };
  return {
    ...running,
    logs,
    dataDir,
    post,
    solved,
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, {recursive: true, force: true});
    },
  };
}
