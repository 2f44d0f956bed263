import {execFile} from 'node:child_process';
import {cp, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCheck} from '../../../plugins/translations/check/runCheck';
import {contentHash} from '../../../plugins/translations/status/contentHash';
import {pinOf} from '../../../plugins/translations/status/readTranslations';
import {readTranslationMeta as meta} from '../../../plugins/translations/reviewers/translationMeta';

const FORMAT = 'no mdx field: the extension sets the format (.md is Markdown, .mdx is MDX, where {…} runs code)';

const SITE = path.join(__dirname, '../../..');
const FIXTURE = path.join(SITE, 'tests/fixtures/translations-check');
const TSX = path.join(SITE, 'node_modules/.bin/tsx');
const TODAY = '2026-11-29';
// The site's own pages are dated as they are written: the build checks them against the real date, and so does this test.
const REAL_TODAY = new Date().toISOString().slice(0, 10);

/** Runs `npm run translations -- …`: stdout, stderr and the exit code. */
async function translations(...args: string[]) {
  try {
    const {stdout, stderr} = await promisify(execFile)(TSX, [path.join(SITE, 'scripts/translations.ts'), ...args], {cwd: SITE});
    return {stdout, stderr, code: 0};
  } catch (error) {
    const {stdout, stderr, code} = error as {stdout: string; stderr: string; code: number};
    return {stdout, stderr, code};
  }
}

/** Each fixture page (or UI string file) is named for the failure its French translation causes. */
const EXPECTED: Record<string, string[]> = {
  'valid.md': [],
  'invalid-front-matter.md': ['front-matter'],
  // Issue 22: a translation's review state is its own, and only a listed reviewer approves it.
  'reviewer-not-listed.md': ['review-state'],
  'last-reviewed-copied.md': ['review-state', 'review-state'],
  'invalid-pin.md': ['pin'],
  'unknown-pin.md': ['unknown-pin'],
  'untracked.md': ['untracked'],
  'orphaned.md': ['orphaned'],
  'does-not-compile.mdx': ['compile'],
  'heading-count-differs.md': ['structure'],
  // The table became a paragraph: the section also has another paragraph and no rows.
  'table-missing.md': ['block-count', 'block-count', 'structure'],
  'admonition-missing.md': ['structure'],
  'code-block-changed.md': ['code-block'],
  'link-not-in-source.md': ['link'],
  'image-not-in-source.md': ['link'],
  // A Recommendation number is also an identifier that must reappear.
  'citation-dropped.md': ['citation', 'identifier'],
  'citation-changed.md': ['citation', 'citation', 'identifier'],
  'glossary-term-differs.md': ['glossary'],
  // Issue 13: what could run or load code in a reader's browser.
  'format-change.md': ['format-change', 'mdx-expression'],
  'raw-html.md': ['raw-html'],
  'event-handler.md': ['event-handler'],
  'url-scheme.md': ['url-scheme', 'link'],
  'jsx.mdx': ['jsx'],
  'mdx-expression.mdx': ['mdx-expression'],
  'import-export.mdx': ['import-export'],
  // The classic theme renders the footer's copyright as HTML, on every page of the language.
  'docusaurus-theme-classic/footer.json': ['ui-markup'],
  // French has a third plural form ("many": 1 million d'heures).
  'gateway/messages.json': ['ui-plural'],
};

describe('translations check on the failure fixtures', async () => {
  const {files, problems} = await runCheck(FIXTURE, ['fr'], TODAY);

  it('checks every translation', () => {
    expect(files).toBe(Object.keys(EXPECTED).length);
  });

  it.each(Object.entries(EXPECTED))('%s gets %j', (page, rules) => {
    expect(problems.filter((p) => p.page === page).map((p) => p.rule)).toEqual(rules);
  });

  it('points at the line of the fault', () => {
    const at = (page: string, rule?: string) => problems.find((p) => p.page === page && (rule === undefined || p.rule === rule));
    expect(at('invalid-front-matter.md')).toMatchObject({line: 6, file: 'i18n/fr/docusaurus-plugin-content-docs/current/invalid-front-matter.md'});
    expect(at('invalid-pin.md')?.line).toBe(3);
    expect(at('does-not-compile.mdx')).toMatchObject({line: 16, message: expect.stringContaining('does not compile')});
    expect(at('code-block-changed.md')).toMatchObject({line: 19, message: expect.stringContaining('code block 1 differs')});
    expect(at('link-not-in-source.md')).toMatchObject({line: 29, message: expect.stringContaining('"https://example.org/manuel"')});
    // The table was replaced by a paragraph: the problem sits where the table should be.
    expect(at('table-missing.md', 'structure')).toMatchObject({line: 23, message: '1 table in the English page, 0 here'});
    expect(at('glossary-term-differs.md')).toMatchObject({line: 12, message: expect.stringContaining('"UIT-T"')});
    expect(at('citation-dropped.md')?.message).toContain('ITU-T E.164');
    expect(problems.filter((p) => p.page.startsWith('re') || p.page.startsWith('last-')).filter((p) => p.rule === 'review-state').map((p) => `${p.line} ${p.message}`)).toEqual([
      "2 translation found nothing (the field is missing), expected a block translation: {state: machine | draft | reviewed, date: YYYY-MM-DD, reviewer: <login> (with reviewed only)}",
      "10 last_reviewed found '2026-01-15', expected no last_reviewed: that is the English page's review date, and a translation's dates are its own: use translation.date",
      '13 translation.reviewer found \'not-a-reviewer\', expected a reviewer listed for fr in data/translations/reviewers.yml: none yet (add yourself by pull request, CONTRIBUTING.md "Reviewing a translation")',
    ]);
  });

  it('points at what a translation adds that could run code, at its line', () => {
    const found = (page: string) => problems.filter((p) => p.page === page).map((p) => `${p.file}:${p.line} [${p.rule}] ${p.message}`);
    const file = (page: string) => `i18n/fr/docusaurus-plugin-content-docs/current/${page}`;
    // A `.md` translation that asks to be compiled as MDX: the check compiles it so, as the build would, and sees `{alert(1)}` run.
    expect(found('format-change.md')).toEqual([
      `${file('format-change.md')}:5 [format-change] mdx found { format: 'mdx' }, expected ${FORMAT}`,
      `${file('format-change.md')}:29 [mdx-expression] MDX expression {alert(1)} is not in the English page: expressions run code; keep the English page's as they are`,
    ]);
    expect(found('raw-html.md')).toEqual([
      `${file('raw-html.md')}:29 [raw-html] raw HTML <iframe src="https://example.org/sondage"></iframe> is not in the English page: translate the text around it; keep the English page's HTML as it is`,
    ]);
    expect(found('event-handler.md')).toEqual([`${file('event-handler.md')}:27 [event-handler] event-handler attribute onerror="alert(1)" on <img> is not in the English page: it runs script`]);
    expect(found('url-scheme.md')[0]).toBe(
      `${file('url-scheme.md')}:27 [url-scheme] URL "javascript:alert(document.cookie)" (a javascript: URL) is not in the English page: links are http(s), mailto or relative`,
    );
    expect(found('jsx.mdx')).toEqual([`${file('jsx.mdx')}:27 [jsx] JSX element <mark> is not in the English page: translate the text around it; keep the English page's elements as they are`]);
    // The translator's comment on line 27 runs nothing; the expression on line 28 does.
    expect(found('mdx-expression.mdx')).toEqual([
      `${file('mdx-expression.mdx')}:28 [mdx-expression] MDX expression {new Date().getFullYear()} is not in the English page: expressions run code; keep the English page's as they are`,
    ]);
    expect(found('import-export.mdx')).toEqual([
      `${file('import-export.mdx')}:27 [import-export] import or export "import Banner from '@site/src/components/Banner';" is not in the English page: a translation may not load code`,
    ]);
    expect(found('docusaurus-theme-classic/footer.json')).toEqual([
      'i18n/fr/docusaurus-theme-classic/footer.json:3 [ui-markup] UI string "copyright" has markup the English has not (<img src=x onerror=alert(1)>): UI strings are text; keep only the tags of the English message',
    ]);
  });

  it('names the file, line, key and expected forms of a plural message with the wrong number of forms', () => {
    expect(problems.filter((p) => p.rule === 'ui-plural').map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'i18n/fr/gateway/messages.json:3 UI string "durationHours" has 2 plural forms, fr needs 3, separated by | in this order: one|many|other',
    ]);
  });
});

it("passes on the site's own translations", async () => {
  const {files, problems} = await runCheck(SITE, ['ar', 'es', 'fr', 'ru', 'zh'], REAL_TODAY);
  expect(files).toBeGreaterThanOrEqual(20);
  expect(problems).toEqual([]);
});

describe('npm run translations', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), 'bsg-translations-'));
    await cp(FIXTURE, copy, {recursive: true});
  });
  afterAll(() => rm(copy, {recursive: true, force: true}));

  it('check prints file:line [rule] message and exits 1', async () => {
    const {stdout, code} = await translations('check', '--site', FIXTURE);
    expect(code).toBe(1);
    expect(stdout).toContain('i18n/fr/docusaurus-plugin-content-docs/current/code-block-changed.md:19 [code-block] code block 1 differs');
    expect(stdout).toMatch(/27 translation\(s\) checked: 34 problem\(s\)\.$/m);
  });

  it('check --json gives the pull request workflow its problems', async () => {
    const {stdout} = await translations('check', '--json', '--site', FIXTURE);
    const {problems} = JSON.parse(stdout) as {problems: {rule: string}[]};
    expect(problems).toHaveLength(34);
  });

  it('start scaffolds a translation pinned to the English version, and never overwrites one', async () => {
    const started = await translations('start', 'es', 'valid', '--site', copy);
    expect(started).toMatchObject({code: 0, stdout: expect.stringContaining('Wrote i18n/es/docusaurus-plugin-content-docs/current/valid.md')});
    const text = await readFile(path.join(copy, 'i18n/es/docusaurus-plugin-content-docs/current/valid.md'), 'utf8');
    expect(pinOf(text)?.hash).toBe(contentHash(await readFile(path.join(copy, 'docs/valid.md'), 'utf8')));
    expect(meta(text)).toEqual({state: 'draft', date: REAL_TODAY});
    expect(text).not.toContain('last_reviewed');
    expect((await runCheck(copy, ['es'], REAL_TODAY)).problems).toEqual([]);
    const again = await translations('start', 'es', 'valid', '--site', copy);
    expect(again).toMatchObject({code: 1, stderr: expect.stringContaining('valid.md already exists')});
  });

  it('pin brings an outdated translation up to date with the English version, and needs the file to exist', async () => {
    const file = path.join(copy, 'i18n/fr/docusaurus-plugin-content-docs/current/unknown-pin.md');
    const pinned = await translations('pin', 'fr', 'unknown-pin.md', '--site', copy);
    expect(pinned).toMatchObject({code: 0, stdout: expect.stringContaining('it now counts as current')});
    expect(pinOf(await readFile(file, 'utf8'))?.hash).toBe(contentHash(await readFile(path.join(copy, 'docs/unknown-pin.md'), 'utf8')));
    // Pinning follows an edit: the text changed today, and it was machine-made before.
    expect(meta(await readFile(file, 'utf8'))).toEqual({state: 'machine', date: REAL_TODAY});
    expect(await translations('pin', 'ru', 'valid', '--site', copy)).toMatchObject({code: 1, stderr: expect.stringContaining('does not exist: start it with')});
  });

  it('pin makes a reviewed translation a draft again: changing its text undoes the review', async () => {
    const file = path.join(copy, 'i18n/fr/docusaurus-plugin-content-docs/current/reviewer-not-listed.md');
    expect(meta(await readFile(file, 'utf8'))?.state).toBe('reviewed');
    const pinned = await translations('pin', 'fr', 'reviewer-not-listed', '--site', copy);
    expect(pinned).toMatchObject({code: 0, stdout: expect.stringContaining('it is a draft again until a reviewer runs npm run translations -- review --locale fr reviewer-not-listed.md')});
    expect(meta(await readFile(file, 'utf8'))).toEqual({state: 'draft', date: REAL_TODAY});
  });

  it('says what was expected for an unknown locale, page or command', async () => {
    expect(await translations('start', 'de', 'valid', '--site', copy)).toMatchObject({code: 1, stderr: expect.stringContaining('unknown locale "de": expected one of ar, es, fr, ru, zh')});
    expect(await translations('start', 'es', 'nope', '--site', copy)).toMatchObject({code: 1, stderr: expect.stringContaining('no English page "nope"')});
    expect(await translations('translate')).toMatchObject({code: 1, stderr: expect.stringContaining('expected status, start, pin, review, check, fix-typography or codeowners')});
  });
});
