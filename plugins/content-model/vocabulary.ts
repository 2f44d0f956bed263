/**
 * The controlled vocabulary of guidance front matter. Shared by the build-time
 * validator and the React components that label each value.
 */

/** Programmes of the Resolution 44 (Rev. New Delhi, 2024) action plan. */
export const PROGRAMMES = [1, 2, 3, 4] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** Who a page is written for. */
export const AUDIENCES = [
  'newcomer',
  'expert',
  'member',
  'mentor',
  'regulator',
  'translator',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** ITU-T study groups of the 2025–2028 study period, and TSAG. */
export const STUDY_GROUPS = [
  'TSAG',
  'SG2',
  'SG3',
  'SG5',
  'SG11',
  'SG12',
  'SG13',
  'SG15',
  'SG17',
  'SG20',
  'SG21',
] as const;
export type StudyGroup = (typeof STUDY_GROUPS)[number];

/**
 * An ITU-T Recommendation identifier: a series letter (A–Z, W unused), a
 * number with optional dotted parts, and optional dual numbers, e.g. `E.164`,
 * `G.984.1`, `G.709/Y.1331`.
 */
export const RECOMMENDATION_ID = /^[A-VX-Z]\.\d+(\.\d+)*(\/[A-VX-Z]\.\d+(\.\d+)*)*$/;
