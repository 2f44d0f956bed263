import {describe, expect, it} from 'vitest';
import {checkTranslation} from '../../../plugins/translations/check/checkTranslation';
import {riskySentences} from '../../../plugins/translations/check/highRisk';
import {identifiersOf, lookalikes} from '../../../plugins/translations/check/identifiers';
import {fixTypography, typographyFindings} from '../../../plugins/translations/check/typography';
import {LOCALE_INFO} from '../../../locales';
import {outline} from '../../../plugins/translations/check/outline';
import type {GlossaryEntry} from '../../../plugins/catalogue/types';

const FRONT_MATTER = '---\ndescription: A page for the translation gates, with enough words here.\nprogramme: [1]\naudience: [newcomer]\nrecommendations: []\nstudy_groups: []\nlast_reviewed: 2026-01-15\n---\n';
/** The translation's front matter has two more lines (the pin): its body starts on line 11. */
const BODY = 11;

const GLOSSARY: Record<'en' | 'fr' | 'zh' | 'ru', GlossaryEntry[]> = {
  en: [
    {id: 'sg-number', terms: ['SG{1}', 'SG {1}', 'Study Group {1}']},
    {id: 'wp-number', terms: ['WP{1}/{2}']},
    {id: 'work-item', terms: ['work item*']},
    {id: 'aap', abbr: 'AAP', expansion: 'alternative approval process', terms: ['alternative approval process*']},
    {id: 'newcomer', terms: ['newcomer*']},
  ],
  fr: [
    {id: 'sg-number', terms: ['CE {1}']},
    {id: 'wp-number', terms: ['GT {1}/{2}']},
    {id: 'work-item', terms: ["sujet* d'étude"]},
    {id: 'aap', abbr: 'AAP', expansion: "variante de la procédure d'approbation", terms: ["variante* de la procédure d'approbation"], forbidden: ["procédure* d'approbation alternative*"]},
    {id: 'newcomer', terms: ['nouveau participant', 'nouveau* participant*']},
  ],
  zh: [
    {id: 'sg-number', terms: ['第{1}研究组']},
    {id: 'wp-number', terms: ['第{2}研究组第{1}工作组']},
    {id: 'work-item', terms: ['工作项目']},
    {id: 'aap', abbr: 'AAP', expansion: '替代批准程序', terms: ['替代批准程序']},
    {id: 'newcomer', terms: ['新参与者'], forbidden: ['新成员'], alternatives: ['新手']},
  ],
  ru: [
    {id: 'sg-number', terms: ['ИК{1}']},
    {id: 'wp-number', terms: ['РГ{1}/{2}']},
    {id: 'work-item', terms: ['рабочий пункт', 'рабоч* пункт*']},
    {id: 'aap', abbr: 'АПУ', expansion: 'альтернативный процесс утверждения', terms: ['альтернативн* процесс* утверждения']},
    {id: 'newcomer', terms: ['новый участник', 'нов* участник*']},
  ],
};

/** `file:line [rule] message` of each problem of the gates (front matter and pin rules left out). */
async function gates(locale: 'fr' | 'zh' | 'ru', english: string, translated: string, only?: string) {
  const file = `i18n/${locale}/docusaurus-plugin-content-docs/current/page.md`;
  const problems = await checkTranslation({
    file,
    page: 'page.md',
    locale,
    text: `${FRONT_MATTER.replace('---\n', '---\ntranslation_of:\n  hash: 0123456789abcdef\n')}${translated}`,
    source: `${FRONT_MATTER}${english}`,
    pinned: `${FRONT_MATTER}${english}`,
    history: false,
    glossary: {english: GLOSSARY.en, local: GLOSSARY[locale]},
    today: '2026-11-29',
  });
  return problems
    .filter((p) => p.rule !== 'front-matter' && (only === undefined || p.rule === only))
    .map((p) => `${p.file.replace(/.*current\//, '')}:${p.line} [${p.rule}] ${p.message}`);
}

describe('identifiers gate', () => {
  const english = 'Numbers follow Recommendation ITU-T E.164 (11/2010), see SG2-C75 and SG2-TD97/PLEN, Q7/20 in WP1/13 and SG3RG-AFR.\n\nWrite to tsb@itu.int or read https://www.itu.int/en/ITU-T/ before 2026-03-15: 1,500 members, 95% of them.\n';

  it('passes a translation that keeps every identifier (full-width brackets, grouped digits and a spaced % read as the same)', async () => {
    const french = 'La numérotation suit la Recommandation UIT-T E.164（11/2010）, voir SG2-C75 et SG2-TD97/PLEN, Q7/20 au sein du GT 1/13 (WP1/13) et SG3RG-AFR.\n\nÉcrivez à tsb@itu.int ou lisez https://www.itu.int/en/ITU-T/ avant le 2026-03-15 : 1 500 membres, 95 % d\'entre eux.\n';
    expect(await gates('fr', english, french, 'identifier')).toEqual([]);
  });

  it('refuses a changed edition, document, Question, date, number and percentage, each at its line, naming it', async () => {
    const french = 'La numérotation suit la Recommandation UIT-T E.164 (2010), voir SG2-C57 et SG2-TD97/PLEN, la Question 7 au sein du GT 1/13 (WP1/13) et SG3RG-AFR.\n\nÉcrivez à tsb@itu.int ou lisez https://www.itu.int/en/ITU-T/ avant le 15 mars 2026 : mille cinq cents membres, 59 % d\'entre eux.\n';
    expect(await gates('fr', english, french, 'identifier')).toEqual([
      `page.md:${BODY} [identifier] the Recommendation "E.164 (11/2010)" of the English page (its line 9) is not here: identifiers are never translated`,
      `page.md:${BODY} [identifier] the document "SG2-C75" of the English page (its line 9) is not here: identifiers are never translated`,
      `page.md:${BODY} [identifier] the Question "Q7/20" of the English page (its line 9) is not here: identifiers are never translated`,
      `page.md:${BODY + 2} [identifier] the date "2026-03-15" of the English page (its line 11) is not here: identifiers are never translated`,
      `page.md:${BODY + 2} [identifier] the number "1,500" of the English page (its line 11) is not here: identifiers are never translated`,
      `page.md:${BODY + 2} [identifier] the percentage "95%" of the English page (its line 11) is not here: identifiers are never translated`,
    ]);
  });

  it('names a Cyrillic look-alike letter inside an identifier', async () => {
    const russian = 'Нумерация следует Рекомендации МСЭ-Т Е.164 (11/2010).\n';
    expect(await gates('ru', 'Numbering follows Recommendation ITU-T E.164 (11/2010).\n', russian, 'lookalike')).toEqual([
      `page.md:${BODY} [lookalike] "Е.164 (11/2010)" has U+0415 CYRILLIC CAPITAL LETTER IE ("Е", not the Latin "E"): write the Recommendation "E.164 (11/2010)" in ASCII Latin letters`,
    ]);
  });

  it('ends a URL where Chinese or Arabic text runs on after it without a space', () => {
    expect(identifiersOf('例如https://www.itu.int/rec/T-REC-H.870。在链接中').map((i) => `${i.kind} ${i.key}`)).toEqual(['URL https://www.itu.int/rec/T-REC-H.870']);
  });

  it('reads numbers inside identifiers as part of them, and numbers in words as words', () => {
    expect(identifiersOf('WP1/13 met 3 times (E.164 (11/2010)); two weeks').map((i) => `${i.kind} ${i.key}`)).toEqual(['working party WP1/13', 'number 3', 'Recommendation E.164 (11/2010)']);
  });
});

describe('glossary terms gate', () => {
  it('requires the local numbered form where the English says SG 13, Study Group 13 or WP1/13; the English may follow it', async () => {
    const english = 'Study Group 13 and SG 17 meet; WP1/13 handles it. Read SG2-C75.\n';
    expect(await gates('fr', english, 'La CE 13 (SG13) et la CE 17 se réunissent ; le GT 1/13 (WP1/13) s\'en charge. Lisez SG2-C75.\n', 'glossary')).toEqual([]);
    expect(await gates('zh', english, '第13研究组和第17研究组开会；第13研究组第1工作组（WP1/13）负责。阅读SG2-C75。\n', 'glossary')).toEqual([]);
    const found = await gates('fr', english, 'La SG13 et la CE 17 se réunissent\u202f; le WP1/13 s\'en charge. Lisez SG2-C75.\n');
    expect(found.filter((p) => / \[(glossary|forbidden-term)\] /.test(p))).toEqual([
      `page.md:${BODY} [glossary] the English page says "Study Group 13" (its line 9): write "CE 13" here (data/glossary/fr.yml, sg-number)`,
      `page.md:${BODY} [forbidden-term] "SG13" is the English form: write "CE 13" (the English may follow in parentheses, never replace it; data/glossary/fr.yml, sg-number)`,
      `page.md:${BODY} [glossary] the English page says "WP1/13" (its line 9): write "GT 1/13" here (data/glossary/fr.yml, wp-number)`,
      `page.md:${BODY} [forbidden-term] "WP1/13" is the English form: write "GT 1/13" (the English may follow in parentheses, never replace it; data/glossary/fr.yml, wp-number)`,
    ]);
  });

  it('reads a code quoted as written as notation, and a table row as one passage', async () => {
    const english = 'ITU sometimes writes the code with a space, as in "SG3 RG-AFR".\n\n| Notation | Meaning |\n|---|---|\n| WP1/13 | Working Party 1 of Study Group 13 |\n';
    const french = "L'UIT écrit parfois le code avec une espace, comme dans «\u202fSG3 RG-AFR\u202f».\n\n| Notation | Signification |\n|---|---|\n| WP1/13 | Groupe de travail 1 de la CE 13 (GT 1/13) |\n";
    expect(await gates('fr', english, french, 'glossary')).toEqual([]);
    expect(await gates('fr', english, french, 'forbidden-term')).toEqual([]);
    // Unquoted, the same words are a study group left in English; a row without the local form keeps the notation alone.
    expect(await gates('fr', english, french.replace('«\u202fSG3 RG-AFR\u202f»', 'SG3 RG-AFR').replace(' (GT 1/13)', ''), 'forbidden-term')).toEqual([
      `page.md:${BODY} [forbidden-term] "SG3" is the English form: write "CE 3" (the English may follow in parentheses, never replace it; data/glossary/fr.yml, sg-number)`,
      `page.md:${BODY + 4} [forbidden-term] "WP1/13" is the English form: write "GT 1/13" (the English may follow in parentheses, never replace it; data/glossary/fr.yml, wp-number)`,
    ]);
  });

  it('accepts inflected forms and refuses a missing term and a forbidden one', async () => {
    const english = 'Two work items go through the alternative approval process (AAP). Newcomers are welcome.\n';
    expect(await gates('fr', english, "Deux sujets d'étude suivent la variante de la procédure d'approbation (AAP). Les nouveaux participants sont les bienvenus.\n", 'glossary')).toEqual([]);
    expect(await gates('ru', english, 'Два рабочих пункта проходят альтернативный процесс утверждения (АПУ). Новым участникам рады.\n', 'glossary')).toEqual([]);
    expect(await gates('fr', english, "Deux points de travail suivent la procédure d'approbation alternative (AAP). Les nouveaux participants sont les bienvenus.\n")).toEqual([
      `page.md:${BODY} [glossary] the English page says "work items" (its line 9): write "sujet d'étude" here (data/glossary/fr.yml, work-item)`,
      `page.md:${BODY} [glossary] the English page says "alternative approval process" (its line 9): write "variante de la procédure d'approbation" here (data/glossary/fr.yml, aap)`,
      `page.md:${BODY} [forbidden-term] "procédure d'approbation alternative" is not ITU's term here: write "variante de la procédure d'approbation" (data/glossary/fr.yml, aap)`,
    ]);
    expect(await gates('zh', 'Newcomers are welcome.\n', '欢迎新成员。\n')).toEqual([
      `page.md:${BODY} [glossary] the English page says "Newcomers" (its line 9): write "新参与者" here (data/glossary/zh.yml, newcomer)`,
      `page.md:${BODY} [forbidden-term] "新成员" is not ITU's term here: write "新参与者" (data/glossary/zh.yml, newcomer)`,
    ]);
  });
});

describe('typography gate', () => {
  it('refuses French prose without U+202F, with ASCII quotes or a curly apostrophe, and leaves URLs, times and identifiers alone', async () => {
    const english = 'Why? Read "this": see https://www.itu.int/a:b at 10:30 (WP1/13).\n';
    const good = "Pourquoi\u202f? Lisez «\u202fceci\u202f»\u202f: voir https://www.itu.int/a:b à 10:30 (GT 1/13, WP1/13). C'est tout.\n";
    expect(await gates('fr', english, good, 'typography')).toEqual([]);
    const bad = 'Pourquoi ? Lisez "ceci": voir https://www.itu.int/a:b à 10:30 (GT 1/13, WP1/13). C’est tout.\n';
    expect(await gates('fr', english, bad, 'typography')).toEqual([
      `page.md:${BODY} [typography] "Pourquoi ? …": a narrow no-break space (U+202F) goes before "?", not this space (french-spacing; npm run translations -- fix-typography rewrites it)`,
      `page.md:${BODY} [typography] "…uoi ? Lisez "c…": quote with guillemets « … », not " (french-spacing; npm run translations -- fix-typography rewrites it)`,
      `page.md:${BODY} [typography] "… Lisez "ceci":…": quote with guillemets « … », not " (french-spacing; npm run translations -- fix-typography rewrites it)`,
      `page.md:${BODY} [typography] "…Lisez "ceci": …": a narrow no-break space (U+202F) goes before ":" (french-spacing; npm run translations -- fix-typography rewrites it)`,
      `page.md:${BODY} [typography] "…, WP1/13). C’e…": one apostrophe, the ASCII ' (not ’) (french-spacing; npm run translations -- fix-typography rewrites it)`,
    ]);
  });

  it('refuses ASCII punctuation beside Chinese characters, not inside identifiers or between Latin words', async () => {
    const english = 'Study Group 13, see E.164 (11/2010), ITU-T, ITU-R.\n';
    expect(await gates('zh', english, '第13研究组，见E.164 (11/2010)，ITU-T, ITU-R。\n', 'typography')).toEqual([]);
    expect(await gates('zh', english, '第13研究组, 见E.164 (11/2010)(WP1/13)。\n', 'typography')).toEqual([
      `page.md:${BODY} [typography] "第13研究组, …": write the full-width "，", not the ASCII "," (full-width-punctuation; npm run translations -- fix-typography rewrites it)`,
      `page.md:${BODY} [typography] "…2010)(WP1/13)。": write the full-width "）", not the ASCII ")" (full-width-punctuation; npm run translations -- fix-typography rewrites it)`,
    ]);
  });
});

describe('completeness gate', () => {
  const english = `## Steps\n\n${'Prepare the document carefully and send it to the secretariat before the deadline. '.repeat(3)}\n\n- one\n- two\n- three\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`;

  it('passes a section of the expected length with the same paragraphs, items and rows', async () => {
    const french = `## Étapes\n\n${'Préparez soigneusement le document et envoyez-le au secrétariat avant la date limite. '.repeat(3)}\n\n- un\n- deux\n- trois\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`;
    expect(await gates('fr', english, french, 'length')).toEqual([]);
    expect(await gates('fr', english, french, 'block-count')).toEqual([]);
  });

  it('refuses a section much shorter than expected, and a dropped list item, naming the section and its line', async () => {
    const french = `## Étapes\n\nPréparez le document.\n\n- un\n- deux\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`;
    const found = await gates('fr', english, french);
    expect(found.filter((p) => / \[(length|block-count)\] /.test(p))).toEqual([
      `page.md:${BODY} [length] section "Étapes" has 35 characters of prose where about 265 are expected (the English has 230, its line 9): translate every sentence`,
      `page.md:${BODY} [block-count] section "Étapes" has 2 list items, the English 3 (its line 9): keep the same list items in the same order`,
    ]);
  });
});

describe('high-risk sentences', () => {
  it('lists definitions, steps, deadlines, numbers, negations and must/only with the translation line', () => {
    const english = 'A Question is a topic that a study group studies. The weather is fine.\n\n1. Send it within 12 days.\n2. Do not send it twice; you must wait.\n';
    const french = "Une Question est un sujet qu'étudie une commission d'études. Il fait beau.\n\n1. Envoyez-la dans les 12 jours.\n2. Ne l'envoyez pas deux fois ; vous devez attendre.\n";
    expect(riskySentences(outline(english), outline(french)).map((r) => `${r.englishLine}→${r.line} ${r.risks.join('+')}: ${r.sentence}`)).toEqual([
      '1→1 definition: A Question is a topic that a study group studies.',
      '3→3 procedure step+deadline+number: Send it within 12 days.',
      '4→4 procedure step+negation+only/must: Do not send it twice; you must wait.',
    ]);
  });
});

// A translation comes from a pull request: long runs that would make a careless pattern quadratic are read in linear time.
describe('hostile input', () => {
  it.each([
    ['a run of address characters without @', 'a'.repeat(200_000)],
    ['a run of digits', '1'.repeat(200_000)],
    ['a run of spaces before a mark', `mot${' '.repeat(200_000)}x ?`],
    ['marks separated by long spaces', `文${' ,'.repeat(50_000)}`],
    ['unmatched quotes', '"a '.repeat(50_000)],
    ['look-alike letters', 'Е.1 '.repeat(50_000)],
  ])('%s', (_, text) => {
    const started = performance.now();
    identifiersOf(text);
    lookalikes(text);
    for (const rule of [...LOCALE_INFO.fr.typography, ...LOCALE_INFO.zh.typography, ...LOCALE_INFO.ar.typography]) {
      typographyFindings(rule, text);
      fixTypography(rule, text);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
