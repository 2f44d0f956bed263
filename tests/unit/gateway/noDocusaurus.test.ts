/**
 * The gateway shares the forum's pure modules (the question's body, the
 * experts of data/people) but never loads Docusaurus: the image would need the
 * site's build tooling at run time, and the two would be tied together.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {expect, test} from 'vitest';

test('loading the gateway loads no module of Docusaurus', () => {
  const script = "require('./gateway/server.ts'); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((file) => file.includes('@docusaurus'))))";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {cwd: path.join(__dirname, '../../..'), encoding: 'utf8'});
  expect(run.status, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual([]);
});
