import {countBy, daysBetween, spread} from './stats';
import type {Spread} from './stats';
import type {ThreadView} from '../../forum/threads';

/** What the Q&A indicators read of a thread. */
export type Question = Pick<ThreadView, 'number' | 'title' | 'createdAt' | 'status' | 'locked' | 'closed' | 'tags' | 'author' | 'answers'>;

/** A question has an accepted answer, answers but none accepted, or no answer from anyone but the asker. */
export const ANSWER_STATES = ['accepted', 'replied', 'waiting'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export const ROLES = ['expert', 'mentor', 'member'] as const;
export type Role = (typeof ROLES)[number];

export type ResponseTimes = {
  /** `null` for every question; otherwise questions about that study group. */
  studyGroup: string | null;
  /** Days from question to the first answer by someone other than the asker. */
  firstAnswer: Spread;
  /** Days from question to the answer marked accepted. */
  acceptedAnswer: Spread;
};

export type QuestionIndicators = {
  perMonth: {month: string; questions: number}[];
  states: Map<AnswerState, number>;
  responseTimes: ResponseTimes[];
  answersByRole: Map<Role, number>;
  longestWaiting: {number: number; title: string; language: string | null; days: number}[];
};

/** Answers that are shown, by someone other than the asker. */
const answersFromOthers = (question: Question) =>
  question.answers.flatMap((answer) => (!answer.hidden && answer.author.login !== question.author.login ? [answer] : []));

const firstAnswerAt = (question: Question): string | null =>
  answersFromOthers(question).reduce<string | null>((first, answer) => (first === null || answer.createdAt < first ? answer.createdAt : first), null);

const acceptedAt = (question: Question): string | null => {
  const accepted = question.answers.find((answer) => answer.accepted);
  return accepted && !accepted.hidden ? accepted.createdAt : null;
};

const answerState = (question: Question): AnswerState =>
  question.status === 'answered' ? 'accepted' : answersFromOthers(question).length > 0 ? 'replied' : 'waiting';

/** Every month from the first question's to `asOf`'s (UTC), with the questions asked in it. */
function questionsPerMonth(questions: readonly Question[], asOf: string): QuestionIndicators['perMonth'] {
  const months = questions.map((question) => question.createdAt.slice(0, 7)).sort();
  const first = months[0];
  if (first === undefined) return [];
  const counts = countBy([], months);
  const cursor = new Date(`${first}-01T00:00:00Z`);
  const last = asOf.slice(0, 7);
  const series: QuestionIndicators['perMonth'] = [];
  for (let month = first; month <= last; month = cursor.toISOString().slice(0, 7)) {
    series.push({month, questions: counts.get(month) ?? 0});
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return series;
}

function responseTimes(questions: readonly Question[], studyGroup: string | null): ResponseTimes {
  const waits = (answeredAt: (q: Question) => string | null) =>
    spread(questions.flatMap((question) => {
      const at = answeredAt(question);
      return at === null ? [] : [daysBetween(question.createdAt, at)];
    }));
  return {studyGroup, firstAnswer: waits(firstAnswerAt), acceptedAnswer: waits(acceptedAt)};
}

/**
 * The Q&A indicators of a forum snapshot taken at `asOf`. Times count only
 * the questions that got that answer (one still waiting has no time yet);
 * the longest waits are those of open, unanswered questions, as the
 * forum's "Unanswered" page lists them.
 */
export function questionIndicators(questions: readonly Question[], asOf: string, {waitingListLength = 5} = {}): QuestionIndicators {
  const studyGroups = [...new Set(questions.flatMap((question) => question.tags.studyGroups))].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
  const roleOf = (answer: ReturnType<typeof answersFromOthers>[number]): Role => answer.author.badge?.role ?? 'member';
  return {
    perMonth: questionsPerMonth(questions, asOf),
    states: countBy(ANSWER_STATES, questions.map(answerState)),
    responseTimes: [
      responseTimes(questions, null),
      ...studyGroups.map((group) => responseTimes(questions.filter((question) => question.tags.studyGroups.includes(group)), group)),
    ],
    answersByRole: countBy(ROLES, questions.flatMap(answersFromOthers).map(roleOf)),
    longestWaiting: questions
      .filter((question) => question.status === 'unanswered' && !question.locked && !question.closed)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .slice(0, waitingListLength)
      .map((question) => ({number: question.number, title: question.title, language: question.tags.language, days: Math.floor(daysBetween(question.createdAt, asOf))})),
  };
}
