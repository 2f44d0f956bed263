import {expect, it} from 'vitest';
import {HONEYPOT_FIELD, readSubmission} from '../../../gateway/questions/fields';
import {GATEWAY_FIELDS} from '../../../plugins/forum/gatewayFields';

// The site never imports the gateway; this test holds the two together.
const F = GATEWAY_FIELDS;

it('posts every field under a name the gateway reads', () => {
  const read = readSubmission(
    {
      [F.title]: 'Numbering for IoT',
      [F.question]: 'How do we open an M2M range?',
      [F.email]: 'member@example.org',
      [F.name]: 'Awa',
      [F.country]: 'Senegal (SEN)',
      [F.language]: 'es',
      [F.studyGroup]: 'SG2',
      [F.recommendations]: ['E.164', 'E.212'],
      [F.altcha]: 'solution',
      [F.locale]: 'fr',
      [F.honeypot]: '',
    },
    'en',
  );
  expect(read.problems).toEqual([]);
  expect(read.honeypot).toBe(false);
  expect(read.submission).toEqual({
    question: {title: 'Numbering for IoT', question: 'How do we open an M2M range?', recommendations: ['E.164', 'E.212'], studyGroup: 'SG2', country: 'Senegal (SEN)', language: 'es'},
    locale: 'fr',
    email: 'member@example.org',
    name: 'Awa',
    challenge: 'solution',
    stamp: null,
  });
});

it('has the gateway’s honeypot', () => {
  expect(F.honeypot).toBe(HONEYPOT_FIELD);
  expect(readSubmission({[F.honeypot]: 'https://spam.example'}, 'en').honeypot).toBe(true);
});
