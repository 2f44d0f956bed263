import {describe, expect, test} from 'vitest';
import {LIMITS, readSubmission, sentFields} from '../../../gateway/questions/fields';

const valid = {title: 'How to apply E.164?', question: 'Our regulator asks…', email: 'a@example.org', name: 'Amina', country: 'Senegal', language: 'fr', study_group: 'SG2', recommendations: 'E.164, ITU-T G.984.1', altcha: 'x'};

describe('readSubmission', () => {
  test('reads a valid question into the forum\'s Question shape', () => {
    expect(readSubmission(valid, 'en')).toEqual({
      locale: 'fr',
      honeypot: false,
      problems: [],
      submission: {question: {title: 'How to apply E.164?', question: 'Our regulator asks…', recommendations: ['E.164', 'G.984.1'], studyGroup: 'SG2', country: 'Senegal', language: 'fr'}, locale: 'fr', email: 'a@example.org', name: 'Amina', challenge: 'x', stamp: null},
    });
  });

  test('a form without the challenge\'s field (no JavaScript) is told apart from one with it left empty', () => {
    const {altcha: _, ...withoutField} = valid;
    expect(readSubmission(withoutField, 'en').submission?.challenge).toBeNull();
    expect(readSubmission({...valid, altcha: ''}, 'en').submission?.challenge).toBe('');
  });

  test('what the member sent is kept as sent for the gateway\'s page: uncleaned, every Recommendation, nothing empty', () => {
    expect(sentFields({...valid, title: '  <b>E.164</b> <!-- x --> ', recommendations: ['E.164', 'bad id'], locale: 'fr', country: '', stamp: 'old', website: ''})).toEqual({
      title: '  <b>E.164</b> <!-- x --> ',
      question: 'Our regulator asks…',
      email: 'a@example.org',
      name: 'Amina',
      hidden: [['language', 'fr'], ['study_group', 'SG2'], ['locale', 'fr'], ['recommendations', 'E.164'], ['recommendations', 'bad id']],
    });
  });

  test('titles and names lose line breaks and bidi overrides; HTML stays text for the pages to escape', () => {
    const {submission} = readSubmission({...valid, title: 'Hi\r\nBcc: x@evil\u202e <b>', name: 'Eve\r\nBcc: victim@example.org'}, 'en');
    expect(submission?.question.title).toBe('Hi Bcc: x@evil <b>');
    expect(submission?.name).toBe('Eve Bcc: victim@example.org');
  });

  test('reports every problem, in the member\'s language', () => {
    const read = readSubmission({title: 'x'.repeat(LIMITS.titleChars + 1), question: 'see http://a http://b www.c https://d', email: 'no', study_group: 'SG99', recommendations: ['E.164', '<script>'], locale: 'ar'}, 'en');
    expect(read.locale).toBe('ar');
    expect(read.problems.map((p) => [p.field, p.message.key])).toEqual([
      ['title', 'titleTooLong'],
      ['question', 'tooManyLinks'],
      ['email', 'emailInvalid'],
      ['study_group', 'studyGroupInvalid'],
      ['recommendations', 'recommendationInvalid'],
    ]);
    expect(read.submission).toBeNull();
  });

  test('counts characters, not UTF-16 units: a 150-character Chinese title passes', () => {
    expect(readSubmission({...valid, title: '𠀀'.repeat(LIMITS.titleChars)}, 'en').problems).toEqual([]);
    expect(readSubmission({...valid, question: ''}, 'en').problems.map((p) => p.message.key)).toEqual(['questionMissing']);
  });

  test('a filled honeypot is seen; unknown languages fall back to the browser\'s', () => {
    expect(readSubmission({...valid, website: 'http://spam'}, 'en').honeypot).toBe(true);
    expect(readSubmission({...valid, language: 'xx'}, 'ru').locale).toBe('ru');
  });
});
