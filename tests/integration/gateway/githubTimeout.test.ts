/**
 * A GitHub that accepts the connection and never answers: the App's client
 * gives up after its timeout, so a job's attempt ends (and is retried from
 * the queue) within its lease instead of hanging past it.
 */
import http from 'node:http';
import {generateKeyPairSync} from 'node:crypto';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {GITHUB_TIMEOUT_MS, installationClient} from '../../../gateway/github/client';
import {LEASE_SECONDS} from '../../../gateway/queue/queue';
import type {AddressInfo} from 'node:net';

let server: http.Server;
let url = '';
const {privateKey} = generateKeyPairSync('rsa', {modulusLength: 2048});

beforeAll(async () => {
  server = http.createServer(() => undefined); // reads the request, never answers
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('a request GitHub never answers fails after the timeout', async () => {
  const app = {appId: '1', privateKey: privateKey.export({type: 'pkcs8', format: 'pem'}).toString(), moderationRepository: {owner: 'o', name: 'm'}};
  const started = performance.now();
  await expect(installationClient(app, url, {owner: 'o', name: 'm'}, 300)()).rejects.toThrow();
  const waited = performance.now() - started;
  expect(waited).toBeGreaterThanOrEqual(250);
  expect(waited).toBeLessThan(5_000);
});

test('ten requests at the timeout fit in a job\'s lease', () => {
  expect(10 * GITHUB_TIMEOUT_MS).toBeLessThan(LEASE_SECONDS * 1000);
});
