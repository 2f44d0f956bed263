/**
 * The emails that follow a moderator's decision on a question or on a
 * follow-up, in the member's language: published (with the thread's address
 * on the site), not published (with the reason a moderator wrote for the
 * member, quoted as they wrote it, or a general sentence), or withdrawn from
 * moderation without a decision (the gateway's words only: no title, no
 * one's text).
 */
import type {Locale} from '../../locales';
import {renderEmail} from './layout';
import type {TextKey} from '../messages';
import type {Footer, RenderedEmail} from './layout';

export type Decided = 'question' | 'followUp';

const WORDS: Record<Decided, Record<'approvedSubject' | 'approvedIntro' | 'rejectedSubject' | 'rejectedIntro' | 'withdrawnSubject' | 'withdrawnIntro', TextKey>> = {
  question: {approvedSubject: 'approvedSubject', approvedIntro: 'approvedIntro', rejectedSubject: 'rejectedSubject', rejectedIntro: 'rejectedIntro', withdrawnSubject: 'withdrawnSubject', withdrawnIntro: 'withdrawnIntro'},
  followUp: {
    approvedSubject: 'followUpPublishedSubject',
    approvedIntro: 'followUpPublishedIntro',
    rejectedSubject: 'followUpRejectedSubject',
    rejectedIntro: 'followUpRejectedIntro',
    withdrawnSubject: 'followUpWithdrawnSubject',
    withdrawnIntro: 'followUpWithdrawnIntro',
  },
};

export function approvedEmail(locale: Locale, title: string, threadUrl: string, footer: Footer, what: Decided = 'question'): RenderedEmail {
  return renderEmail(locale, WORDS[what].approvedSubject, [{say: WORDS[what].approvedIntro}, {quote: title, strong: true}, {link: threadUrl, label: 'approvedLink'}], footer);
}

export function rejectedEmail(locale: Locale, title: string, reason: string | null, footer: Footer, what: Decided = 'question'): RenderedEmail {
  const why = reason ? [{say: 'rejectedReason'} as const, {quote: reason, pre: true}] : [{say: 'rejectedGeneric'} as const];
  return renderEmail(locale, WORDS[what].rejectedSubject, [{say: WORDS[what].rejectedIntro}, {quote: title, strong: true}, ...why], footer);
}

export function withdrawnEmail(locale: Locale, footer: Footer, what: Decided = 'question'): RenderedEmail {
  return renderEmail(locale, WORDS[what].withdrawnSubject, [{say: WORDS[what].withdrawnIntro}], footer);
}
