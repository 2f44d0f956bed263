import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {BUILD_DIR} from './server';

/** Broken characters show as "�": the build must have none (see tests/unit/site/serverRendering.test.ts). */
it('writes every character of every page whole', () => {
  const pages = readdirSync(BUILD_DIR, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(300);
  const broken = pages.filter((file) => {
    const html = readFileSync(path.join(BUILD_DIR, file), 'utf8');
    return html.includes('\uFFFD') || html.includes('\0');
  });
  expect(broken).toEqual([]);
});
