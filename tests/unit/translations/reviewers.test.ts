import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {NO_REVIEWERS, isReviewer, readReviewers, validateReviewers} from '../../../plugins/translations/reviewers/reviewers';

const valid = {ar: [], es: ['luis-es'], fr: ['ana-fr', 'Bob'], ru: [], zh: []};

describe('validateReviewers', () => {
  it('accepts a list per locale, empty ones included', () => {
    expect(validateReviewers(valid)).toEqual({value: valid, problems: []});
  });

  it.each([
    ['a missing locale', {...valid, zh: undefined}, [['zh', undefined]]],
    ['a locale that is not translated', {...valid, de: []}, [['de', []]]],
    ['a login with a space', {...valid, fr: ['ana fr']}, [['fr.0', 'ana fr']]],
    ['a mention instead of a login', {...valid, fr: ['@ana']}, [['fr.0', '@ana']]],
    ['a team', {...valid, fr: ['bsg-hub/translators-fr']}, [['fr.0', 'bsg-hub/translators-fr']]],
    ['a login twice, in another case', {...valid, fr: ['ana', 'ANA']}, [['fr.1', 'ANA']]],
    ['a string instead of a list', {...valid, es: 'luis-es'}, [['es', 'luis-es']]],
    ['no map', ['ana'], [['', ['ana']]]],
  ])('refuses %s', (_name, data, expected) => {
    const {problems} = validateReviewers(JSON.parse(JSON.stringify(data)));
    expect(problems.map((p) => [p.path.join('.'), p.found])).toEqual(expected);
    expect(problems.every((p) => p.expected.length > 0)).toBe(true);
  });

  it('matches logins as GitHub does, ignoring case', () => {
    expect(isReviewer(valid, 'fr', 'ANA-FR')).toBe(true);
    expect(isReviewer(valid, 'es', 'ana-fr')).toBe(false);
    expect(isReviewer(valid, 'de', 'ana-fr')).toBe(false);
  });
});

describe('readReviewers', () => {
  let site: string;
  afterEach(() => rm(site, {recursive: true, force: true}));
  const siteWith = async (text?: string) => {
    site = await mkdtemp(path.join(tmpdir(), 'bsg-reviewers-'));
    if (text === undefined) return site;
    await mkdir(path.join(site, 'data/translations'), {recursive: true});
    await writeFile(path.join(site, 'data/translations/reviewers.yml'), text);
    return site;
  };

  it('gives no reviewer to any locale of a site without the file', async () => {
    expect(await readReviewers(await siteWith())).toEqual(NO_REVIEWERS);
  });

  it('reports every problem of a malformed file at its line', async () => {
    await expect(readReviewers(await siteWith('ar: []\nes: [ok]\nfr: ["not a login"]\nru: []\n'))).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid reviewers file: 2 problem(s) in 1 file(s).
      - data/translations/reviewers.yml:1 zh: found nothing (the field is missing), expected a list of distinct GitHub logins (letters, digits, inner hyphens), e.g. [octocat], or [] if zh has no reviewer yet
      - data/translations/reviewers.yml:3 fr[0]: found 'not a login', expected a list of distinct GitHub logins (letters, digits, inner hyphens), e.g. [octocat], or [] if fr has no reviewer yet
      See CONTRIBUTING.md, section "Reviewing a translation".]
    `);
  });

  it('reports a YAML syntax error at its line', async () => {
    await expect(readReviewers(await siteWith('ar: [\nes: ]\n'))).rejects.toThrow(/data\/translations\/reviewers.yml:\d+ \(yaml\)/);
  });
});

it("the repository's reviewers file is valid", async () => {
  await expect(readReviewers(path.join(__dirname, '../../..'))).resolves.toBeDefined();
});
