/** The confirmation email in the member's language: the question's title, the link that confirms it. */
import {renderEmail} from './layout';
import type {Locale} from '../../plugins/catalogue/types';
import type {RenderedEmail} from './layout';

export type {RenderedEmail} from './layout';

export function confirmationEmail(locale: Locale, title: string, link: string, eraseLink: string): RenderedEmail {
  return renderEmail(locale, 'mailSubject', [{say: 'mailIntro'}, {quote: title, strong: true}, {say: 'mailAction'}, {link, label: 'confirmButton'}, {say: 'mailIgnore'}], {eraseLink});
}
