/**
 * The names and limits of the fields the question gateway reads
 * (`gateway/questions/fields.ts`). The site never imports the gateway, so the
 * ask page keeps its own copy, and tests/unit/forum/gatewayFields.test.ts
 * posts these names through the gateway's own reader.
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

/** The gateway refuses longer values; the form says so before sending. */
export const GATEWAY_LIMITS = {titleChars: 150, questionChars: 5000, nameChars: 60, emailChars: 254};
