/**
 * The emails to an address that has confirmed nothing yet, in the member's
 * language: the gateway's own words only, never the asker's (no title, no
 * name), since whoever asks may type anyone's address. The link that
 * confirms the question, or, when the address already has its confirmed
 * questions of the day, the word that this one was not kept.
 */
import type {Locale} from '../../locales';
import {RATE_LIMITS} from '../questions/limits';
import {renderEmail} from './layout';
import type {RenderedEmail} from './layout';

export type {RenderedEmail} from './layout';

export function confirmationEmail(locale: Locale, link: string, eraseLink: string): RenderedEmail {
  return renderEmail(locale, 'mailSubject', [{say: 'mailAsked'}, {say: 'mailAction'}, {link, label: 'confirmButton'}, {say: 'mailIgnore'}], {eraseLink});
}

export function emailLimitEmail(locale: Locale, eraseLink: string): RenderedEmail {
  return renderEmail(locale, 'limitSubject', [{message: {key: 'limitNotice', n: RATE_LIMITS.email.max}}, {say: 'mailIgnore'}], {eraseLink});
}
