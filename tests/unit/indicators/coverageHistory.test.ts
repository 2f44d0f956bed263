import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {coverageOfTree, readCoverageHistory, samplePoints} from '../../../plugins/indicators/languages/coverageHistory';
import {contentHash} from '../../../plugins/translations/status/contentHash';

const english = (title: string, body = 'Text.') => `---\ntitle: ${title}\n---\n\n${body}\n`;
const translation = (hash: string) => `---\ntranslation_of:\n  hash: ${hash}\ntitle: Traduction\n---\n\nTexte.\n`;

describe('coverageOfTree', () => {
  it('counts the English pages whose translation pins their current version', () => {
    const sources = new Map(['a.md', 'b.md', 'c.mdx', 'd.md'].map((page) => [page, english(page)]));
    const fr = new Map([
      ['a.md', translation(contentHash(english('a.md')))],
      ['c.mdx', translation(contentHash(english('c.mdx')))],
      ['b.md', translation(contentHash(english('b.md', 'Older text.')))],
      ['gone.md', translation(contentHash(english('gone.md')))],
    ]);
    const es = new Map([['d.md', english('d.md')]]);
    expect(coverageOfTree(sources, new Map([['fr', fr], ['es', es]]), ['ar', 'es', 'fr'])).toEqual({ar: 0, es: 0, fr: 50});
  });

  it('does not count an orphaned translation as covering anything', () => {
    const sources = new Map([['a.md', english('a')]]);
    const fr = new Map([['old.md', translation(contentHash(english('a')))]]);
    expect(coverageOfTree(sources, new Map([['fr', fr]]), ['fr'])).toEqual({fr: 0});
  });

  it('gives 100 when there is no English page to translate', () => {
    expect(coverageOfTree(new Map(), new Map([['fr', new Map([['old.md', translation('0123456789abcdef')]])]]), ['fr', 'ar'])).toEqual({fr: 100, ar: 100});
  });
});

describe('samplePoints', () => {
  const at = (date: string, commit = date) => ({commit, date});

  it('keeps the last commit of each UTC day, oldest first, whatever the input order', () => {
    const commits = [at('2026-01-01T09:00:00Z', 'a'), at('2026-01-01T20:00:00Z', 'b'), at('2026-01-02T00:30:00+02:00', 'c'), at('2026-01-02T10:00:00Z', 'd')];
    const expected = [at('2026-01-02T00:30:00+02:00', 'c'), at('2026-01-02T10:00:00Z', 'd')];
    // 'c' is 2026-01-01 in UTC: the last commit of that day.
    expect(samplePoints(commits, 24)).toEqual(expected);
    expect(samplePoints([...commits].reverse(), 24)).toEqual(expected);
  });

  it('keeps the later of two commits made at the same second', () => {
    const newestFirst = [at('2026-01-01T10:00:00Z', 'second'), at('2026-01-01T10:00:00Z', 'first'), at('2025-12-31T10:00:00Z', 'before')];
    expect(samplePoints(newestFirst, 24).map((p) => p.commit)).toEqual(['before', 'second']);
  });

  it('thins more days than maxPoints evenly, keeping the first and the last', () => {
    const days = Array.from({length: 10}, (_, i) => at(`2026-01-${String(i + 1).padStart(2, '0')}T12:00:00Z`, `c${i}`));
    expect(samplePoints(days, 4).map((p) => p.commit)).toEqual(['c0', 'c3', 'c6', 'c9']);
    expect(samplePoints(days, 7)).toHaveLength(7);
    expect(samplePoints(days, 7)[0]?.commit).toBe('c0');
    expect(samplePoints(days, 7).at(-1)?.commit).toBe('c9');
    expect(samplePoints(days, 1).map((p) => p.commit)).toEqual(['c9']);
  });

  it('returns every day when there are no more than maxPoints', () => {
    const days = [at('2026-01-03T00:00:00Z'), at('2026-01-01T00:00:00Z'), at('2026-01-02T00:00:00Z')];
    expect(samplePoints(days, 3).map((p) => p.date)).toEqual(['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z']);
    expect(samplePoints([], 24)).toEqual([]);
  });
});

/*
 * A repository whose site is a subdirectory: English pages, then a French
 * translation pinned to the current English, then the English edited.
 */
describe('readCoverageHistory', () => {
  const FR = 'i18n/fr/docusaurus-plugin-content-docs/current';
  let repo: string;
  let site: string;
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', args, {cwd: repo, env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date}, encoding: 'utf8'}).trim();
  const commit = async (date: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(repo, file)), {recursive: true});
      await writeFile(path.join(repo, file), text);
    }
    git(date, 'add', '-A');
    git(date, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', date);
    return git(date, 'rev-parse', 'HEAD');
  };
  const commits: string[] = [];

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'bsg-coverage-'));
    site = path.join(repo, 'site');
    git('2026-01-01T10:00:00Z', 'init', '-q');
    commits.push(
      await commit('2026-01-01T10:00:00Z', {
        'site/docs/a.md': english('A'),
        'site/docs/b.mdx': english('B'),
        // Not pages: a partial, another file, and pages outside the site.
        'site/docs/_partial.md': english('Partial'),
        'site/docs/notes.txt': 'notes',
        'docs/outside.md': english('Outside'),
      }),
      await commit('2026-01-02T10:00:00Z', {[`site/${FR}/a.md`]: translation(contentHash(english('A'))), [`site/${FR}/notes.txt`]: 'x'}),
      await commit('2026-01-03T10:00:00Z', {'site/docs/a.md': english('A', 'Text, revised.')}),
    );
  });
  afterAll(() => rm(repo, {recursive: true, force: true}));

  it('gives the coverage of each day, oldest first', async () => {
    expect(await readCoverageHistory(site, ['fr', 'ar'])).toEqual([
      {date: '2026-01-01', commit: commits[0], coverage: {fr: 0, ar: 0}},
      {date: '2026-01-02', commit: commits[1], coverage: {fr: 50, ar: 0}},
      {date: '2026-01-03', commit: commits[2], coverage: {fr: 0, ar: 0}},
    ]);
  });

  it('samples at most maxPoints commits', async () => {
    const points = await readCoverageHistory(site, ['fr'], {maxPoints: 2});
    expect(points?.map((p) => [p.date, p.coverage.fr])).toEqual([
      ['2026-01-01', 0],
      ['2026-01-03', 0],
    ]);
  });

  it('is null outside a git work tree and in a repository without commits', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'bsg-coverage-plain-'));
    try {
      expect(await readCoverageHistory(plain, ['fr'])).toBeNull();
      execFileSync('git', ['init', '-q'], {cwd: plain});
      expect(await readCoverageHistory(plain, ['fr'])).toBeNull();
    } finally {
      await rm(plain, {recursive: true, force: true});
    }
  });
});
