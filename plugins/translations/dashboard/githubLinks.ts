import {createHash} from 'node:crypto';
import {withPin} from '../status/pin';
import type {Pin} from '../status/pin';

/** GitHub rejects request URLs longer than 8,191 bytes; keep a margin. */
export const MAX_URL_LENGTH = 8000;

const BRANCH = 'main';

const split = (file: string) => {
  const slash = file.lastIndexOf('/');
  return {dir: file.slice(0, slash), name: file.slice(slash + 1)};
};

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;

/**
 * GitHub's "create a new file" form for a translation, prefilled with the
 * English page and its pin. A page too long for a URL is prefilled with its
 * front matter and a note saying where to copy the text from.
 */
export function newTranslationUrl(repositoryUrl: string, {file, page, locale, source, pin}: {file: string; page: string; locale: string; source: string; pin: Pin}): string {
  const {dir, name} = split(file);
  const url = (value: string) => `${repositoryUrl}/new/${BRANCH}/${dir}?${new URLSearchParams({filename: name, value})}`;
  const full = url(withPin(source, pin));
  if (full.length <= MAX_URL_LENGTH) return full;
  const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
  const note = `\n<!-- The English page is too long to prefill here: copy its text from ${repositoryUrl}/blob/${BRANCH}/docs/${page}, or run: npm run translations -- start ${locale} ${page} -->\n`;
  return url(withPin(frontMatter, pin) + note);
}

/** GitHub's editor on a file of the default branch. */
export const editUrl = (repositoryUrl: string, file: string) => `${repositoryUrl}/edit/${BRANCH}/${file}`;

/** A file on the default branch (to review, move or delete it). */
export const blobUrl = (repositoryUrl: string, file: string) => `${repositoryUrl}/blob/${BRANCH}/${file}`;

/**
 * The changes to one file since `commit`: GitHub's compare view, scrolled to
 * that file (its anchors are `diff-` + the SHA-256 of the path).
 */
export const compareUrl = (repositoryUrl: string, commit: string, file: string) =>
  `${repositoryUrl}/compare/${commit}...${BRANCH}#diff-${createHash('sha256').update(file).digest('hex')}`;
