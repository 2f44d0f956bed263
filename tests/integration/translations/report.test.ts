import {execFileSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {contentHash} from '../../../plugins/translations/status/contentHash';
import {withPin} from '../../../plugins/translations/status/pin';
import {buildTranslationReport, oldestFirst} from '../../../plugins/translations/status/report';

/*
 * A small site in a real git repository: the English page changes after it
 * was translated, and the report must say since when and how much.
 */
const front = '---\ntitle: Plan\ndescription: A page.\n---\n\n';
const v1 = `${front}Lead.\n\n## Plan\n\nOne.\nTwo.\n\n## Draft\n\nThree.\n`;
const v2 = v1.replace('Two.', 'Two, revised.');
const FR = 'i18n/fr/docusaurus-plugin-content-docs/current';

let site: string;
const git = (date: string, ...args: string[]) =>
  execFileSync('git', args, {cwd: site, env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date}, encoding: 'utf8'}).trim();
const write = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(site, file)), {recursive: true});
  await writeFile(path.join(site, file), text);
};
const commit = async (date: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) await write(file, text);
  git(date, 'add', '-A');
  git(date, '-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', date);
  return git(date, 'rev-parse', 'HEAD');
};

let first: string;
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'bsg-report-'));
  git('2026-01-01T00:00:00Z', 'init', '-q');
  first = await commit('2026-01-01T00:00:00Z', {
    'docs/plan.md': v1,
    'docs/old.md': `${front}Old page.\n`,
    'i18n/_reference/code.json': JSON.stringify({a: {message: 'A'}, b: {message: 'B'}}),
    'i18n/fr/code.json': JSON.stringify({a: {message: 'Â'}, gone: {message: 'X'}}),
  });
  await commit('2026-02-01T00:00:00Z', {[`${FR}/plan.md`]: withPin(v1, {hash: contentHash(v1), commit: first}).replace('Lead.', 'Introduction.')});
  await commit('2026-03-01T00:00:00Z', {'docs/plan.md': v2});
  await commit('2026-04-01T00:00:00Z', {'docs/plan.md': `${v2}\n\n`});
  await commit('2026-05-01T00:00:00Z', {'docs/new.md': `${front}New page.\n`});
});
afterAll(() => rm(site, {recursive: true, force: true}));

describe('buildTranslationReport with git history', () => {
  it('says how much an outdated page changed, since when, and from which commit', async () => {
    const report = await buildTranslationReport(site, ['fr']);
    expect(report.history).toBe(true);
    expect(report.entries.find((e) => e.page === 'plan.md')).toMatchObject({
      status: 'outdated',
      pinnedCommit: first,
      since: '2026-03-01T00:00:00.000Z',
      change: {lines: 2, sections: ['Plan']},
      file: `${FR}/plan.md`,
    });
  });

  it('dates missing pages from their first commit and lists the oldest first', async () => {
    const report = await buildTranslationReport(site, ['fr']);
    expect(oldestFirst(report.entries).map((e) => [e.page, e.status, e.since])).toEqual([
      ['old.md', 'missing', '2026-01-01T00:00:00.000Z'],
      ['plan.md', 'outdated', '2026-03-01T00:00:00.000Z'],
      ['new.md', 'missing', '2026-05-01T00:00:00.000Z'],
    ]);
  });

  it('knows each English page’s latest commit, for new pins and links', async () => {
    const report = await buildTranslationReport(site, ['fr']);
    expect(report.sources.find((s) => s.page === 'plan.md')).toMatchObject({hash: contentHash(v2), updated: '2026-04-01T00:00:00.000Z'});
    expect(report.sources.find((s) => s.page === 'plan.md')?.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('counts UI strings: missing and obsolete keys, and coverage', async () => {
    const report = await buildTranslationReport(site, ['fr']);
    expect(report.ui.fr).toEqual({total: 2, missing: ['code.json: b'], obsolete: ['code.json: gone'], untranslated: []});
    expect(report.coverage.fr).toEqual({pages: 0, ui: 50});
  });
});

it('works without git history (a tarball): outdated, but the size of the change is unknown', async () => {
  const tarball = await mkdtemp(path.join(tmpdir(), 'bsg-tarball-'));
  try {
    await cp(site, tarball, {recursive: true, filter: (source) => !source.includes(`${path.sep}.git`)});
    const report = await buildTranslationReport(tarball, ['fr']);
    expect(report.history).toBe(false);
    expect(report.entries.find((e) => e.page === 'plan.md')).toMatchObject({status: 'outdated', change: null, since: null, pinnedCommit: null});
  } finally {
    await rm(tarball, {recursive: true, force: true});
  }
});
