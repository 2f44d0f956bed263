import {expect, test} from 'vitest';
import {maskEmail} from '../../../gateway/questions/maskEmail';

test('the first character and the domain, never the rest of the local part', () => {
  expect(maskEmail('amina.diallo@example.org')).toBe('a•••@example.org');
  expect(maskEmail('  Awa@Example.ORG ')).toBe('A•••@example.org');
  expect(maskEmail('first@last@example.org')).toBe('f•••@example.org');
});

test('a short local part shows no character: the first of two would be half of it', () => {
  expect(maskEmail('abc@example.org')).toBe('a•••@example.org');
  expect(maskEmail('ab@example.org')).toBe('•••@example.org');
  expect(maskEmail('a@example.org')).toBe('•••@example.org');
});

test('internationalized domains as the member wrote them, local parts by whole characters', () => {
  // What a browser's email field sends for пример.рф, and for a domain in Arabic.
  expect(maskEmail('ivan@xn--e1afmkfd.xn--p1ai')).toBe('i•••@пример.рф');
  expect(maskEmail('amina@xn--mgbh0fb.xn--kgbechtv')).toBe('a•••@مثال.إختبار');
  expect(maskEmail('иван@пример.рф')).toBe('и•••@пример.рф');
  // One character made of several code points (a flag, an accent combined) is shown whole or not at all.
  expect(maskEmail('🇸🇳awa@example.sn')).toBe('🇸🇳•••@example.sn');
  expect(maskEmail('e\u0301lodie@example.fr')).toBe('e\u0301•••@example.fr');
});

test('something that is no address is masked whole', () => {
  expect(maskEmail('not an address')).toBe('•••');
  expect(maskEmail('@example.org')).toBe('•••');
  expect(maskEmail('')).toBe('•••');
  expect(maskEmail('abc@')).toBe('a•••@');
});
