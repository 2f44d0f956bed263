import path from 'node:path';
import {loadCatalogue} from '../../catalogue/loadCatalogue';
import {readReviewers} from '../reviewers/reviewers';
import {readHistory} from '../status/gitHistory';
import {pinnedVersionFinder} from '../status/pinnedVersion';
import {readTranslations} from '../status/readTranslations';
import {readUiStringFile, uiStringFiles} from '../status/readUiStrings';
import {checkTranslation} from './checkTranslation';
import {riskySentences} from './highRisk';
import {outline} from './outline';
import {uiPluralProblems, uiStringProblems} from './uiStringProblems';
import type {TranslationProblem} from './checkTranslation';
import type {RiskySentence} from './highRisk';

/** A sentence to compare first, in a translation file. */
export type RiskyInFile = RiskySentence & {file: string; locale: string; page: string};

/**
 * Checks every translation of every locale against its English source (the
 * I/O around ./checkTranslation.ts): reads the files, the glossary and, where
 * there is git, the source versions the pins name; then the UI strings.
 * `risks` lists, per translation, the English sentences to compare first.
 */
export async function runCheck(siteDir: string, locales: readonly string[], today: string): Promise<{files: number; problems: TranslationProblem[]; risks: RiskyInFile[]}> {
  const [{sources, translations}, history, reviewers] = await Promise.all([readTranslations(siteDir, locales), readHistory(siteDir, 'docs'), readReviewers(siteDir)]);
  // The glossary as the catalogue loads it (the build validates it).
  const {glossary} = loadCatalogue(siteDir, path.join(siteDir, 'data')).catalogue;
  const english = glossary.en ?? [];
  const findPinned = pinnedVersionFinder(siteDir);
  const problems: TranslationProblem[] = [];
  const risks: RiskyInFile[] = [];
  let files = 0;
  for (const [locale, pages] of translations) {
    const local = glossary[locale as keyof typeof glossary] ?? [];
    for (const translation of pages.values()) {
      files += 1;
      const source = sources.get(translation.page) ?? null;
      const pin = translation.pin;
      const pinned =
        !source || !pin
          ? null
          : pin.hash === source.hash
            ? source.text
            : ((await findPinned(source.file, pin, history?.get(translation.page) ?? []))?.text ?? null);
      problems.push(
        ...(await checkTranslation({
          file: translation.file,
          page: translation.page,
          locale,
          text: translation.text,
          source: source?.text ?? null,
          pinned,
          history: history !== null,
          glossary: {english, local},
          today,
          reviewers: reviewers[locale as keyof typeof reviewers] ?? [],
        })),
      );
      const englishText = pinned ?? source?.text;
      if (englishText !== undefined) {
        const where = {file: translation.file, locale, page: translation.page};
        risks.push(...riskySentences(outline(englishText), outline(translation.text)).map((risk) => ({...where, ...risk})));
      }
    }
  }
  findPinned.close();
  const ui = await checkUiStrings(siteDir, locales);
  return {files: files + ui.files, problems: [...problems, ...ui.problems], risks};
}

/** Each locale's UI string files against the English reference (`npm run i18n:extract`). */
async function checkUiStrings(siteDir: string, locales: readonly string[]): Promise<{files: number; problems: TranslationProblem[]}> {
  const problems: TranslationProblem[] = [];
  let files = 0;
  for (const page of await uiStringFiles(siteDir)) {
    const reference = (await readUiStringFile(path.join(siteDir, 'i18n', '_reference', page)))?.content ?? {};
    for (const locale of locales) {
      const file = path.join('i18n', locale, page);
      const translated = await readUiStringFile(path.join(siteDir, file));
      if (translated === null) continue;
      files += 1;
      const input = {file: file.split(path.sep).join('/'), page, locale, reference, translated};
      problems.push(...uiStringProblems(input), ...uiPluralProblems(input));
    }
  }
  return {files, problems};
}
