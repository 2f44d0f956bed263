/**
 * A question as a member sent it (form-encoded or JSON), checked field by
 * field into the forum's own `Question` shape plus the gateway's fields.
 * Titles and names become one line of plain text and the question loses
 * control characters, with the forum's own helpers, so the gateway accepts
 * exactly what the forum would publish.
 */
import {STUDY_GROUPS, RECOMMENDATION_ID} from '../../plugins/content-model/vocabulary';
import {oneLine, withoutControls} from '../../plugins/forum/plainText';
import {isLocale} from '../messages';
import type {Locale} from '../../plugins/catalogue/types';
import type {Question} from '../../plugins/forum/askUrl';
import type {CountedKey, Message, TextKey} from '../messages';

export const LIMITS = {titleChars: 150, questionChars: 5000, links: 3, nameChars: 60, countryChars: 60, emailChars: 254, recommendations: 10, bodyKilobytes: 64};

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

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;
const LINK = /\bhttps?:\/\/|\bwww\./giu;

/** The member's language: the page's `locale`, else the question's `language`, else the browser's. */
export function memberLocale(fields: Fields, fallback: Locale): Locale {
  const locale = text(fields, 'locale');
  const language = text(fields, 'language');
  return isLocale(locale) ? locale : isLocale(language) ? language : fallback;
}

/**
 * A member's free text: control characters out (see `withoutControls`),
 * trimmed, and no HTML comment opened (`<!--` shows as typed): the gateway's
 * markers are HTML comments, and a member's text must not carry one.
 */
const freeText = (fields: Fields, name: string) => withoutControls(text(fields, name)).trim().replace(/<!--/g, () => '&lt;!--');

/** What is wrong with a free text: missing, too long, or too many links (counted with `alsoCounted`, the title). */
function textProblems(field: string, value: string, keys: {missing: TextKey; tooLong: CountedKey}, alsoCounted = ''): FieldProblem[] {
  if (!value) return [{field, message: {key: keys.missing}}];
  const problems: FieldProblem[] = [];
  if ([...value].length > LIMITS.questionChars) problems.push({field, message: {key: keys.tooLong, n: LIMITS.questionChars}});
  if ((`${alsoCounted} ${value}`.match(LINK) ?? []).length > LIMITS.links) problems.push({field, message: {key: 'tooManyLinks', n: LIMITS.links}});
  return problems;
}

/** A follow-up (the `text` field of the form behind the link in an email), checked as a question's text is. */
export function readFollowUp(fields: Fields): {text: string; problems: FieldProblem[]} {
  const value = freeText(fields, 'text');
  return {text: value, problems: textProblems('text', value, {missing: 'followUpMissing', tooLong: 'followUpTooLong'})};
}

export function readSubmission(fields: Fields, fallback: Locale): ReadResult {
  const locale = memberLocale(fields, fallback);
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: Message) => problems.push({field, message});

  const title = oneLine(text(fields, 'title'));
  if (!title) problem('title', {key: 'titleMissing'});
  else if ([...title].length > LIMITS.titleChars) problem('title', {key: 'titleTooLong', n: LIMITS.titleChars});
  const body = freeText(fields, 'question');
  problems.push(...textProblems('question', body, {missing: 'questionMissing', tooLong: 'questionTooLong'}, title));

  const email = text(fields, 'email').trim();
  if (email.length > LIMITS.emailChars || !EMAIL.test(email)) problem('email', {key: 'emailInvalid'});
  const name = oneLine(text(fields, 'name'));
  if ([...name].length > LIMITS.nameChars) problem('name', {key: 'nameTooLong', n: LIMITS.nameChars});
  const country = oneLine(text(fields, 'country'));
  if ([...country].length > LIMITS.countryChars) problem('country', {key: 'countryTooLong', n: LIMITS.countryChars});

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
