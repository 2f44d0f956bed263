import {describe, expect, it} from 'vitest';
import {jsonFields, readAnswer, splitErrors} from '../../../src/components/forum/AskWithGateway/answer';

describe('the gateway’s JSON answer', () => {
  it('reads an acceptance, with the masked address and the moderation time when the gateway gives them', () => {
    expect(readAnswer(202, {status: 'received', message: 'Consultez vos e-mails.'})).toEqual({kind: 'received', message: 'Consultez vos e-mails.', maskedEmail: null, moderationHours: null});
    expect(readAnswer(202, {status: 'received', message: 'ok', maskedEmail: 'a•••@example.org', moderationHours: 48})).toMatchObject({maskedEmail: 'a•••@example.org', moderationHours: 48});
    expect(readAnswer(202, {status: 'received', maskedEmail: 42, moderationHours: '48'})).toEqual({kind: 'received', message: null, maskedEmail: null, moderationHours: null});
  });

  it('reads refusals field by field, with when to try again from the body or the header', () => {
    const body = {status: 'refused', errors: [{field: 'question', message: 'Trop long'}, {field: 'address', message: 'Trop de questions'}, {field: 3}, 'x']};
    expect(readAnswer(400, body)).toEqual({kind: 'refused', errors: [{field: 'question', message: 'Trop long'}, {field: 'address', message: 'Trop de questions'}], retryAfterSeconds: null});
    expect(readAnswer(429, body, '600')).toMatchObject({retryAfterSeconds: 600});
    expect(readAnswer(429, {...body, retryAfterSeconds: 120}, 'soon')).toMatchObject({retryAfterSeconds: 120});
    expect(splitErrors([{field: 'question', message: 'Trop long'}, {field: 'question', message: 'Trop de liens'}, {field: 'address', message: 'Trop de questions'}])).toEqual({
      byField: {question: ['Trop long', 'Trop de liens']},
      general: ['Trop de questions'],
    });
  });

  it('calls anything else a failure: a proxy’s page, a server error, a refusal without errors', () => {
    expect(readAnswer(502, null)).toEqual({kind: 'failed', status: 502});
    expect(readAnswer(200, {status: 'ok'})).toEqual({kind: 'failed', status: 200});
    expect(readAnswer(400, {status: 'refused', errors: []})).toEqual({kind: 'failed', status: 400});
  });
});

it('sends what a plain post of the form would, the Recommendations as a list and the check’s solution', () => {
  const data = new FormData();
  for (const [name, value] of [['title', 'T'], ['question', 'Q'], ['recommendations', 'E.164'], ['recommendations', 'E.212'], ['website', ''], ['altcha', 'stale']]) data.append(name!, value!);
  expect(jsonFields(data, 'solution')).toEqual({title: 'T', question: 'Q', website: '', recommendations: ['E.164', 'E.212'], altcha: 'solution'});
});
