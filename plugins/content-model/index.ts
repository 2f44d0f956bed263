import path from 'node:path';
import {DEFAULT_LOCALE} from '../../locales';
import {readReviewers} from '../translations/reviewers/reviewers';
import {checkDocs} from './checkDocs';
import {formatProblems} from '../utils/problems';
import type {TranslatedLocale} from '../../locales';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Validates the front matter of every guidance page (the English source and
 * the translations of the locale being built, with their review state checked
 * against data/translations/reviewers.yml) and fails the build with all
 * problems at once.
 */
export default function contentModelPlugin(context: LoadContext): Plugin {
  const {siteDir, localizationDir, i18n} = context;
  const source = path.join(siteDir, 'docs');
  const translations = path.join(localizationDir, 'docusaurus-plugin-content-docs', 'current');
  const locale = i18n.currentLocale;
  return {
    name: 'content-model',
    getPathsToWatch: () => [source, translations].map((dir) => path.join(dir, '**/*.{md,mdx}')),
    async loadContent() {
      const today = new Date().toISOString().slice(0, 10);
      const reviewers = (await readReviewers(siteDir))[locale as TranslatedLocale] ?? [];
      // English is the source whatever locale a build puts first (tests build French at the root): an i18n/en folder, if any, is checked as the English pages are.
      const dirs = [{dir: source}, {dir: translations, ...(locale !== DEFAULT_LOCALE && {translation: {locale, reviewers}})}];
      const problems = await checkDocs(dirs, {siteDir, today});
      if (problems.length > 0) {
        throw new Error(
          formatProblems(
            'Invalid front matter',
            problems,
            'The fields are described in CONTRIBUTING.md, section "Page front matter".',
          ),
        );
      }
    },
  };
}
