import path from 'node:path';
import {describe, expect, it} from 'vitest';
import contentModelPlugin from '../../../plugins/content-model';
import type {LoadContext} from '@docusaurus/types';

const siteDir = path.join(__dirname, '../../fixtures/invalid-front-matter-site');

function testPlugin(locale: string) {
  const i18n = {currentLocale: locale, defaultLocale: 'en'};
  const context = {siteDir, localizationDir: path.join(siteDir, 'i18n', locale), i18n} as LoadContext;
  return contentModelPlugin(context);
}

describe('content-model plugin', () => {
  it('fails the build with every problem of every file, located and explained', async () => {
    await expect(testPlugin('fr').loadContent?.()).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid front matter: 22 problem(s) in 10 file(s).
      - docs/guidelines/bad-values.md:4 programme[1]: found 7, expected a non-empty list of action-plan programmes from 1, 2, 3, 4, e.g. [1, 3]
      - docs/guidelines/bad-values.md:7 audience[1]: found 'delegates', expected a non-empty list of audiences from: newcomer, expert, member, mentor, regulator, translator
      - docs/guidelines/bad-values.md:8 recommendations[1]: found 'ITU-T Y.4000', expected a list of ITU-T Recommendation identifiers such as [E.164, G.709/Y.1331] ([] if none)
      - docs/guidelines/bad-values.md:9 study_groups[0]: found 'SG16', expected a list of study groups from: TSAG, SG2, SG3, SG5, SG11, SG12, SG13, SG15, SG17, SG20, SG21 ([] if none)
      - docs/guidelines/bad-values.md:10 last_reviewed: found '2026-02-30', expected a date YYYY-MM-DD that is not in the future, e.g. 2026-11-29
      - docs/guidelines/malformed-yaml.md:4 (yaml): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
      - docs/guidelines/no-front-matter.md:1 description: found nothing (the field is missing), expected a one-sentence summary of 40 to 200 characters
      - docs/guidelines/no-front-matter.md:1 programme: found nothing (the field is missing), expected a non-empty list of action-plan programmes from 1, 2, 3, 4, e.g. [1, 3]
      - docs/guidelines/no-front-matter.md:1 audience: found nothing (the field is missing), expected a non-empty list of audiences from: newcomer, expert, member, mentor, regulator, translator
      - docs/guidelines/no-front-matter.md:1 recommendations: found nothing (the field is missing), expected a list of ITU-T Recommendation identifiers such as [E.164, G.709/Y.1331] ([] if none)
      - docs/guidelines/no-front-matter.md:1 study_groups: found nothing (the field is missing), expected a list of study groups from: TSAG, SG2, SG3, SG5, SG11, SG12, SG13, SG15, SG17, SG20, SG21 ([] if none)
      - docs/guidelines/no-front-matter.md:1 last_reviewed: found nothing (the field is missing), expected a date YYYY-MM-DD that is not in the future, e.g. 2026-11-29
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/format-change.md:5 mdx: found { format: 'mdx' }, expected no mdx field: the extension sets the format (.md is Markdown, .mdx is MDX, where {…} runs code)
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-english-date.md:2 translation: found nothing (the field is missing), expected a block translation: {state: machine | draft | reviewed, date: YYYY-MM-DD, reviewer: <login> (with reviewed only)}
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-english-date.md:8 last_reviewed: found '2026-11-01', expected no last_reviewed: that is the English page's review date, and a translation's dates are its own: use translation.date
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-incomplete.md:9 translation.reviewer: found nothing (the field is missing), expected the GitHub login of the reviewer with state: reviewed (and no reviewer otherwise)
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-incomplete.md:10 translation.date: found '2099-01-01', expected a date YYYY-MM-DD that is not in the future: when the translation was made or last changed, or its review date
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-malformed-date.md:10 translation.date: found '20/11/2026', expected a date YYYY-MM-DD that is not in the future: when the translation was made or last changed, or its review date
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-malformed-date.md:11 translation.reviewer: found 'ana-fr', expected the GitHub login of the reviewer with state: reviewed (and no reviewer otherwise)
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-unknown-state.md:9 translation.state: found 'approved', expected one of machine, draft, reviewed (machine: machine translation not reviewed; draft: by a person, not reviewed; reviewed: approved by a listed reviewer)
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/review-unlisted.md:11 translation.reviewer: found 'someone-else', expected a reviewer listed for fr in data/translations/reviewers.yml: one of ana-fr
      - i18n/fr/docusaurus-plugin-content-docs/current/guidelines/valid.md:4 programme: found 1, expected a non-empty list of action-plan programmes from 1, 2, 3, 4, e.g. [1, 3]
      The fields are described in CONTRIBUTING.md, section "Page front matter".]
    `);
  });

  it('checks only the translations of the locale being built', async () => {
    const error = await Promise.resolve(testPlugin('es').loadContent?.()).catch((e: unknown) => e);
    expect(String(error)).toContain('in 3 file(s)');
    expect(String(error)).not.toContain('i18n/fr');
  });

  it('watches the source and the translated docs', () => {
    expect(testPlugin('fr').getPathsToWatch?.()).toEqual([
      path.join(siteDir, 'docs/**/*.{md,mdx}'),
      path.join(siteDir, 'i18n/fr/docusaurus-plugin-content-docs/current/**/*.{md,mdx}'),
    ]);
  });
});
