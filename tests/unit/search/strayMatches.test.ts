import {describe, expect, it} from 'vitest';
import {foundOnlyStrays, isStray, matchedWords, typedWords} from '../../../plugins/search-local/strayMatches';

describe('typedWords', () => {
  it('reads the query as Pagefind does: lower case, without accents or punctuation', () => {
    expect(typedWords('  qwxkjvb & qwkv? ')).toEqual(['qwxkjvb', 'qwkv']);
    expect(typedWords('E.164 Préparer')).toEqual(['e164', 'preparer']);
    expect(typedWords('إعداد مساهمة')).toEqual(['اعداد', 'مساهمة']);
    expect(typedWords('%%% ???')).toEqual([]);
  });
});

describe('matchedWords', () => {
  it('takes the words at the locations, as the excerpts mark them', () => {
    expect(matchedWords({raw_content: 'La CE 11 (série Q) et la série Q.', locations: [4, 8, 4]})).toEqual(['Q)', 'Q.']);
  });

  it('counts words between U+200B where Pagefind segmented the text (Chinese)', () => {
    expect(matchedWords({raw_content: '国家\u200B标准化\u200B秘书处\u200B Q', locations: [1, 3]})).toEqual(['标准化', 'Q']);
  });

  it('ignores a location past the text', () => {
    expect(matchedWords({raw_content: 'one two', locations: [7]})).toEqual([]);
  });
});

describe('isStray', () => {
  it('is a short beginning of a typed word: one letter, or half of it or less', () => {
    expect(isStray('Q)', ['qwxkjvb'])).toBe(true);
    expect(isStray('do', ['docker'])).toBe(true);
    expect(isStray('AR', ['artery'])).toBe(true);
    expect(isStray('a', ['ab'])).toBe(true);
    expect(isStray('م', ['مقثغضظ'])).toBe(true);
  });

  it('is a compound word matched by a short part', () => {
    expect(isStray('in-building', ['inqwkjvb'])).toBe(true);
    expect(isStray('X.805', ['xylophone'])).toBe(true);
  });

  it('is not a word that begins with a typed word, whole or by a part', () => {
    expect(isStray('Q', ['q', 'qwxkjvb'])).toBe(false);
    expect(isStray('secretariats', ['secretar'])).toBe(false);
    expect(isStray('E.164', ['e164'])).toBe(false);
    expect(isStray('SG12RG-AFR', ['sg12'])).toBe(false);
    expect(isStray('Genève', ['geneve'])).toBe(false);
  });

  it('is not more than half a typed word: an ending Pagefind does not know, or a word half typed', () => {
    expect(isStray('standard', ['standardisation'])).toBe(false);
    expect(isStray('installed', ['installa'])).toBe(false);
    expect(isStray('secretariat', ['secretariats'])).toBe(false);
  });

  it('is not a word matched otherwise (stemming, synonyms)', () => {
    expect(isStray('المرشد', ['مرشد'])).toBe(false);
    expect(isStray('standardization', ['standardisation'])).toBe(false);
  });

  it('is never a Chinese word: one character can be a word, and Pagefind splits words apart from the browser', () => {
    expect(isStray('标准', ['标准化秘书处'])).toBe(false);
    expect(isStray('导', ['导师'])).toBe(false);
  });
});

describe('foundOnlyStrays', () => {
  const studyGroups = {raw_content: 'La CE 11 travaille sur la signalisation (série Q) et les tests.', locations: [8]};

  it('is true when every matched word of the best page is stray', () => {
    expect(foundOnlyStrays('qwxkjvb & qwkv?', studyGroups)).toBe(true);
    expect(foundOnlyStrays('qwxkjvb', {raw_content: 'Q.5050 Q.5051 Q', locations: [0, 1, 2]})).toBe(true);
  });

  it('is false when one matched word is a match', () => {
    expect(foundOnlyStrays('tests qwxkjvb', {...studyGroups, locations: [8, 11]})).toBe(false);
    expect(foundOnlyStrays('标准化', {raw_content: '转化\u200B标准\u200B化', locations: [1, 2]})).toBe(false);
  });

  it('is false when the page tells no matched word', () => {
    expect(foundOnlyStrays('qwxkjvb', {...studyGroups, locations: []})).toBe(false);
  });
});
