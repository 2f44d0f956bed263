/**
 * A question as a member sent it (form-encoded or JSON), checked field by
 * field into the forum's own `Question` shape plus the gateway's fields.
 * Titles and names become one line of plain text and the question loses
 * control characters, with the forum's own helpers, so the gateway accepts
 * exactly what the forum would publish.
 */
import type {Locale} from '../../locales';
import {STUDY_GROUPS, RECOMMENDATION_ID} from '../../plugins/content-model/vocabulary';
import {oneLine} from '../../plugins/forum/plainText';
import {characters, memberText, QUESTION_LIMITS, textProblems as checkText, writtenFieldProblems} from '../../plugins/forum/questionLimits';
import {isLocale} from '../../locales';
import type {Question} from '../../plugins/forum/askUrl';
import type {FieldProblem as WrittenProblem, TextProblem} from '../../plugins/forum/questionLimits';
import type {CountedKey, Message, TextKey} from '../messages';

/** The ask page checks the same limits before sending: they live in the module both sides share. */
export const LIMITS = QUESTION_LIMITS;

/** A field no person sees (hidden by the form's style): whoever fills it in is a robot. */
export const HONEYPOT_FIELD = 'website';
/** The signed timestamp of the gateway's own question page (see `stamp.ts`). */
export const STAMP_FIELD = 'stamp';

/**
 * `challenge`: the ALTCHA solution; null when the form has no such field (a
 * browser without JavaScript, where the widget never ran). `stamp`: the
 * signed timestamp of the gateway's own page, which such a browser sends
 * back (see `stamp.ts`); null when the form has none.
 */
export type Submission = {question: Question; locale: Locale; email: string; name: string; challenge: string | null; stamp: string | null};
/**
 * A question as the member sent it, field by field and uncleaned, for the
 * gateway's page to send it again: the four they write, editable, and the
 * others as hidden fields (`[name, value]`), every Recommendation kept.
 */
export type SentFields = {title: string; question: string; email: string; name: string; hidden: [string, string][]};
export type FieldProblem = {field: string; message: Message};
export type ReadResult = {locale: Locale; honeypot: boolean; problems: FieldProblem[]; submission: Submission | null};

type Fields = Record<string, unknown>;

const text = (fields: Fields, name: string): string => {
  const value = fields[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
};

/** Checkboxes send one value each; a text field or JSON may send a comma-separated list. */
const list = (fields: Fields, name: string): string[] => {
  const value = fields[name];
  const items = Array.isArray(value) ? value : [value];
  return items
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => item.split(/[,;\s]+/))
    .map((item) => item.replace(/^ITU-T/i, '').trim())
    .filter(Boolean);
};

/** The question's fields carried as they are by the gateway's page (the four a member writes are shown). */
const HIDDEN_FIELDS = ['country', 'language', 'study_group', 'locale'] as const;

export function sentFields(fields: Fields): SentFields {
  const recommendations = [fields.recommendations].flat().filter((item): item is string => typeof item === 'string');
  return {
    title: text(fields, 'title'),
    question: text(fields, 'question'),
    email: text(fields, 'email'),
    name: text(fields, 'name'),
    hidden: [...HIDDEN_FIELDS.map((name): [string, string] => [name, text(fields, name)]).filter(([, value]) => value !== ''), ...recommendations.map((item): [string, string] => ['recommendations', item])],
  };
}

/** The member's language: the page's `locale`, else the question's `language`, else the browser's. */
export function memberLocale(fields: Fields, fallback: Locale): Locale {
  const locale = text(fields, 'locale');
  const language = text(fields, 'language');
  return isLocale(locale) ? locale : isLocale(language) ? language : fallback;
}

/** A problem of a member's text as a message: missing, too long (over `limit`), or too many links. */
const textMessage = (problem: TextProblem, keys: {missing: TextKey; tooLong: CountedKey}, limit: number = LIMITS.questionChars): Message =>
  problem === 'missing' ? {key: keys.missing} : problem === 'tooLong' ? {key: keys.tooLong, n: limit} : {key: 'tooManyLinks', n: LIMITS.links};

/** The shared check's answer in the gateway's words (`messages.ts`). */
function writtenMessage({field, problem, limit}: WrittenProblem): Message {
  if (field === 'email') return {key: 'emailInvalid'};
  if (field === 'name') return {key: 'nameTooLong', n: LIMITS.nameChars};
  // The shared check calls only an address invalid.
  const kind = problem === 'invalid' ? 'missing' : problem;
  return field === 'title' ? textMessage(kind, {missing: 'titleMissing', tooLong: 'titleTooLong'}, limit) : textMessage(kind, {missing: 'questionMissing', tooLong: 'questionTooLong'}, limit);
}

/** A follow-up (the `text` field of the form behind the link in an email), checked as a question's text is. */
export function readFollowUp(fields: Fields): {text: string; problems: FieldProblem[]} {
  const value = memberText(text(fields, 'text'));
  return {text: value, problems: checkText(value).map((problem) => ({field: 'text', message: textMessage(problem, {missing: 'followUpMissing', tooLong: 'followUpTooLong'})}))};
}

export function readSubmission(fields: Fields, fallback: Locale): ReadResult {
  const locale = memberLocale(fields, fallback);
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: Message) => problems.push({field, message});

  const written = {title: text(fields, 'title'), question: text(fields, 'question'), email: text(fields, 'email'), name: text(fields, 'name')};
  for (const found of writtenFieldProblems(written)) problem(found.field, writtenMessage(found));
  const title = oneLine(written.title);
  const body = memberText(written.question);
  const email = written.email.trim();
  const name = oneLine(written.name);
  const country = oneLine(text(fields, 'country'));
  if (characters(country) > LIMITS.countryChars) problem('country', {key: 'countryTooLong', n: LIMITS.countryChars});

  const studyGroup = text(fields, 'study_group').trim();
  if (studyGroup && !(STUDY_GROUPS as readonly string[]).includes(studyGroup)) problem('study_group', {key: 'studyGroupInvalid'});
  const recommendations = [...new Set(list(fields, 'recommendations'))];
  if (recommendations.some((id) => !RECOMMENDATION_ID.test(id))) problem('recommendations', {key: 'recommendationInvalid'});
  else if (recommendations.length > LIMITS.recommendations) problem('recommendations', {key: 'tooManyRecommendations', n: LIMITS.recommendations});

  const language = text(fields, 'language');
  const question: Question = {title, question: body, recommendations, studyGroup, country, language: isLocale(language) ? language : locale};
  return {
    locale,
    honeypot: text(fields, HONEYPOT_FIELD) !== '',
    problems,
    submission: problems.length === 0 ? {question, locale, email, name, challenge: fields.altcha === undefined ? null : text(fields, 'altcha'), stamp: fields[STAMP_FIELD] === undefined ? null : text(fields, STAMP_FIELD)} : null,
  };
}
