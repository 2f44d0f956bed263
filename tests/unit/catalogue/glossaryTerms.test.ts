import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {LOCALES} from '../../../locales';
import {validateDataFile} from '../../../plugins/catalogue/dataSchema';
import {loadCatalogue} from '../../../plugins/catalogue/loadCatalogue';
import {abbreviationMatcher} from '../../../plugins/remark-itu/glossary';

const SITE = path.join(__dirname, '../../..');

describe('glossary entries: abbreviations and terms', () => {
  it('accepts an abbreviation with its expansion, a term, and both with forbidden forms and alternatives', () => {
    expect(
      validateDataFile('glossary', [
        {id: 'tsb', abbr: 'TSB', expansion: 'Telecommunication Standardization Bureau'},
        {id: 'aap', abbr: 'AAP', expansion: "variante de la procédure d'approbation", terms: ["variante* de la procédure d'approbation"], forbidden: ["procédure* d'approbation alternative*"]},
        {id: 'contribution', terms: ['文稿'], alternatives: ['贡献']},
      ]),
    ).toEqual([]);
  });

  it('refuses an entry with neither abbreviation nor terms, an expansion alone, an abbreviation alone and an empty list', () => {
    const problems = validateDataFile('glossary', [{id: 'a'}, {id: 'b', expansion: 'x', terms: ['x']}, {id: 'c', abbr: 'C'}, {id: 'd', terms: []}]);
    expect(problems.map((p) => `${p.path.join('.')}: ${p.expected}`)).toEqual([
      '0.terms: (required without an abbr) a list of the forms a translation must use (`*` for an inflected ending, {1} {2} for numbers), e.g. ["sujet* d\'étude"]',
      '1.expansion: the expansion in this language (only with an abbr)',
      '2.expansion: the expansion in this language (only with an abbr)',
      '3.terms: (required without an abbr) a list of the forms a translation must use (`*` for an inflected ending, {1} {2} for numbers), e.g. ["sujet* d\'étude"]',
    ]);
  });

  it('gives remark-itu tooltips for abbreviations only', () => {
    const match = abbreviationMatcher({fr: [{id: 'tsb', abbr: 'TSB', expansion: 'Bureau'}, {id: 'work-item', terms: ["sujet* d'étude"]}]})('fr');
    expect([...(match?.expansions ?? [])]).toEqual([['TSB', 'Bureau']]);
  });
});

describe("the site's glossary (data/glossary/)", () => {
  const {catalogue, problems} = loadCatalogue(SITE, path.join(SITE, 'data'));
  const ids = (locale: (typeof LOCALES)[number]) => catalogue.glossary[locale]?.map((entry) => entry.id);

  it('is valid and has the same ids, in the same order, in every language: a term missing in one would go unchecked there', () => {
    expect(problems).toEqual([]);
    for (const locale of LOCALES) expect(ids(locale), locale).toEqual(ids('en'));
  });

  it("has terms wherever English has them, and ITU's forms for the terms that varied (TERMS.md)", () => {
    const entry = (locale: (typeof LOCALES)[number], id: string) => catalogue.glossary[locale]?.find((e) => e.id === id);
    for (const locale of LOCALES) {
      for (const english of catalogue.glossary.en ?? []) if (english.terms) expect(entry(locale, english.id)?.terms, `${locale} ${english.id}`).toBeDefined();
    }
    expect(entry('fr', 'aap')).toMatchObject({expansion: "variante de la procédure d'approbation", forbidden: ["procédure* d'approbation alternative*"]});
    expect(entry('es', 'policy-implications')?.forbidden).toContain('repercusiones políticas');
    expect(entry('ru', 'qoe')?.forbidden).toContain('качеств* восприяти*');
    expect(entry('zh', 'newcomer')).toMatchObject({terms: ['新参与者', '初次参会者'], forbidden: ['新成员']});
    expect(entry('zh', 'contribution')?.alternatives).toContain('贡献');
    expect(['fr', 'es', 'ru', 'zh', 'ar'].map((l) => entry(l as 'fr', 'sg-number')?.terms?.[0])).toEqual(['CE {1}', 'CE {1}', 'ИК{1}', '第{1}研究组', 'لجنة الدراسات {1}']);
  });
});
