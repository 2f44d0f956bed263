/**
 * The gateway's few HTML pages (answers to a form posted without JavaScript,
 * the confirmation page), in the member's language, built as a hast tree and
 * serialized: no text a member sent is ever concatenated into HTML.
 */
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {direction, say, TEXT} from './messages';
import {HONEYPOT_FIELD, LIMITS, STAMP_FIELD} from './questions/fields';
import {RATE_LIMITS} from './questions/limits';
import type {Element, ElementContent} from 'hast';
import type {Locale} from '../plugins/catalogue/types';
import type {Message, TextKey} from './messages';
import type {SentFields} from './questions/fields';

const STYLE =
  'body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}button,input,textarea{font:inherit}button{padding:.5rem 1rem}input,textarea{box-sizing:border-box;width:100%}' +
  // Off screen, not hidden: a robot filling every field it finds fills this one too.
  '.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}';

export function page(locale: Locale, title: TextKey, content: ElementContent[]): string {
  const tree = h(null, [
    {type: 'doctype'},
    h('html', {lang: locale, dir: direction(locale)}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('meta', {name: 'robots', content: 'noindex'}),
        h('title', `${TEXT[title][locale]} · BSG Hub`),
        h('style', STYLE),
      ]),
      h('body', [h('main', [h('h1', TEXT[title][locale]), ...content])]),
    ]),
  ]);
  return toHtml(tree);
}

/** The site's ask page in the member's language (the site prefixes every locale but English). */
export const askPageUrl = (hubUrl: string, locale: Locale) => `${siteUrl(hubUrl, locale)}/forum/ask`;
/** A thread's page on the site, in the member's language. */
export const threadPageUrl = (hubUrl: string, locale: Locale, number: number) => `${siteUrl(hubUrl, locale)}/forum/${number}`;
const siteUrl = (hubUrl: string, locale: Locale) => `${hubUrl}${locale === 'en' ? '' : `/${locale}`}`;

export const messagePage = (locale: Locale, title: TextKey, message: TextKey) => page(locale, title, [h('p', TEXT[message][locale])]);

export function refusedPage(locale: Locale, messages: Message[], hubUrl: string): string {
  return page(locale, 'refusedTitle', [
    h('ul', messages.map((message) => h('li', say(locale, message)))),
    h('p', [h('a', {href: askPageUrl(hubUrl, locale)}, TEXT.backToForm[locale])]),
  ]);
}

/** A page with a button, not a change on GET: mail scanners open links, only a person presses the button. */
export function buttonPage(locale: Locale, text: {title: TextKey; intro: TextKey; button: TextKey}, action: string): string {
  return page(locale, text.title, [
    h('p', TEXT[text.intro][locale]),
    h('form', {method: 'post', action}, [h('button', {type: 'submit'}, TEXT[text.button][locale])]),
  ]);
}

/** A link opened once its address had its confirmed questions of the day: it works again later. */
export const confirmLimitPage = (locale: Locale) => page(locale, 'refusedTitle', [h('p', say(locale, {key: 'confirmLimit', n: RATE_LIMITS.email.max}))]);

export const confirmPage = (locale: Locale, action: string) => buttonPage(locale, {title: 'confirmTitle', intro: 'confirmIntro', button: 'confirmButton'}, action);
export const unsubscribePage = (locale: Locale, action: string) => buttonPage(locale, {title: 'unsubscribeTitle', intro: 'unsubscribeIntro', button: 'unsubscribeButton'}, action);
export const erasePage = (locale: Locale, action: string) => buttonPage(locale, {title: 'deleteTitle', intro: 'deleteIntro', button: 'deleteButton'}, action);

/** The follow-up form behind the link in an email: the question's title, what was wrong (with the member's text kept), the text box. */
export function followUpPage(locale: Locale, title: string, action: string, refused: {text: string; problems: Message[]} = {text: '', problems: []}): string {
  return page(locale, 'followUpTitle', [
    h('p', TEXT.followUpIntro[locale]),
    h('blockquote', {dir: 'auto'}, h('strong', title)),
    ...(refused.problems.length > 0 ? [h('ul', {role: 'alert'}, refused.problems.map((message) => h('li', say(locale, message))))] : []),
    h('form', {method: 'post', action}, [
      h('p', h('label', {for: 'follow-up'}, TEXT.followUpLabel[locale])),
      h('textarea', {id: 'follow-up', name: 'text', rows: 10, required: true, maxLength: LIMITS.questionChars, dir: 'auto', style: 'width:100%', ariaDescribedBy: 'follow-up-note'}, refused.text),
      h('p', {id: 'follow-up-note'}, TEXT.followUpNote[locale]),
      h('button', {type: 'submit'}, TEXT.followUpButton[locale]),
    ]),
  ]);
}

/**
 * A question as the member sent it, on the gateway's own page, to be sent
 * again: the answer to a form posted without JavaScript (with the signed
 * timestamp that lets it through once a few seconds old, see `stamp.ts`), or
 * to a refusal that must not lose the member's text. The four fields a member
 * writes are editable, the others hidden, all as sent; the honeypot stays.
 */
export function questionPage(locale: Locale, sent: SentFields, stamp: string, problems: Message[]): string {
  const words = (key: TextKey) => TEXT[key][locale];
  // Labels by `for`, not around the control: a text box's own text would join its accessible name.
  const field = (key: TextKey, control: Element) => h('p', [h('label', {for: String(control.properties.id)}, words(key)), h('br'), control]);
  return page(locale, 'sendTitle', [
    ...(problems.length > 0 ? [h('ul', {role: 'alert'}, problems.map((message) => h('li', say(locale, message))))] : []),
    h('p', words('sendIntro')),
    h('form', {method: 'post', action: '/api/questions'}, [
      field('fieldTitle', h('input', {id: 'title', name: 'title', value: sent.title, required: true, maxLength: LIMITS.titleChars, dir: 'auto'})),
      field('fieldQuestion', h('textarea', {id: 'question', name: 'question', rows: 10, required: true, maxLength: LIMITS.questionChars, dir: 'auto'}, sent.question)),
      field('fieldEmail', h('input', {id: 'email', type: 'email', name: 'email', value: sent.email, required: true, maxLength: LIMITS.emailChars, dir: 'ltr', autoComplete: 'email'})),
      field('fieldName', h('input', {id: 'name', name: 'name', value: sent.name, maxLength: LIMITS.nameChars, dir: 'auto', autoComplete: 'nickname'})),
      ...sent.hidden.map(([name, value]) => h('input', {type: 'hidden', name, value})),
      h('input', {type: 'hidden', name: STAMP_FIELD, value: stamp}),
      h('div', {className: ['trap'], ariaHidden: 'true'}, h('label', [words('fieldTrap'), h('input', {name: HONEYPOT_FIELD, value: '', tabIndex: -1, autoComplete: 'off'})])),
      h('button', {type: 'submit'}, words('sendButton')),
    ]),
  ]);
}
