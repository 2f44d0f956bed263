/** The gateway as the tests run it: a real process's parts, an SMTP server in the test process, a solver for challenges. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SMTPServer} from 'smtp-server';
import {afterAll, beforeAll} from 'vitest';
import {solveChallenge} from 'altcha-lib';
import {deriveKey} from 'altcha-lib/algorithms/sha';
import {generateKeyPairSync} from 'node:crypto';
import {startGateway} from '../../../gateway/server';
import {startGitHubEmulator} from '../../emulator/github';
import {emulatedApp} from '../../emulator/githubApp';
import {databaseFor} from './postgresServer';
import type {AddressInfo} from 'node:net';
import type {Challenge} from 'altcha-lib';
import type {Running, StartOptions} from '../../../gateway/server';
import type {Emulator, EmuRepository} from '../../emulator/github';
import type {EmuApp, Role} from '../../emulator/githubApp';
import type {Engine} from './postgresServer';

export const HUB = 'https://hub.example.org';
/** The gateway's public address in the tests: the origin of its own pages, from which its buttons post. */
export const GATEWAY = 'https://gateway.example.org';

/** Presses the button of an email link's page (confirm, erase…): a POST from the gateway's own page. */
export const press = (url: string) => fetch(url, {method: 'POST', headers: {origin: GATEWAY}});

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

/** A challenge of the gateway at `url`, solved as the widget does: the form's `altcha` value. */
export async function solvedChallenge(url: string): Promise<string> {
  const challenge = (await (await fetch(`${url}/api/challenge`)).json()) as Challenge;
  const solution = await solveChallenge({challenge, deriveKey});
  return Buffer.from(JSON.stringify({challenge, solution})).toString('base64');
}

export type TestGateway = Running & {logs: string[]; dataDir: string; post: (fields: Record<string, string | string[]>, init?: {headers?: Record<string, string>; json?: boolean}) => Promise<Response>; solved: () => Promise<string>};

export async function startTestGateway(env: Record<string, string>, options: StartOptions = {}): Promise<TestGateway> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-test-'));
  const logs: string[] = [];
  const running = await startGateway(
    // The tests' requests come from 127.0.0.1 as if through a proxy there, with the member's address in X-Forwarded-For.
    {PORT: '0', BSG_HUB_URL: HUB, GATEWAY_URL: GATEWAY, GATEWAY_DATA_DIR: dataDir, TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: '127.0.0.1, ::1', ...env},
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
  const solved = () => solvedChallenge(running.url);
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

export const MODERATION = 'bsg-hub/moderation';
export const WEBHOOK_SECRET = 'webhook-secret-0123456789abcdef-0123456789';
/**
 * The people of the moderation repository: moderators (`MODERATORS`; the
 * third one for a test that needs a moderator the gateway has not checked
 * yet), a triager who is not one, and someone listed who can only read
 * (listed before they were given the triage role, say).
 */
export const PEOPLE = {moderator: 'moderator-lina', otherModerator: 'moderator-omar', newModerator: 'moderator-sam', triager: 'triager-tom', reader: 'reader-rita'};
const ROLES = new Map<string, Role>([[PEOPLE.moderator, 'triage'], [PEOPLE.otherModerator, 'write'], [PEOPLE.newModerator, 'maintain'], [PEOPLE.triager, 'triage'], [PEOPLE.reader, 'read']]);

/** GitHub with the gateway's App installed on the moderation repository and on `forum`; `env` points the gateway at it. `token` is the forum sync's. */
export async function startGitHubWithApp(forum: EmuRepository, token = 'unused-token'): Promise<{app: EmuApp; emulator: Emulator; env: Record<string, string>}> {
  const {publicKey, privateKey} = generateKeyPairSync('rsa', {modulusLength: 2048});
  const app = emulatedApp('31337', publicKey, [MODERATION, `${forum.owner}/${forum.name}`]);
  app.collaborators.set(MODERATION, new Map(ROLES));
  const emulator = await startGitHubEmulator(forum, token, app);
  const env = {
    GITHUB_API_URL: emulator.url,
    GITHUB_APP_ID: app.id,
    GITHUB_APP_PRIVATE_KEY: privateKey.export({type: 'pkcs8', format: 'pem'}).toString().replace(/\n/g, '\\n'),
    MODERATION_REPOSITORY: MODERATION,
    GITHUB_WEBHOOK_SECRET: WEBHOOK_SECRET,
    MODERATORS: [PEOPLE.moderator, PEOPLE.otherModerator, PEOPLE.newModerator, PEOPLE.reader].join(','),
    FORUM_REPOSITORY: `${forum.owner}/${forum.name}`,
    FORUM_CATEGORY: 'Q&A',
  };
  return {app, emulator, env};
}

let asker = 0;

/** Asks (with the form's defaults, overridden by `fields`) from an address block of its own, confirms by the emailed link, and returns the question's id. */
export async function askAndConfirm(gateway: TestGateway, smtp: Smtp, fields: Record<string, string>): Promise<string> {
  const sent = smtp.messages.length;
  asker += 1;
  const fresh = {headers: {'x-forwarded-for': `198.51.${asker % 250}.7`}};
  const response = await gateway.post({title: 'Numbering plan', question: 'Which parts of E.164 matter?', email: 'member@example.org', language: 'en', altcha: await gateway.solved(), ...fields}, fresh);
  if (response.status !== 202) throw new Error(`The question was refused: ${response.status} ${await response.text()}`);
  await gateway.drain();
  const link = /https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/.exec(decodeQp(smtp.messages[sent] ?? ''))?.[1];
  if (!link || (await press(`${gateway.url}${link}`)).status !== 200) throw new Error('The question could not be confirmed');
  return link.split('/').pop()!.split('.')[0]!;
}

export type Stack = {app: EmuApp; emulator: Emulator; smtp: Smtp; gateway: TestGateway; stop: () => Promise<void>};

/** Everything a gateway with its App talks to: GitHub (the emulator, the App installed on the moderation repository and `forum`), an SMTP server, `engine`'s database. */
export async function startStack(engine: Engine, forum: EmuRepository, env: Record<string, string> = {}): Promise<Stack> {
  const {app, emulator, env: githubEnv} = await startGitHubWithApp(forum);
  const smtp = await startSmtp();
  const database = await databaseFor(engine);
  const gateway = await startTestGateway({SMTP_URL: smtp.url, ...githubEnv, ...database.env, ...env});
  return {
    app,
    emulator,
    smtp,
    gateway,
    stop: async () => {
      await gateway.stop();
      await smtp.close();
      await emulator.close();
      await database.stop();
    },
  };
}

/** A stack started before the tests of the enclosing `describe` and stopped after them; read its parts inside tests. */
export function stackForTests(engine: Engine, forum: EmuRepository, env: Record<string, string> = {}): Stack {
  const stack = {} as Stack;
  beforeAll(async () => {
    Object.assign(stack, await startStack(engine, forum, env));
  }, 120_000);
  afterAll(() => stack.stop?.());
  return stack;
}
