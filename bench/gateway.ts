/**
 * The question gateway under load (issue 15's figures), against the real
 * process (`tsx gateway/server.ts`, PGlite, outbox) at the real ALTCHA
 * difficulty: accepted questions per second, then a flood of 10,000 requests
 * from one address block (an attacker who solved 20 challenges and replays
 * them), how many got through, the server's memory before and after, and how
 * long a member asking from another network waited during the flood.
 *
 * Usage: npm run bench:gateway [-- --questions 40 --flood 10000 --postgres]
 * (`--postgres`: on a PostgreSQL server started for the run, instead of PGlite)
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {solveChallenge} from 'altcha-lib';
import {deriveKey} from 'altcha-lib/algorithms/sha';
import {postgresBin, startPostgres} from '../tests/integration/gateway/postgresServer';
import type {Challenge} from 'altcha-lib';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? Number(process.argv[index + 1]) : fallback;
};
const HUB = 'http://localhost:3000';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-bench-'));
  const bin = postgresBin();
  if (process.argv.includes('--postgres') && !bin) throw new Error('--postgres needs Debian\'s postgresql');
  const postgres = process.argv.includes('--postgres') ? await startPostgres(bin!) : null;
  console.log(`database: ${postgres ? 'PostgreSQL server' : 'PGlite'}`);
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), [path.join('gateway', 'server.ts')], {
    env: {...process.env, NODE_ENV: 'development', PORT: '0', GATEWAY_DATA_DIR: dataDir, TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: '127.0.0.1', BSG_HUB_URL: HUB, ...(postgres ? {DATABASE_URL: postgres.url} : {})},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const started = stdout.split('\n').find((line) => line.includes('"event":"started"'));
      if (started) resolve((JSON.parse(started) as {port: number}).port);
      if (stdout.length > 1e6) stdout = stdout.slice(-1e5);
    });
    child.once('exit', () => reject(new Error('The gateway exited')));
  });
  const url = `http://127.0.0.1:${port}`;
  // tsx runs the server in a child process of its own: measure that one.
  const serverPid = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0];
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${serverPid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const solved = async () => {
    const challenge = (await (await fetch(`${url}/api/challenge`)).json()) as Challenge;
    const solution = await solveChallenge({challenge, deriveKey});
    return Buffer.from(JSON.stringify({challenge, solution})).toString('base64');
  };
  const ask = (altcha: string, email: string, from: string) =>
    fetch(`${url}/api/questions`, {
      method: 'POST',
      headers: {origin: HUB, 'x-forwarded-for': from, 'content-type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({title: 'How do we apply E.164?', question: 'Which parts of E.164 matter to a small operator?', email, language: 'fr', study_group: 'SG2', recommendations: 'E.164', altcha}),
    }).then(async (response) => (await response.arrayBuffer(), response.status));

  try {
    const count = arg('questions', 40);
    let start = performance.now();
    const solutions: string[] = [];
    for (let i = 0; i < count; i += 1) solutions.push(await solved());
    const solveMs = (performance.now() - start) / count;
    start = performance.now();
    const statuses = await Promise.all(solutions.map((altcha, i) => ask(altcha, `member${i}@example.org`, `10.${i >> 8}.${i & 255}.1`)));
    const seconds = (performance.now() - start) / 1000;
    console.log(`accepted questions: ${statuses.filter((s) => s === 202).length}/${count} in ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(0)} per second (each challenge took ${solveMs.toFixed(0)} ms to solve, in the client)`);

    const flood = arg('flood', 10_000);
    const floodSolutions: string[] = [];
    for (let i = 0; i < 20; i += 1) floodSolutions.push(await solved());
    const memberSolutions: string[] = [];
    for (let i = 0; i < 5; i += 1) memberSolutions.push(await solved());
    const before = rss();
    const through = new Map<number, number>();
    let sent = 0;
    const waits: number[] = [];
    start = performance.now();
    const attacker = async () => {
      while (sent < flood) {
        const i = sent++;
        const status = await ask(floodSolutions[i % 20]!, `bot${i}@spam.example`, `203.0.113.${i % 250}`);
        through.set(status, (through.get(status) ?? 0) + 1);
      }
    };
    const member = async () => {
      for (const [i, altcha] of memberSolutions.entries()) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const asked = performance.now();
        const status = await ask(altcha, `real${i}@example.org`, `198.51.${100 + i}.7`);
        waits.push(performance.now() - asked);
        if (status !== 202) throw new Error(`The member was refused (${status})`);
      }
    };
    await Promise.all([...Array.from({length: 50}, attacker), member()]);
    const floodSeconds = (performance.now() - start) / 1000;
    const after = rss();
    console.log(`flood: ${flood} requests from 203.0.113.0/24 in ${floodSeconds.toFixed(1)} s (${(flood / floodSeconds).toFixed(0)} per second); answers: ${[...through].sort().map(([status, n]) => `${n} × ${status}`).join(', ')}`);
    console.log(`server memory (RSS): ${before.toFixed(0)} MB before the flood, ${after.toFixed(0)} MB after`);
    console.log(`a member from another network during the flood: ${waits.map((ms) => ms.toFixed(0)).join(', ')} ms (5 questions, all accepted)`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, {recursive: true, force: true});
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
