import path from 'node:path';
import {checkDocs} from './checkDocs';
import {formatProblems} from '../utils/problems';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Validates the front matter of every guidance page (the English source and
 * the translations of the locale being built) and fails the build with all
 * problems at once.
 */
export default function contentModelPlugin(context: LoadContext): Plugin {
  const {siteDir, localizationDir} = context;
  const dirs = [
    path.join(siteDir, 'docs'),
    path.join(localizationDir, 'docusaurus-plugin-content-docs', 'current'),
  ];
  return {
    name: 'content-model',
    getPathsToWatch: () => dirs.map((dir) => path.join(dir, '**/*.{md,mdx}')),
    async loadContent() {
      const today = new Date().toISOString().slice(0, 10);
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
