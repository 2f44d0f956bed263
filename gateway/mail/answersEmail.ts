/**
 * The answers that came to a member's question since the last such email,
 * in their language: each answer's Markdown as plain text (readable on a slow
 * connection without opening the site), then the thread on the site and on
 * GitHub.
 */
import {renderEmail} from './layout';
import type {Locale} from '../../plugins/catalogue/types';
import type {Footer, Part, RenderedEmail} from './layout';

export type MailedAnswer = {kind: 'answer' | 'accepted'; body: string};

export function answersEmail(locale: Locale, title: string, answers: readonly MailedAnswer[], links: {site: string; github: string}, footer: Footer): RenderedEmail {
  const parts: Part[] = [
    {say: 'answersIntro'},
    {quote: title, strong: true},
    ...answers.flatMap((answer): Part[] => [{say: answer.kind === 'accepted' ? 'acceptedAnswer' : 'newAnswer'}, {quote: answer.body.trim(), pre: true}]),
    {link: links.site, label: 'answersOnSite'},
    {link: links.github, label: 'answersOnGitHub'},
  ];
  return renderEmail(locale, 'answersSubject', parts, footer);
}
