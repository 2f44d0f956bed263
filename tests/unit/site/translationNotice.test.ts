import {describe, expect, it} from 'vitest';
import {headingAt, READ_IN_ENGLISH_KEY, readsInEnglish, sameHeading, setReadsInEnglish, withHeading} from '../../../src/lib/translationNotice';
import type {ChoiceStorage} from '../../../src/lib/translationNotice';

describe('the English original at the same heading (issue 22)', () => {
  const fr = ['quest-ce-quune-contribution-', 'corps', 'corps-1'];
  const en = ['what-a-contribution-is', 'body', 'body-1'];

  it('finds the heading the reader is at: the last one above the reading line, or none at the top', () => {
    const tops = [{id: 'a', top: -400}, {id: 'b', top: 60}, {id: 'c', top: 700}];
    expect(headingAt(tops, 96)).toBe('b');
    expect(headingAt(tops, 0)).toBe('a');
    expect(headingAt([{id: 'a', top: 300}], 96)).toBeNull();
  });

  it('maps a heading by position, both ways, and to the top when it cannot', () => {
    expect(sameHeading('corps-1', fr, en)).toBe('body-1');
    expect(sameHeading('body', en, fr)).toBe('corps');
    expect(sameHeading(null, fr, en)).toBeNull();
    expect(sameHeading('elsewhere', fr, en)).toBeNull();
    expect(sameHeading('corps', fr, [])).toBeNull();
  });

  it('writes the address with its parameters and heading, or none for the top', () => {
    expect(withHeading('/docs/guidelines/x', 'body', {from: 'fr'})).toBe('/docs/guidelines/x?from=fr#body');
    expect(withHeading('/docs/guidelines/x?from=ar#old', null)).toBe('/docs/guidelines/x?from=ar');
    expect(withHeading('/fr/docs/x', 'qu’est-ce')).toBe('/fr/docs/x#qu%E2%80%99est-ce');
    expect(withHeading('https://example.org/docs/x', 'a b')).toBe('https://example.org/docs/x#a%20b');
  });
});

describe('the "read in English" choice', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return {map, storage: {getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k)} satisfies ChoiceStorage};
  };

  it('is stored only when the reader asks, and forgotten when they undo it', () => {
    const {map, storage: s} = storage();
    expect(readsInEnglish(s)).toBe(false);
    expect(map.size).toBe(0);
    expect(setReadsInEnglish(s, true)).toBe(true);
    expect([...map]).toEqual([[READ_IN_ENGLISH_KEY, 'yes']]);
    expect(readsInEnglish(s)).toBe(true);
    setReadsInEnglish(s, false);
    expect(map.size).toBe(0);
    expect(readsInEnglish(s)).toBe(false);
  });

  it('is simply not kept where storage is refused (a private window)', () => {
    const refusing: ChoiceStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(setReadsInEnglish(refusing, true)).toBe(false);
    expect(readsInEnglish(refusing)).toBe(false);
    expect(readsInEnglish(null)).toBe(false);
  });
});
