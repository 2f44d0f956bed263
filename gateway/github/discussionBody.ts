/**
 * An approved question as the forum reads it: the moderation issue's current
 * text (a moderator may have edited it) read back into the forum's `Question`,
 * and written again with the forum's own `questionBody`, so the forum and the
 * indicators read it as any question asked with GitHub's category form. The
 * Question section opens with who asked (the display name, or "a member"), and
 * the body opens with the marker that lets a retry find the discussion.
 */
import type {Locale} from '../../locales';
import {questionBody} from '../../plugins/forum/askUrl';
import {formFields} from '../../plugins/forum/tags';
import {oneLine} from '../../plugins/forum/plainText';
import {RECOMMENDATION_ID} from '../../plugins/content-model/vocabulary';
import {isLocale} from '../../locales';
import {literalName, readName} from './memberMarkdown';
import {moderationMarker, neutralQuestion} from './moderationIssue';
import type {Question} from '../../plugins/forum/askUrl';

export type Approved = {question: Question; displayName: string};

/** The issue's title and `### ` sections; the display name is the first line of its section (the marker follows it). */
export function readModerationIssue(title: string, body: string): Approved {
  const fields = formFields(body.replace(/\r\n/g, '\n'));
  const field = (name: string) => fields.get(name) ?? '';
  const recommendations = field('recommendations')
    .split(/[,;\s]+/)
    .map((id) => id.replace(/^ITU-T/i, '').trim())
    .filter((id) => RECOMMENDATION_ID.test(id));
  return {
    question: {title: oneLine(title), question: field('question'), recommendations: [...new Set(recommendations)], studyGroup: oneLine(field('study group')), country: oneLine(field('country')), language: oneLine(field('language'))},
    displayName: readDisplayName(fields),
  };
}

/** The first line of the display name's section, as it reads; the section's placeholder or the marker (an emptied section) is no name. */
export function readDisplayName(fields: Map<string, string>): string {
  const line = (fields.get('display name') ?? '').split('\n')[0] ?? '';
  return line === '_No response_' || line.startsWith('<!--') ? '' : readName(line);
}

/** Who wrote what came through the gateway: a question, or a follow-up posted in its thread. */
const BY_LINE: Record<'asked' | 'followUp', Record<Locale, (name: string) => string>> = {
  asked: {
    en: (name) => `Asked through BSG Hub by ${name}.`,
    ar: (name) => `طُرح هذا السؤال عبر BSG Hub من قِبل ${name}.`,
    es: (name) => `Pregunta enviada a través de BSG Hub por ${name}.`,
    fr: (name) => `Question posée via BSG Hub par ${name}.`,
    ru: (name) => `Вопрос задан через BSG Hub. Автор: ${name}.`,
    zh: (name) => `由${name}通过 BSG Hub 提问。`,
  },
  followUp: {
    en: (name) => `Follow-up sent through BSG Hub by ${name}, who asked the question.`,
    ar: (name) => `متابعة أُرسلت عبر BSG Hub من قِبل ${name}، صاحب السؤال.`,
    es: (name) => `Seguimiento enviado a través de BSG Hub por ${name}, autor de la pregunta.`,
    fr: (name) => `Suite envoyée via BSG Hub par ${name}, auteur de la question.`,
    ru: (name) => `Дополнение отправлено через BSG Hub автором вопроса. Автор: ${name}.`,
    zh: (name) => `由提问者（${name}）通过 BSG Hub 发送的跟进内容。`,
  },
};
const A_MEMBER: Record<Locale, string> = {en: 'a member', ar: 'أحد الأعضاء', es: 'un miembro', fr: 'un membre', ru: 'участник', zh: '一位成员'};

/** The line naming who wrote, in the question's language (English when the language is not one of the site's). */
export function byLine(kind: 'asked' | 'followUp', language: string, displayName: string): string {
  const locale = isLocale(language) ? language : 'en';
  return `_${BY_LINE[kind][locale](displayName ? literalName(displayName) : A_MEMBER[locale])}_`;
}

/**
 * The Question section opens with who asked, before the member's text: what
 * follows a closed paragraph cannot fold, hide or reword it, and the text
 * itself is neutral (see `neutralMarkdown`) as the moderators left it.
 */
export function discussionBody(id: string, approved: Approved): string {
  const question = neutralQuestion(approved.question);
  const withLine = {...question, question: `${byLine('asked', question.language, approved.displayName)}\n\n${question.question}`};
  return `${moderationMarker(id)}\n\n${questionBody(withLine)}\n`;
}

/** The forum's tags as labels: `rec:…`, `sg:…`, `lang:…` (those that exist are added, none is created). */
export const forumLabels = (question: Question) => [
  ...question.recommendations.map((id) => `rec:${id}`),
  ...(question.studyGroup ? [`sg:${question.studyGroup}`] : []),
  ...(question.language ? [`lang:${question.language}`] : []),
];
