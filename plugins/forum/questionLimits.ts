/**
 * What the question gateway accepts, in one place for both sides (issue 21):
 * the gateway refuses by these rules (`gateway/questions/fields.ts`), and the
 * ask page checks the same before sending, so that a member learns it beside
 * the field, with the text still there. Pure: the gateway never loads
 * Docusaurus, and the page ships this module.
 */
import {oneLine, withoutControls} from './plainText';

export const QUESTION_LIMITS = {titleChars: 150, questionChars: 5000, links: 3, nameChars: 60, countryChars: 60, emailChars: 254, recommendations: 10, bodyKilobytes: 64};

/**
 * An address as mail servers take it: something, `@`, a domain with a dot.
 * Browsers accept `amina@example` in a type=email field; a mail server
 * would not deliver to it, so neither side takes it.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;
const LINK = /\bhttps?:\/\/|\bwww\./giu;

/** Characters as a member counts them (code points): a Chinese or emoji text is not counted double. */
export const characters = (text: string) => [...text].length;

export const countLinks = (text: string) => (text.match(LINK) ?? []).length;

export const isEmailAddress = (email: string) => email.length <= QUESTION_LIMITS.emailChars && EMAIL.test(email);

/**
 * A member's free text as the gateway keeps it: control characters out (see
 * `withoutControls`), trimmed, and no HTML comment opened (`<!--` shows as
 * typed): the gateway's markers are HTML comments, and a member's text must
 * not carry one. Counted after this, as the gateway counts.
 */
export const memberText = (text: string) => withoutControls(text).trim().replace(/<!--/g, () => '&lt;!--');

export type TextProblem = 'missing' | 'tooLong' | 'tooManyLinks';

/** What is wrong with a member's text (already `memberText`): missing, too long, or too many links, counted with `alsoCounted` (the title). */
export function textProblems(text: string, alsoCounted = ''): TextProblem[] {
  if (!text) return ['missing'];
  const problems: TextProblem[] = [];
  if (characters(text) > QUESTION_LIMITS.questionChars) problems.push('tooLong');
  if (countLinks(`${alsoCounted} ${text}`) > QUESTION_LIMITS.links) problems.push('tooManyLinks');
  return problems;
}

/** The fields a member writes, as typed. */
export type WrittenFields = {title: string; question: string; email: string; name: string};

/** What a member wrote, measured as the gateway measures it: the ask page's counters. */
export function measure(fields: Pick<WrittenFields, 'title' | 'question'>): {titleChars: number; questionChars: number; links: number} {
  const title = oneLine(fields.title);
  const question = memberText(fields.question);
  return {titleChars: characters(title), questionChars: characters(question), links: countLinks(`${title} ${question}`)};
}

export type FieldProblem = {field: keyof WrittenFields; problem: TextProblem | 'invalid'; limit?: number};

/**
 * Every problem of the fields a member writes, in the form's order, with the
 * limit it passes. The gateway reads the other fields (choices) itself.
 */
export function writtenFieldProblems(fields: WrittenFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = oneLine(fields.title);
  if (!title) problems.push({field: 'title', problem: 'missing'});
  else if (characters(title) > QUESTION_LIMITS.titleChars) problems.push({field: 'title', problem: 'tooLong', limit: QUESTION_LIMITS.titleChars});
  for (const problem of textProblems(memberText(fields.question), title)) {
    problems.push({field: 'question', problem, ...(problem === 'missing' ? {} : {limit: problem === 'tooLong' ? QUESTION_LIMITS.questionChars : QUESTION_LIMITS.links})});
  }
  if (!isEmailAddress(fields.email.trim())) problems.push({field: 'email', problem: 'invalid'});
  if (characters(oneLine(fields.name)) > QUESTION_LIMITS.nameChars) problems.push({field: 'name', problem: 'tooLong', limit: QUESTION_LIMITS.nameChars});
  return problems;
}
