/**
 * Every email the gateway sends, laid out once: a plain-text part (read
 * anywhere, on any connection) and an HTML part built as a hast tree, right
 * to left in Arabic. Text that came from a member or a moderator is a text
 * node in the HTML (it cannot become markup) and verbatim in the text part.
 * Each email ends with the link that erases everything, and, for the emails
 * that follow a question, the link that stops them; those about a published
 * question first give the link to write a follow-up.
 */
import type {Locale} from '../../locales';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {direction, say as sayMessage, text} from '../messages';
import type {ElementContent} from 'hast';
import type {Message, TextKey} from '../messages';

export type RenderedEmail = {subject: string; text: string; html: string; unsubscribeUrl?: string};

/** A paragraph of the gateway's own words (`message` when they count something), someone's text quoted (`pre` keeps its line breaks), or a link with its address shown. */
export type Part = {say: TextKey} | {message: Message} | {quote: string; strong?: boolean; pre?: boolean} | {link: string; label: TextKey};

export type Footer = {eraseLink: string; unsubscribeLink?: string; followUpLink?: string};

export function renderEmail(locale: Locale, subject: TextKey, parts: Part[], footer: Footer): RenderedEmail {
  const say = (key: TextKey) => text(locale, key);
  const dir = direction(locale);
  const small = (key: TextKey, href: string) => h('p', {style: 'font-size:small'}, [say(key), ' ', h('a', {href, dir: 'ltr'}, href)]);
  const html = (part: Part): ElementContent[] => {
    if ('say' in part) return [h('p', say(part.say))];
    if ('message' in part) return [h('p', sayMessage(locale, part.message))];
    if ('quote' in part) return [h('blockquote', {dir: 'auto', ...(part.pre ? {style: 'white-space:pre-wrap'} : {})}, part.strong ? h('strong', part.quote) : part.quote)];
    return [h('p', [h('a', {href: part.link}, say(part.label))]), h('p', {dir: 'ltr', style: 'font-size:small'}, part.link)];
  };
  const plain = (part: Part): string[] => ('say' in part ? [say(part.say), ''] : 'message' in part ? [sayMessage(locale, part.message), ''] : 'quote' in part ? [part.quote, ''] : [part.link, '']);
  const followUp: Part[] = footer.followUpLink ? [{say: 'mailFollowUp'}, {link: footer.followUpLink, label: 'followUpTitle'}] : [];
  const footerParts: [TextKey, string][] = [['mailDelete', footer.eraseLink], ...(footer.unsubscribeLink ? [['mailUnsubscribe', footer.unsubscribeLink] as [TextKey, string]] : [])];
  const document = h(null, [
    {type: 'doctype'},
    h('html', {lang: locale, dir}, [
      h('head', [h('meta', {charset: 'utf-8'}), h('title', say(subject))]),
      h('body', {dir, style: 'font-family:sans-serif;line-height:1.5'}, [...[...parts, ...followUp].flatMap(html), ...footerParts.map(([key, href]) => small(key, href))]),
    ]),
  ]);
  return {
    subject: say(subject),
    text: [...[...parts, ...followUp].flatMap(plain), ...footerParts.flatMap(([key, href]) => [say(key), href, ''])].join('\n'),
    html: toHtml(document),
    ...(footer.unsubscribeLink ? {unsubscribeUrl: footer.unsubscribeLink} : {}),
  };
}
