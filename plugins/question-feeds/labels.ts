/**
 * The words of the question feeds, as a Docusaurus plugin translation file
 * (`i18n/<locale>/question-feeds/labels.json`): `npm run i18n:extract`
 * writes the English reference, translators the rest.
 */
const MESSAGES = {
  all: ['BSG Hub: new questions', 'Title of the Atom feed of every new forum question'],
  studyGroup: ['BSG Hub: new questions for {group}', 'Title of the Atom feed of new questions about a study group; {group} is SG12, TSAG…'],
  unanswered: ['BSG Hub: unanswered questions for {group}', 'Title of the Atom feed of the unanswered questions of a study group (the experts\' queue)'],
  recommendation: ['BSG Hub: new questions on ITU-T {id}', 'Title of the Atom feed of new questions about a Recommendation; {id} is E.164…'],
  ghost: ['Deleted user', 'Author name of a question whose GitHub account was deleted'],
} as const;

export type FeedLabels = Record<keyof typeof MESSAGES, string>;

/** The plugin's translation file in Docusaurus's format. */
export const translationFile = () =>
  Object.fromEntries(Object.entries(MESSAGES).map(([key, [message, description]]) => [key, {message, description}]));

/** English labels, overridden by the translated messages Docusaurus found for the locale. */
export function labelsFrom(translated: Record<string, {message: string}> | undefined): FeedLabels {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, [message]]) => [key, translated?.[key]?.message ?? message])) as FeedLabels;
}
