import {describe, expect, it} from 'vitest';
import {LIMITS, readSubmission} from '../../../gateway/questions/fields';
import {isEmailAddress, measure, QUESTION_LIMITS, writtenFieldProblems} from '../../../plugins/forum/questionLimits';

const fine = {title: 'Numbering for IoT', question: 'How do we open an M2M range?', email: 'amina@example.org', name: 'Amina'};
const problems = (change: Partial<typeof fine>) => writtenFieldProblems({...fine, ...change}).map(({field, problem, limit}) => [field, problem, limit]);
/** What the gateway itself refuses, by field, for the same fields. */
const gatewayRefuses = (change: Partial<typeof fine>) => readSubmission({...fine, ...change, altcha: 'x'}, 'en').problems.map((p) => p.field);

describe('the limits the ask page and the gateway share', () => {
  it('are the gateway’s own: one object, not a copy', () => {
    expect(LIMITS).toBe(QUESTION_LIMITS);
    expect(QUESTION_LIMITS).toMatchObject({titleChars: 150, questionChars: 5000, links: 3});
  });

  it('refuses an address without a dot in its domain, as the gateway does, though browsers take it', () => {
    expect(isEmailAddress('amina@example')).toBe(false);
    expect(problems({email: 'amina@example'})).toEqual([['email', 'invalid', undefined]]);
    expect(gatewayRefuses({email: 'amina@example'})).toEqual(['email']);
    expect(isEmailAddress('amina@example.org')).toBe(true);
    expect(isEmailAddress(`${'a'.repeat(250)}@example.org`)).toBe(false);
  });

  it('counts characters as code points, after the cleaning the gateway does', () => {
    expect(measure({title: '  𠀀 two\nlines ', question: '\u0000 x <!-- y '})).toEqual({titleChars: 11, questionChars: 11, links: 0});
    expect(problems({title: '中'.repeat(150)})).toEqual([]);
    expect(problems({title: '中'.repeat(151)})).toEqual([['title', 'tooLong', 150]]);
  });

  it('counts the title’s links with the question’s, and says which limit each problem passes', () => {
    expect(measure({title: 'see www.itu.int', question: 'http://a https://b'}).links).toBe(3);
    expect(problems({title: 'see www.itu.int', question: 'http://a https://b http://c'})).toEqual([['question', 'tooManyLinks', 3]]);
    expect(problems({question: 'x'.repeat(5001)})).toEqual([['question', 'tooLong', 5000]]);
    expect(problems({title: ' ', question: '', email: '', name: 'n'.repeat(61)})).toEqual([
      ['title', 'missing', undefined],
      ['question', 'missing', undefined],
      ['email', 'invalid', undefined],
      ['name', 'tooLong', 60],
    ]);
  });

  it('agrees with the gateway on every written field', () => {
    for (const change of [{title: 'x'.repeat(151)}, {question: 'x'.repeat(5001)}, {question: 'www.a www.b www.c www.d'}, {email: 'no'}, {name: 'n'.repeat(61)}, {title: ''}, {}]) {
      expect(gatewayRefuses(change)).toEqual(problems(change).map(([field]) => field));
    }
  });
});
