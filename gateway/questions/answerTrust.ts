/**
 * Whose words an answers email may quote. The gateway sends them from BSG
 * Hub, so only people the project stands behind: those GitHub names OWNER,
 * MEMBER or COLLABORATOR of the forum's repository now (write access), and
 * the experts the forum lists in `data/people/` (read at start with the
 * forum's own loader). Every other reply is announced, never quoted.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadPeople} from '../../plugins/forum/people';
import {MAINTAINERS} from '../../plugins/forum/tags';
import {formatProblems} from '../../plugins/utils/problems';
import type {AnswerComment} from '../github/answerComments';
import type {Author} from '../../plugins/forum/types';
import type {MailedAnswer, Replies} from '../mail/answersEmail';

/** The experts' logins, in lower case (GitHub's logins ignore case). A missing folder or a file with problems stops the start, naming them. */
export function loadExperts(rootDir: string, peopleDir = path.join(rootDir, 'data', 'people')): ReadonlySet<string> {
  if (!fs.existsSync(peopleDir)) {
    throw new Error(`${path.relative(rootDir, peopleDir)} is missing: the gateway reads the forum's experts there, whose answers its emails quote (README, section "Question gateway").`);
  }
  const {people, problems} = loadPeople(rootDir, peopleDir);
  if (problems.length > 0) throw new Error(formatProblems('Invalid experts list', problems, 'The format is described in README.md, section "Forum".'));
  return new Set(people.filter((person) => person.role === 'expert').map((person) => person.login.toLowerCase()));
}

/** An App or a deleted account never is; GitHub's association and the login are as GitHub gives them now. */
export function isTrusted(comment: AnswerComment, experts: ReadonlySet<string>): boolean {
  if (!comment.author || comment.author.bot) return false;
  return MAINTAINERS.has(comment.association as Author['association']) || experts.has(comment.author.login.toLowerCase());
}

export type Waiting = {comment_id: string; kind: 'answer' | 'accepted'};

/**
 * What the email says of the comments waiting (oldest first): each comment
 * once (as the accepted answer if it is one), dropped when it is gone or
 * hidden, quoted when its author is trusted, else counted.
 */
export function repliesToMail(waiting: readonly Waiting[], now: ReadonlyMap<string, AnswerComment | null>, experts: ReadonlySet<string>): Replies {
  const kinds = new Map<string, MailedAnswer['kind']>();
  for (const {comment_id: id, kind} of waiting) if (kinds.get(id) !== 'accepted') kinds.set(id, kind);
  const quoted: MailedAnswer[] = [];
  let others = 0;
  for (const [id, kind] of kinds) {
    const comment = now.get(id);
    if (!comment) continue;
    if (isTrusted(comment, experts)) quoted.push({kind, body: comment.body});
    else others += 1;
  }
  return {quoted, others};
}
