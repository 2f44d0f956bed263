import {TRANSLATED_LOCALES} from '../../../locales';
import {REVIEWERS_FILE} from './reviewers';
import type {Reviewers} from './reviewers';

/** Where GitHub reads code owners, relative to the repository. */
export const CODEOWNERS_FILE = '.github/CODEOWNERS';

const BEGIN = `# BEGIN translation reviewers: written from ${REVIEWERS_FILE} by \`npm run translations -- codeowners\`; edit that file, not these lines.`;
const END = '# END translation reviewers';

/**
 * The per-locale lines of CODEOWNERS: each language's files (its folder under
 * i18n/ and its glossary) are owned by that language's reviewers, so that
 * GitHub asks them to approve. A language without reviewers gets no line.
 */
export function codeownersSection(reviewers: Reviewers): string[] {
  const lines = [
    BEGIN,
    '# A language with no reviewer has no line here: the maintainers (the * rule above) stay its owners.',
    '# Reviewers need write access to the repository for GitHub to request their review.',
  ];
  for (const locale of TRANSLATED_LOCALES) {
    const owners = reviewers[locale].map((login) => `@${login}`).join(' ');
    if (owners === '') lines.push(`# ${locale}: no reviewer yet (reviewers wanted: CONTRIBUTING.md, "Reviewing a translation")`);
    else lines.push(`/i18n/${locale}/ ${owners}`, `/data/glossary/${locale}.yml ${owners}`);
  }
  return [...lines, END];
}

/**
 * CODEOWNERS with its generated section replaced (or appended, the last
 * matching rule winning on GitHub); every other line kept as it is.
 */
export function withCodeowners(text: string, reviewers: Reviewers): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  const [start, end] = [lines.indexOf(BEGIN), lines.indexOf(END)];
  const section = codeownersSection(reviewers);
  if (start === -1 || end < start) return `${[...lines, '', ...section].join('\n')}\n`;
  return `${[...lines.slice(0, start), ...section, ...lines.slice(end + 1)].join('\n')}\n`;
}
