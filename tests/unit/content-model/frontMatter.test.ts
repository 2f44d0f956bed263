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
