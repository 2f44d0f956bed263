import {describe, expect, it} from 'vitest';
import {guidanceIndicators, yearBefore} from '../../../plugins/indicators/compute/guidance';
import type {GuidancePageFacts} from '../../../plugins/indicators/compute/guidance';

const page = (title: string, fields: Partial<GuidancePageFacts>): GuidancePageFacts => ({
  title,
  permalink: `/docs/${title}`,
  programme: [1],
  studyGroups: [],
  lastReviewed: '2026-06-01',
  recommendations: [],
  ...fields,
});

describe('guidance indicators', () => {
  const pages = [
    page('a', {programme: [1, 3], studyGroups: ['SG12'], recommendations: ['E.800'], lastReviewed: '2025-11-28'}),
    page('b', {programme: [3], studyGroups: ['SG12', 'SG2'], recommendations: ['E.800', 'E.164'], lastReviewed: '2025-11-29'}),
    page('c', {programme: [2], lastReviewed: '2024-01-15'}),
  ];
  const result = guidanceIndicators(pages, ['E.164', 'E.800', 'X.509', 'K.52'], '2026-11-29');

  it('counts pages per programme and study group, a page in each it serves', () => {
    expect(Object.fromEntries(result.byProgramme)).toEqual({1: 1, 2: 1, 3: 2, 4: 0});
    expect(result.byStudyGroup.get('SG12')).toBe(2);
    expect(result.byStudyGroup.get('SG2')).toBe(1);
    expect(result.byStudyGroup.get('SG17')).toBe(0);
  });

  it('counts Recommendations with and without guidance', () => {
    expect(result.recommendations).toEqual({withGuidance: 2, without: 2});
  });

  it('lists pages last reviewed more than twelve months ago, oldest first', () => {
    // Reviewed on 2025-11-29: exactly twelve months ago, not overdue yet.
    expect(result.notReviewed.map((p) => [p.title, p.lastReviewed])).toEqual([
      ['c', '2024-01-15'],
      ['a', '2025-11-28'],
    ]);
    expect(result.reviewedCount).toBe(1);
  });

  it('takes twelve months back to the same day', () => {
    expect(yearBefore('2026-11-29')).toBe('2025-11-29');
  });
});
