import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {secureSite} from '../../../plugins/csp/secureSite';

const settings = {search: 'local', formOrigins: ['https://github.com'], connectOrigins: []} as const;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csp-'));
  await mkdir(path.join(dir, 'fr/forum'), {recursive: true});
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset=UTF-8></head><body><script>theme()</script></body></html>');
  await writeFile(path.join(dir, 'fr/forum/7.html'), '<!doctype html><html><head></head><body><div id=__docusaurus><script>post()</script></div></body></html>');
  await writeFile(path.join(dir, 'fr/threads.json'), '[]');
});
afterEach(async () => {
  await rm(dir, {recursive: true, force: true});
});

describe('secureSite', () => {
  it('gives every page of every locale its policy, reports scripts left out, and writes the header form', async () => {
    const summary = await secureSite(dir, settings);
    expect(summary).toMatchObject({pages: 2, alreadySecured: 0});
    expect(summary.blocked).toEqual([expect.stringMatching(/fr\/forum\/7\.html:1:\d+$/)]);
    expect(await readFile(path.join(dir, 'index.html'), 'utf8')).toContain(`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-`);
    expect(await readFile(path.join(dir, 'fr/forum/7.html'), 'utf8')).toContain(`<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src`);
    expect(await readFile(path.join(dir, 'fr/threads.json'), 'utf8')).toBe('[]');
    expect(await readFile(path.join(dir, '_headers'), 'utf8')).toBe("/*\n  Content-Security-Policy: object-src 'none'; base-uri 'self'; form-action 'self' https://github.com; frame-ancestors 'none'\n");
    expect((await readdir(dir, {recursive: true})).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('can run twice: pages that have their policy are left as they are, new ones get theirs', async () => {
    await secureSite(dir, settings);
    const before = await readFile(path.join(dir, 'index.html'), 'utf8');
    await writeFile(path.join(dir, 'fr/forum/8.html'), '<p>new');
    expect(await secureSite(dir, settings)).toMatchObject({pages: 1, alreadySecured: 2});
    expect(await readFile(path.join(dir, 'index.html'), 'utf8')).toBe(before);
    expect(await readFile(path.join(dir, 'fr/forum/8.html'), 'utf8')).toMatch(/^<meta http-equiv="Content-Security-Policy"/);
  });
});
