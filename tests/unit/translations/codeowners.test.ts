import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CODEOWNERS_FILE, codeownersSection, withCodeowners} from '../../../plugins/translations/reviewers/codeowners';
import {NO_REVIEWERS, readReviewers} from '../../../plugins/translations/reviewers/reviewers';

const SITE = path.join(__dirname, '../../..');
const reviewers = {...NO_REVIEWERS, fr: ['ana-fr', 'bob'], zh: ['li']};

describe('codeownersSection', () => {
  it("gives each language's files to its reviewers, and none to a language without", () => {
    expect(codeownersSection(reviewers).filter((line) => !line.startsWith('# BEGIN') && !line.startsWith('# A ') && !line.startsWith('# Reviewers'))).toEqual([
      '# ar: no reviewer yet (reviewers wanted: CONTRIBUTING.md, "Reviewing a translation")',
      '# es: no reviewer yet (reviewers wanted: CONTRIBUTING.md, "Reviewing a translation")',
      '/i18n/fr/ @ana-fr @bob',
      '/data/glossary/fr.yml @ana-fr @bob',
      '# ru: no reviewer yet (reviewers wanted: CONTRIBUTING.md, "Reviewing a translation")',
      '/i18n/zh/ @li',
      '/data/glossary/zh.yml @li',
      '# END translation reviewers',
    ]);
  });
});

describe('withCodeowners', () => {
  const before = '*  @bsg-hub/maintainers\n';
  it('appends the section once, then replaces it in place, keeping the other lines', () => {
    const once = withCodeowners(before, reviewers);
    expect(once.startsWith(`${before}\n# BEGIN`)).toBe(true);
    expect(withCodeowners(once, reviewers)).toBe(once);
    const changed = withCodeowners(`${once}/docs/ @docs-team\n`, NO_REVIEWERS);
    expect(changed).not.toContain('@ana-fr');
    expect(changed.endsWith('# END translation reviewers\n/docs/ @docs-team\n')).toBe(true);
  });
});

it('the committed CODEOWNERS is what npm run translations -- codeowners writes from the reviewers file', async () => {
  const committed = await readFile(path.join(SITE, CODEOWNERS_FILE), 'utf8');
  expect(committed).toBe(withCodeowners(committed, await readReviewers(SITE)));
});
