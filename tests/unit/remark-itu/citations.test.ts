import {describe, expect, it} from 'vitest';
import {findCitations} from '../../../plugins/remark-itu/citations';

const cite = (text: string) => findCitations(text).map(({text, id}) => [text, id]);

describe('findCitations', () => {
  it.each([
    ['Apply Recommendation ITU-T X.509 to PKI.', 'Recommendation ITU-T X.509', 'X.509'],
    ['See ITU-T E.164.', 'ITU-T E.164', 'E.164'],
    ['per Rec. ITU-T K.52 (08/2024) only', 'Rec. ITU-T K.52 (08/2024)', 'K.52'],
    ['the old ITU-T Recommendation X.509 cover', 'ITU-T Recommendation X.509', 'X.509'],
    ['GPON, ITU-T G.984.1, is', 'ITU-T G.984.1', 'G.984.1'],
    ['OTN (ITU-T G.709/Y.1331) frames', 'ITU-T G.709/Y.1331', 'G.709/Y.1331'],
    ['ITU-T G.984.1 Amd. 1 adds', 'ITU-T G.984.1 Amd. 1', 'G.984.1'],
    ['ITU-T Y.4000 Suppl. 70 lists', 'ITU-T Y.4000 Suppl. 70', 'Y.4000'],
    ['ITU-T H.222.0 Cor.2 fixes', 'ITU-T H.222.0 Cor.2', 'H.222.0'],
    ['la Recommandation UIT-T E.164 définit', 'Recommandation UIT-T E.164', 'E.164'],
    ['la Recomendación UIT-T E.800 define', 'Recomendación UIT-T E.800', 'E.800'],
    ['Рекомендация МСЭ-Т E.164 определяет', 'Рекомендация МСЭ-Т E.164', 'E.164'],
    ['согласно Рекомендации МСЭ-T K.52', 'Рекомендации МСЭ-T K.52', 'K.52'],
    ['遵循ITU-T X.509建议书的要求', 'ITU-T X.509建议书', 'X.509'],
    ['تحدد التوصية ITU-T E.164 بنية الأرقام', 'التوصية ITU-T E.164', 'E.164'],
  ])('%s', (text, citation, id) => {
    expect(cite(text)).toEqual([[citation, id]]);
  });

  it('finds several citations in one text', () => {
    expect(cite('ITU-T K.52, then ITU-T K.91 and Recommendation ITU-T K.100.')).toEqual([
      ['ITU-T K.52', 'K.52'],
      ['ITU-T K.91', 'K.91'],
      ['Recommendation ITU-T K.100', 'K.100'],
    ]);
  });

  it.each([
    ['a bare number: E.164 is not enough'],
    ['the ITU-T study groups'],
    ['ITU-T W.1 uses a letter ITU-T never uses'],
    ['ITU-TE.164 glued together'],
  ])('ignores %s', (text) => {
    expect(cite(text)).toEqual([]);
  });
});
