import {describe, expect, it} from 'vitest';
import {validateGuidanceFrontMatter} from '../../../plugins/content-model/frontMatter';

const TODAY = '2026-11-29';

const valid = {
  title: 'Preparing a contribution',
  sidebar_position: 2,
  description: 'How to write a contribution to an ITU-T study group, step by step.',
  programme: [1],
  audience: ['newcomer', 'expert'],
  recommendations: ['A.1', 'G.709/Y.1331', 'G.984.1'],
  study_groups: ['TSAG', 'SG15'],
  last_reviewed: '2026-11-20',
};

function testValidate(overrides: Record<string, unknown>) {
  return validateGuidanceFrontMatter({...valid, ...overrides}, {today: TODAY});
}

describe('validateGuidanceFrontMatter', () => {
  it('accepts a complete front matter and keeps unknown keys', () => {
    const result = testValidate({});
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({...valid});
  });

  it('accepts empty Recommendation and study-group lists', () => {
    expect(testValidate({recommendations: [], study_groups: []}).problems).toEqual([]);
  });

  it.each([
    ['programme', 7, [['programme'], 7]],
    ['programme', [1, 5], [['programme', 1], 5]],
    ['programme', [], [['programme'], []]],
    ['programme', 2, [['programme'], 2]],
    ['programme', [1, 1], [['programme', 1], 1]],
    ['audience', ['delegates'], [['audience', 0], 'delegates']],
    ['recommendations', ['E164'], [['recommendations', 0], 'E164']],
    ['recommendations', ['W.1'], [['recommendations', 0], 'W.1']],
    ['recommendations', ['ITU-T E.164'], [['recommendations', 0], 'ITU-T E.164']],
    ['study_groups', ['SG16'], [['study_groups', 0], 'SG16']],
    ['last_reviewed', '2026-02-30', [['last_reviewed'], '2026-02-30']],
    ['last_reviewed', '29/11/2026', [['last_reviewed'], '29/11/2026']],
    ['last_reviewed', '2027-01-01', [['last_reviewed'], '2027-01-01']],
    ['description', 'Too short.', [['description'], 'Too short.']],
  ])('rejects %s = %j', (field, value, [path, found]) => {
    const {problems} = testValidate({[field]: value});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({path, found});
    expect(problems[0]?.expected).toBeTruthy();
  });

  it('reports a missing field as found nothing', () => {
    const {last_reviewed: _, ...rest} = valid;
    const {problems} = validateGuidanceFrontMatter(rest, {today: TODAY});
    expect(problems).toEqual([
      {path: ['last_reviewed'], found: undefined, expected: 'a date YYYY-MM-DD that is not in the future, e.g. 2026-11-29'},
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const {problems} = testValidate({programme: [9], audience: 'mentor', study_groups: ['SG9']});
    expect(problems.map((p) => p.path)).toEqual([['programme', 0], ['audience'], ['study_groups', 0]]);
  });

  it('says what each field expects', () => {
    const {problems} = testValidate({programme: [0], audience: [], study_groups: ['SG99']});
    expect(problems.map((p) => p.expected)).toMatchInlineSnapshot(`
      [
        "a non-empty list of action-plan programmes from 1, 2, 3, 4, e.g. [1, 3]",
        "a non-empty list of audiences from: newcomer, expert, member, mentor, regulator, translator",
        "a list of study groups from: TSAG, SG2, SG3, SG5, SG11, SG12, SG13, SG15, SG17, SG20, SG21 ([] if none)",
      ]
    `);
  });

  // Issue 13: `mdx: {format: mdx}` would compile a `.md` page as MDX, where `{…}` runs code.
  it.each([{format: 'mdx'}, {format: 'md'}, {format: 'detect'}])('refuses mdx = %j: the extension sets the format', (mdx) => {
    expect(testValidate({mdx}).problems).toEqual([
      {path: ['mdx'], found: mdx, expected: expect.stringContaining('no mdx field: the extension sets the format (.md is Markdown, .mdx is MDX, where {…} runs code)')},
    ]);
  });
});

describe('validateGuidanceFrontMatter of a translation (issue 22: review state)', () => {
  const {last_reviewed: _, ...translated} = valid;
  const translation = {locale: 'fr', reviewers: ['ana-fr']};
  const testTranslation = (meta: unknown, extra: Record<string, unknown> = {}) =>
    validateGuidanceFrontMatter({...translated, translation: meta, ...extra}, {today: TODAY, translation}).problems.map((p) => [p.path.join('.'), p.found]);

  it.each([
    [{state: 'machine', date: '2026-11-29'}],
    [{state: 'draft', date: '2026-01-02'}],
    [{state: 'reviewed', date: '2026-11-20', reviewer: 'ana-fr'}],
    [{state: 'reviewed', date: '2026-11-20', reviewer: 'Ana-FR'}],
  ])('accepts %j', (meta) => {
    expect(testTranslation(meta)).toEqual([]);
  });

  it.each([
    ['an unknown state', {state: 'approved', date: '2026-11-20'}, [['translation.state', 'approved']]],
    ['reviewed without a reviewer', {state: 'reviewed', date: '2026-11-20'}, [['translation.reviewer', undefined]]],
    ['reviewed without a date', {state: 'reviewed', reviewer: 'ana-fr'}, [['translation.date', undefined]]],
    ['a reviewer not listed for the locale', {state: 'reviewed', date: '2026-11-20', reviewer: 'mallory'}, [['translation.reviewer', 'mallory']]],
    ['a reviewer on a machine translation', {state: 'machine', date: '2026-11-20', reviewer: 'ana-fr'}, [['translation.reviewer', 'ana-fr']]],
    ['a reviewer that is not a login', {state: 'reviewed', date: '2026-11-20', reviewer: '@ana-fr'}, [['translation.reviewer', '@ana-fr']]],
    ['a date in the future', {state: 'draft', date: '2026-11-30'}, [['translation.date', '2026-11-30']]],
    ['a malformed date', {state: 'draft', date: '2026-13-01'}, [['translation.date', '2026-13-01']]],
    ['no block', undefined, [['translation', undefined]]],
    ['a block that is not a map', 'machine', [['translation', 'machine']]],
  ])('refuses %s', (_name, meta, expected) => {
    expect(testTranslation(meta)).toEqual(expected);
  });

  it("refuses the English page's last_reviewed in a translation, and a translation block in an English page", () => {
    expect(testTranslation({state: 'machine', date: '2026-11-20'}, {last_reviewed: '2026-11-20'})).toEqual([['last_reviewed', '2026-11-20']]);
    const english = validateGuidanceFrontMatter({...valid, translation: {state: 'machine', date: '2026-11-20'}}, {today: TODAY});
    expect(english.problems.map((p) => p.path.join('.'))).toEqual(['translation']);
  });

  it('says who may review when nobody is listed yet', () => {
    const {problems} = validateGuidanceFrontMatter({...translated, translation: {state: 'reviewed', date: '2026-11-20', reviewer: 'ana-fr'}}, {today: TODAY, translation: {locale: 'ar', reviewers: []}});
    expect(problems[0]?.expected).toBe('a reviewer listed for ar in data/translations/reviewers.yml: none yet (add yourself by pull request, CONTRIBUTING.md "Reviewing a translation")');
  });
});
