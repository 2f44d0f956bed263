import {describe, expect, it} from 'vitest';
import {pullRequestReviewProblems, translationFiles} from '../../../plugins/translations/review/reviewRules';
import {NO_REVIEWERS} from '../../../plugins/translations/reviewers/reviewers';

const FILE = 'i18n/fr/docusaurus-plugin-content-docs/current/guidelines/x.md';
const reviewers = {...NO_REVIEWERS, fr: ['ana-fr']};
const page = (meta: string, text = 'Texte.\n') => `---\ntitle: X\ntranslation:\n${meta}\n---\n${text}`;
const REVIEWED = '  state: reviewed\n  date: 2026-11-20\n  reviewer: ana-fr';
const DRAFT = '  state: draft\n  date: 2026-12-01';

const problems = (base: string | null, head: string, author = 'ana-fr') =>
  pullRequestReviewProblems([{file: FILE, locale: 'fr', page: 'guidelines/x.md', base, head}], {author, reviewers}).map((p) => `${p.line} ${p.rule}: ${p.message}`);

describe('translationFiles', () => {
  it('keeps the translated pages among the changed files, with locale and page', () => {
    expect(translationFiles([FILE, 'docs/x.md', 'i18n/fr/code.json', 'i18n/de/docusaurus-plugin-content-docs/current/x.md', 'i18n/en/docusaurus-plugin-content-docs/current/x.md'])).toEqual([{file: FILE, locale: 'fr', page: 'guidelines/x.md'}]);
  });
});

describe('pullRequestReviewProblems', () => {
  it('accepts a review recorded by a listed reviewer, and any change to a page that is not reviewed', () => {
    expect(problems(page(DRAFT), page(REVIEWED))).toEqual([]);
    expect(problems(page(DRAFT), page(DRAFT, 'Autre texte.\n'), 'someone')).toEqual([]);
    expect(problems(page(REVIEWED), page(DRAFT, 'Autre texte.\n'), 'someone')).toEqual([]);
  });

  it('refuses reviewed set or kept by an author who is not a listed reviewer, at the state line', () => {
    expect(problems(page(DRAFT), page(REVIEWED), 'mallory')).toEqual([
      '4 reviewer: this pull request sets or keeps state: reviewed, and mallory is not a reviewer listed for fr: only a listed reviewer records a review (npm run translations -- review); otherwise set state: draft',
    ]);
    expect(problems(null, page(REVIEWED), 'mallory')).toHaveLength(1);
    // A title edit keeps the review, but only a reviewer may keep it.
    expect(problems(page(REVIEWED), page(REVIEWED).replace('title: X', 'title: Y'), 'mallory')).toHaveLength(1);
  });

  it('refuses a text change under a kept review, even by a reviewer, unless the change records a review', () => {
    expect(problems(page(REVIEWED), page(REVIEWED, 'Texte modifié.\n'))).toEqual([
      '4 review-state: the text of a reviewed page changed, and the review was kept: set state: draft (npm run translations -- pin does), or record a new review with npm run translations -- review',
    ]);
    expect(problems(page(REVIEWED), page(REVIEWED.replace('2026-11-20', '2026-12-07'), 'Texte modifié.\n'))).toEqual([]);
  });

  it('treats the author as data: a payload value that is no login is never named', () => {
    const [message] = problems(page(DRAFT), page(REVIEWED), 'x\n::error::@everyone');
    expect(message).toContain('and its author is not a reviewer listed for fr');
    expect(problems(page(DRAFT), page(REVIEWED), '')).toHaveLength(1);
  });
});
