/**
 * The names of the fields the question gateway reads
 * (`gateway/questions/fields.ts`). The site never imports the gateway, so the
 * ask page keeps its own copy, and tests/unit/forum/gatewayFields.test.ts
 * posts these names through the gateway's own reader. Their limits are in
 * `questionLimits.ts`, which both import.
 */
export const GATEWAY_FIELDS = {
  title: 'title',
  question: 'question',
  email: 'email',
  name: 'name',
  country: 'country',
  language: 'language',
  studyGroup: 'study_group',
  recommendations: 'recommendations',
  /** The ALTCHA widget's hidden input. */
  altcha: 'altcha',
  /** The page's language: the gateway answers in it. */
  locale: 'locale',
  /** Left empty by people; a robot that fills it in is answered as if accepted, and nothing is kept. */
  honeypot: 'website',
} as const;
