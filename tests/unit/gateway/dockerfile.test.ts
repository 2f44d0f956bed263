/**
 * The gateway's Dockerfile held to its rules (no Docker engine runs in the
 * tests): the base image, a non-root user at run time, no secret in the
 * image's environment or build arguments, a health check on /health, files
 * copied that exist, and the start command the README gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readDockerfile, ROOT} from '../../integration/gateway/dockerfile';

const SECRET_NAME = /SECRET|PASSWORD|TOKEN|PRIVATE|KEY|DATABASE_URL|SMTP_URL/i;

describe('Dockerfile', () => {
  const all = readDockerfile();
  const of = (name: string) => all.filter((instruction) => instruction.name === name);

  test('builds on node:20-bookworm-slim', () => {
    expect(of('FROM').map((i) => i.args)).toEqual(['node:20-bookworm-slim']);
  });

  test('runs as a user that is not root, set before the command', () => {
    const users = all.map((instruction, index) => ({...instruction, index})).filter((i) => i.name === 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
    expect(users.at(-1)!.index).toBeLessThan(all.findIndex((i) => i.name === 'CMD'));
  });

  test('puts no secret in the image: ENV and ARG name none', () => {
    const names = [...of('ENV'), ...of('ARG')].flatMap((i) => [...i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)].map((m) => m[1]!));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => SECRET_NAME.test(name))).toEqual([]);
  });

  test('checks /health, and starts the gateway', () => {
    expect(of('HEALTHCHECK')).toHaveLength(1);
    expect(of('HEALTHCHECK')[0]!.args).toContain('/health');
    expect(of('CMD').at(-1)!.args).toBe('["node", "--import", "tsx", "gateway/server.ts"]');
  });

  test('copies what the gateway reads: its code, the plugins\' modules it shares, the experts whose answers it quotes', () => {
    const destinations = of('COPY').map((i) => i.args.split(/\s+/).at(-1));
    expect(destinations).toEqual(expect.arrayContaining(['./gateway', './plugins', './data/people']));
  });

  test('copies files that exist, and never node_modules or local data', () => {
    const sources = of('COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const source of sources) expect(fs.existsSync(path.join(ROOT, source)), source).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules', '.gateway', '.git']));
  });
});
