import {LOCALES} from '../../locales';
import type {Locale} from '../../locales';
import {findCitations, RECOMMENDATION_ID} from '../remark-itu/citations';
import {PREFER_NOT_TO_SAY} from '../countries/choices';
import {isGatewayFollowUp} from './gateway';
import {GHOST_LOGIN} from './types';
import type {Author, Thread, ThreadTags} from './types';

/** The sections GitHub writes for a discussion form: `### Label\n\nvalue`. */
export function formFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  // A value runs to the next `### ` line or the end of the body (`$` would stop at the end of its first line).
  for (const match of body.matchAll(/^###[ \t]+(.+?)[ \t]*\r?\n([\s\S]*?)(?=\r?\n###[ \t]|(?![\s\S]))/gm)) {
    const value = (match[2] ?? '').trim();
    if (value && value !== '_No response_') fields.set((match[1] ?? '').trim().toLowerCase(), value);
  }
  return fields;
}

/** What a study group id looks like: labels and form fields are anyone's text, and become links. */
const STUDY_GROUP_ID = /^(?:SG\d+|TSAG)$/;

const labelled = (labels: readonly string[], prefix: string) =>
  labels.filter((label) => label.startsWith(prefix)).map((label) => label.slice(prefix.length).trim());
const listOf = (value: string | undefined) =>
  (value ?? '').split(/[,;\s]+/).map((item) => item.replace(/^ITU-T\s*/i, '').trim()).filter(Boolean);
const unique = (values: string[]) => [...new Set(values)];
const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly string[]).includes(value ?? '');

/**
 * What a thread is about: labels (`rec:E.164`, `sg:SG2`, `lang:fr`,
 * `country:Kenya`), then the fields of the ask form, then Recommendations
 * cited in the question text. The country is kept as written ("Burkina Faso
 * (BFA)" from the forms, free text in older questions) for the indicators to
 * place; "Prefer not to say" is no country.
 */
export function threadTags(thread: Pick<Thread, 'labels' | 'body'>): ThreadTags {
  const fields = formFields(thread.body);
  const language = labelled(thread.labels, 'lang:')[0] ?? fields.get('language');
  const country = labelled(thread.labels, 'country:')[0] ?? fields.get('country');
  return {
    recommendations: unique([
      ...labelled(thread.labels, 'rec:'),
      ...listOf(fields.get('recommendations')),
      ...findCitations(thread.body).map((citation) => citation.id),
    ]).filter((id) => RECOMMENDATION_ID.test(id)),
    studyGroups: unique([...labelled(thread.labels, 'sg:'), ...listOf(fields.get('study group'))]).filter((sg) => STUDY_GROUP_ID.test(sg)),
    language: isLocale(language) ? language : null,
    country: country === undefined || country === PREFER_NOT_TO_SAY ? null : country,
  };
}

/**
 * The question itself: the "Question" section of a form-made body (the other
 * sections are shown as tags), or the whole body of a free-form question.
 */
export function questionMarkdown(body: string): string {
  return formFields(body).get('question') ?? body;
}

/** Authors whose word on a thread counts: GitHub gives these write access to the repository. */
export const MAINTAINERS: ReadonlySet<Author['association']> = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/**
 * A GitHub App's account. GraphQL gives an App's login without REST's `[bot]`
 * suffix, and its address under `/apps/`; the snapshot keeps both as GitHub gave them.
 */
function isApp(author: Author): boolean {
  if (author.login.endsWith('[bot]')) return true;
  try {
    return new URL(author.url).pathname.startsWith('/apps/');
  } catch {
    return false;
  }
}

/**
 * The thread a duplicate points at: "Duplicate of #12" in a comment that is
 * not hidden and comes from the asker or a maintainer, so that anyone else
 * cannot send readers to a thread of their choosing. Never from an App: the
 * question gateway's App is the asker of the threads it opens, and it posts
 * members' follow-ups there (each opening with the gateway's marker), whose
 * text a member wrote.
 */
export function duplicateOf(thread: Pick<Thread, 'close_reason' | 'comments' | 'author'>): number | null {
  if (thread.close_reason !== 'duplicate') return null;
  const asker = thread.author.login === GHOST_LOGIN ? null : thread.author.login;
  for (const comment of thread.comments) {
    const trusted = comment.author.login === asker || MAINTAINERS.has(comment.author.association);
    if (comment.minimized || !trusted || isApp(comment.author) || isGatewayFollowUp(comment.body)) continue;
    const match = /duplicate of #(\d+)/i.exec(comment.body);
    if (match) return Number(match[1]);
  }
  return null;
}
