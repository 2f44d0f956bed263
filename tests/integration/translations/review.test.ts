import {execFile} from 'node:child_process';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readTranslationMeta} from '../../../plugins/translations/reviewers/translationMeta';

const SITE = path.join(__dirname, '../../..');
const TSX = path.join(SITE, 'node_modules/.bin/tsx');
const TODAY = new Date().toISOString().slice(0, 10);
const FILE = 'i18n/fr/docusaurus-plugin-content-docs/current/valid.md';

/** `npm run translations -- …` in the fixture repository: stdout, stderr and the exit code. */
async function translations(site: string, ...args: string[]) {
  try {
    const {stdout, stderr} = await promisify(execFile)(TSX, [path.join(SITE, 'scripts/translations.ts'), ...args, '--site', site], {
      cwd: site,
      // The developer's own github.user must not stand in for the one the test sets.
      env: {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'},
    });
    return {stdout, stderr, code: 0};
  } catch (error) {
    const {stdout, stderr, code} = error as {stdout: string; stderr: string; code: number};
    return {stdout, stderr, code};
  }
}

describe('npm run translations -- review, in a git repository', () => {
  let site: string;
  const git = (...args: string[]) => promisify(execFile)('git', args, {cwd: site});
  const commit = async (message: string) => {
    await git('add', '-A');
    await git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', message);
  };
  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'bsg-review-'));
    await cp(path.join(SITE, 'tests/fixtures/translations-check'), site, {recursive: true});
    await mkdir(path.join(site, 'data/translations'), {recursive: true});
    await writeFile(path.join(site, 'data/translations/reviewers.yml'), 'ar: []\nes: []\nfr: [ana-fr]\nru: []\nzh: []\n');
    await git('init', '-q');
    await commit('fixture');
  });
  afterAll(() => rm(site, {recursive: true, force: true}));

  it('refuses, saying why: no translation, unknown page, a reviewer not listed, no reviewer given', async () => {
    expect(await translations(site, 'review', '--locale', 'es', 'valid', '--reviewer', 'ana-fr')).toMatchObject({code: 1, stderr: expect.stringContaining('there is no es translation of valid.md to review yet')});
    expect(await translations(site, 'review', '--locale', 'fr', 'nope', '--reviewer', 'ana-fr')).toMatchObject({code: 1, stderr: expect.stringContaining('no English page "nope"')});
    expect(await translations(site, 'review', '--locale', 'fr', 'valid', '--reviewer', 'mallory')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${FILE}: mallory is not listed for fr in data/translations/reviewers.yml (listed: ana-fr)`),
    });
    expect(await translations(site, 'review', '--locale', 'fr', 'valid')).toMatchObject({code: 1, stderr: expect.stringContaining('who is reviewing? Give your GitHub login with --reviewer')});
    expect(await translations(site, 'review', '--locale', 'fr', 'valid', '--reviewer', '$(id)')).toMatchObject({code: 1, stderr: expect.stringContaining('is not a GitHub login')});
    expect(await translations(site, 'review', '--locale', 'fr', 'unknown-pin', '--reviewer', 'ana-fr')).toMatchObject({code: 1, stderr: expect.stringContaining('not pinned to the current English page')});
    expect(readTranslationMeta(await readFile(path.join(site, FILE), 'utf8'))?.state).toBe('machine');
  });

  it('a first review shows the whole page, then records the reviewer and today', async () => {
    const first = await translations(site, 'review', '--locale', 'fr', 'valid', '--reviewer', 'ana-fr');
    expect(first).toMatchObject({code: 0, stdout: expect.stringContaining('first review: the whole page')});
    expect(first.stdout).toContain('+Lisez la Recommandation UIT-T E.164');
    expect(readTranslationMeta(await readFile(path.join(site, FILE), 'utf8'))).toEqual({state: 'reviewed', date: TODAY, reviewer: 'ana-fr'});
    // Problems are 'file:line [rule] message'; the sentences a reviewer compares first say 'English line n'.
    expect((await translations(site, 'check', '--locale', 'fr')).stdout).not.toMatch(/valid\.md:\d+ \[[a-z-]+\] (?!English line)/);
    await commit('review');
  });

  it('an edit makes it a draft again (pin); the next review shows only what changed since the last, with the login from git config', async () => {
    const file = path.join(site, FILE);
    await writeFile(file, (await readFile(file, 'utf8')).replace('vous aide.', 'vous aide volontiers.'));
    await translations(site, 'pin', 'fr', 'valid');
    expect(readTranslationMeta(await readFile(file, 'utf8'))?.state).toBe('draft');
    await commit('edit');
    await git('config', 'github.user', 'Ana-FR');
    const second = await translations(site, 'review', '--locale', 'fr', 'valid');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/last review \([0-9a-f]{7}\)/);
    expect(second.stdout).toContain('+Lisez la Recommandation UIT-T E.164 avant de commencer. Le Bureau de la normalisation des télécommunications (TSB) vous aide volontiers.');
    expect(second.stdout).not.toContain('+## Étapes');
    expect(readTranslationMeta(await readFile(file, 'utf8'))).toEqual({state: 'reviewed', date: TODAY, reviewer: 'Ana-FR'});
  });
});
