/**
 * The gateway's few HTML pages (answers to a form posted without JavaScript,
 * the confirmation page), in the member's language, built as a hast tree and
 * serialized: no text a member sent is ever concatenated into HTML.
 */
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {direction, say, TEXT} from './messages';
import {LIMITS} from './questions/fields';
import type {ElementContent} from 'hast';
import type {Locale} from '../plugins/catalogue/types';
import type {Message, TextKey} from './messages';

const STYLE = 'body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem}';

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
