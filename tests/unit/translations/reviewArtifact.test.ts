import {describe, expect, it} from 'vitest';
import {parseReviewArtifact, REVIEW_LIMITS} from '../../../plugins/translations/review/reviewArtifact';
import {reviewData} from '../../../plugins/translations/review/reviewData';
import type {TranslationProblem} from '../../../plugins/translations/review/problems';

const FILE = 'i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md';
const problem: TranslationProblem = {file: FILE, line: 3, locale: 'fr', page: 'guidelines/x.md', rule: 'glossary', message: '"ITU-T" should be "UIT-T"'};
const valid = reviewData({pullRequest: 12, base: [], head: [problem], changedFiles: [FILE, 'docs/guidelines/x.md']});

/** review.json with `changes` over a valid one; `undefined` removes a field. */
const artifact = (changes: Record<string, unknown>) => JSON.stringify({...valid, ...changes});
const withProblem = (changes: Record<string, unknown>) => artifact({head: [{...problem, ...changes}]});
const problemsOf = (text: string) => {
  try {
    parseReviewArtifact(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseReviewArtifact to refuse it');
};

describe('parseReviewArtifact', () => {
  it('returns what the check wrote', () => {
    expect(parseReviewArtifact(JSON.stringify(valid))).toEqual(valid);
  });

  it('refuses wrong types, with every problem, what was found and what is expected', () => {
    const hostile = JSON.stringify({
      version: 2,
      pullRequest: '12',
      changedFiles: 'i18n/fr/x.md',
      base: [{...problem, line: 1.5, rule: 'run-this', message: {toString: 'x'}, extra: true}],
      head: null,
    });
    expect(problemsOf(hostile)).toMatchInlineSnapshot(`
      "not review data: 9 problem(s):
      - version: found 2, expected the format version, 1
      - pullRequest: found '12', expected a pull request number, a positive integer
      - changedFiles: found 'i18n/fr/x.md', expected a list of at most 5000 paths relative to the repository, without . or .. segments
      - base[0].line: found 1.5, expected a line number, 1 to 10000000
      - base[0].rule: found 'run-this', expected one of front-matter, review-state, pin, untracked, orphaned, unknown-pin, compile, structure, code-block, link, citation, glossary, forbidden-term, identifier, lookalike, typography, length, block-count, format-change, raw-html, jsx, mdx-expression, import-export, event-handler, url-scheme, ui-markup, ui-plural, reviewer
      - base[0].message: found { toString: 'x' }, expected text of 1 to 1000 characters
      - base[0].extra: found true, expected "base[0].extra" is not allowed
      - head: found null, expected a list of at most 5000 problems {file, line, locale, page, rule, message}
      - elsewhere: found nothing, expected a count, 0 to 1000000"
    `);
    expect(problemsOf('[]')).toMatch(/^not review data: 1 problem\(s\):\n- \(root\): found \[\], expected a JSON object/);
    expect(problemsOf('not json')).toMatch(/^not review data: Unexpected token/);
  });

  it.each([
    ['a path out of the repository', {changedFiles: ['../../.github/workflows/deploy.yml']}, /changedFiles\[0\]: found '..\/..\/.github/],
    ['an absolute path', {changedFiles: ['/etc/passwd']}, /changedFiles\[0\]: found '\/etc\/passwd'/],
    ['a path with a line break', {changedFiles: ['i18n/fr/a.md\n::error::x']}, /changedFiles\[0\]: found 'i18n\/fr\/a.md\\n::error::x'/],
  ])('refuses %s in the changed files', (_, changes, message) => {
    expect(problemsOf(artifact(changes))).toMatch(message);
  });

  it.each([
    ['a problem outside i18n/', {file: 'docs/x.md'}, 'head[0].file'],
    ['a traversal out of i18n/', {file: 'i18n/fr/../../package.json'}, 'head[0].file'],
    ['a file of another locale than its own', {locale: 'es'}, 'head[0].file'],
    ['a locale the site does not translate into', {file: 'i18n/en/x.md', locale: 'en'}, 'head[0].locale'],
    ['a line that is not a positive integer', {line: -1}, 'head[0].line'],
    ['an empty message', {message: ''}, 'head[0].message'],
  ])('refuses %s', (_, changes, field) => {
    expect(problemsOf(withProblem(changes))).toContain(`- ${field}: found`);
  });

  it('refuses __proto__ keys, which JSON.parse keeps and Joi does not see', () => {
    const polluted = JSON.stringify(valid).replace('{', '{"__proto__": {"isAdmin": true},');
    expect(problemsOf(polluted)).toBe('not review data: a key named __proto__, which no field has');
    expect(({} as {isAdmin?: boolean}).isAdmin).toBeUndefined();
  });

  it('refuses huge data: the file, the lists, the strings, the counts', () => {
    expect(problemsOf(' '.repeat(REVIEW_LIMITS.bytes + 1))).toBe(`${REVIEW_LIMITS.bytes + 1} characters, expected at most ${REVIEW_LIMITS.bytes}`);
    expect(problemsOf(artifact({head: Array.from({length: REVIEW_LIMITS.problems + 1}, () => problem)}))).toMatch(/^not review data: 1 problem\(s\):\n- head: found \[/);
    expect(problemsOf(artifact({changedFiles: Array.from({length: REVIEW_LIMITS.changedFiles + 1}, (_, i) => `f${i}`)}))).toContain('- changedFiles: found [');
    expect(problemsOf(withProblem({message: 'x'.repeat(REVIEW_LIMITS.messageChars + 1)}))).toContain("- head[0].message: found 'xxxx");
    expect(problemsOf(withProblem({file: `i18n/fr/${'a'.repeat(REVIEW_LIMITS.pathChars)}`}))).toContain('- head[0].file: found');
    expect(problemsOf(artifact({elsewhere: 1e12, pullRequest: 2 ** 53}))).toContain('- pullRequest: found 9007199254740992');
  });

  it('shows a huge or hostile value cut, on one line', () => {
    const message = problemsOf(artifact({changedFiles: [`${'x'.repeat(10_000)}\n::error::`], [`${'k'.repeat(10_000)}\r\n::warning::`]: 1}));
    expect(message.length).toBeLessThan(1_000);
    expect(message.split('\n').every((line) => !line.startsWith('::'))).toBe(true);
  });
});
