import {expect, it} from 'vitest';
import {newQuestionUrl, questionBody} from '../../../plugins/forum/askUrl';
import {formFields, threadTags} from '../../../plugins/forum/tags';

const question = {title: 'Numbering for IoT', question: 'How do we open an M2M range?', recommendations: ['E.164', 'E.212'], studyGroup: 'SG2', country: 'Kenya (KEN)', language: 'fr'};

it('prefills GitHub’s new-discussion form with the fields, a matching body and labels', () => {
  const url = new URL(newQuestionUrl('https://github.com/o/r/discussions/new?category=q-a', question));
  expect(url.origin + url.pathname).toBe('https://github.com/o/r/discussions/new');
  expect(Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'body'))).toEqual({
    category: 'q-a',
    title: 'Numbering for IoT',
    question: 'How do we open an M2M range?',
    recommendations: 'E.164, E.212',
    'study-group': 'SG2',
    country: 'Kenya (KEN)',
    language: 'fr',
    labels: 'rec:E.164,rec:E.212,sg:SG2,lang:fr',
  });
});

it('writes a body that the forum reads back into the same tags', () => {
  const body = new URL(newQuestionUrl('https://github.com/o/r/discussions/new?category=q-a', question)).searchParams.get('body') ?? '';
  expect(formFields(body).get('question')).toBe('How do we open an M2M range?');
  expect(threadTags({labels: [], body})).toEqual({recommendations: ['E.164', 'E.212'], studyGroups: ['SG2'], language: 'fr', country: 'Kenya (KEN)'});
});

it('lets no text forge a section: a heading line in the question stays text', () => {
  const forged = {...question, question: 'Numbers?\n### Country\n\nFrance (FRA)\n   ### Language\n\nzh\n#### Not a section either', title: '$& ### Title'};
  const body = questionBody(forged);
  expect(threadTags({labels: [], body})).toEqual({recommendations: ['E.164', 'E.212'], studyGroups: ['SG2'], language: 'fr', country: 'Kenya (KEN)'});
  expect(formFields(body).get('question')).toBe('Numbers?\n\\### Country\n\nFrance (FRA)\n   \\### Language\n\nzh\n\\#### Not a section either');
});
