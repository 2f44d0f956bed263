/** What a member fills in on `/forum/ask` (the same fields as the GitHub category form). */
export type Question = {
  title: string;
  question: string;
  recommendations: string[];
  studyGroup: string;
  /** An option of the form's country dropdown: "Burkina Faso (BFA)" or "Prefer not to say" (see `countries/choices.ts`). */
  country: string;
  language: string;
};

/**
 * A member's text as the value of a section: a line that would open a heading
 * is escaped (`\### Country` shows as "### Country"), so that no text can
 * forge a section the forum would read as a field.
 */
export const sectionText = (value: string) => value.trim().replace(/^( {0,3})#/gm, (_, indent: string) => `${indent}\\#`);

/** The body GitHub's category form writes: `### Label` sections, which the forum reads back. */
export function questionBody(question: Question): string {
  const section = (label: string, value: string) => `### ${label}\n\n${sectionText(value) || '_No response_'}`;
  return [
    section('Question', question.question),
    section('Recommendations', question.recommendations.join(', ')),
    section('Study group', question.studyGroup),
    section('Country', question.country),
    section('Language', question.language),
  ].join('\n\n');
}

/**
 * GitHub's new-discussion page in the Q&A category with everything prefilled:
 * the title, the form fields by their ids (see
 * `.github/DISCUSSION_TEMPLATE/q-a.yml`), the same text as a body for GitHub
 * versions without the form, and labels for the forum's tags.
 */
export function newQuestionUrl(newDiscussionUrl: string, question: Question): string {
  const url = new URL(newDiscussionUrl);
  url.searchParams.set('title', question.title.trim());
  url.searchParams.set('question', question.question.trim());
  url.searchParams.set('recommendations', question.recommendations.join(', '));
  url.searchParams.set('study-group', question.studyGroup);
  url.searchParams.set('country', question.country.trim());
  url.searchParams.set('language', question.language);
  url.searchParams.set('body', questionBody(question));
  const labels = [
    ...question.recommendations.map((id) => `rec:${id}`),
    ...(question.studyGroup ? [`sg:${question.studyGroup}`] : []),
    ...(question.language ? [`lang:${question.language}`] : []),
  ];
  if (labels.length > 0) url.searchParams.set('labels', labels.join(','));
  return url.toString();
}
