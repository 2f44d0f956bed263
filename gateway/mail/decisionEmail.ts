/**
 * The emails that follow a moderator's decision, in the member's language:
 * published (with the thread's address on the site), or not published (with
 * the moderator's reason, quoted as they wrote it).
 */
import {renderEmail} from './layout';
import type {Locale} from '../../plugins/catalogue/types';
import type {Footer, RenderedEmail} from './layout';

export function approvedEmail(locale: Locale, title: string, threadUrl: string, footer: Footer): RenderedEmail {
  return renderEmail(locale, 'approvedSubject', [{say: 'approvedIntro'}, {quote: title, strong: true}, {link: threadUrl, label: 'approvedLink'}], footer);
}

export function rejectedEmail(locale: Locale, title: string, reason: string | null, footer: Footer): RenderedEmail {
  const why = reason ? [{say: 'rejectedReason'} as const, {quote: reason, pre: true}] : [{say: 'rejectedNoReason'} as const];
  return renderEmail(locale, 'rejectedSubject', [{say: 'rejectedIntro'}, {quote: title, strong: true}, ...why], footer);
}
