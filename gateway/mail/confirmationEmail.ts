/**
 * The confirmation email in the member's language: a plain-text part (read
 * anywhere, on any connection) and an HTML part built as a hast tree, right to
 * left in Arabic. The question's title is the member's text: in the HTML it is
 * a text node, so it cannot become markup.
 */
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {direction, TEXT} from '../messages';
import type {Locale} from '../../plugins/catalogue/types';

export type RenderedEmail = {subject: string; text: string; html: string};

export function confirmationEmail(locale: Locale, title: string, link: string, eraseLink: string): RenderedEmail {
  const say = (key: keyof typeof TEXT) => TEXT[key][locale];
  const dir = direction(locale);
  const html = toHtml(
    h(null, [
      {type: 'doctype'},
      h('html', {lang: locale, dir}, [
        h('head', [h('meta', {charset: 'utf-8'}), h('title', say('mailSubject'))]),
        h('body', {dir, style: 'font-family:sans-serif;line-height:1.5'}, [
          h('p', say('mailIntro')),
          h('blockquote', {dir: 'auto'}, h('strong', title)),
          h('p', say('mailAction')),
          h('p', [h('a', {href: link}, say('confirmButton'))]),
          h('p', {dir: 'ltr', style: 'font-size:small'}, link),
          h('p', say('mailIgnore')),
          h('p', {style: 'font-size:small'}, [say('mailDelete'), ' ', h('a', {href: eraseLink, dir: 'ltr'}, eraseLink)]),
        ]),
      ]),
    ]),
  );
  const text = [say('mailIntro'), '', title, '', say('mailAction'), link, '', say('mailIgnore'), '', say('mailDelete'), eraseLink, ''].join('\n');
  return {subject: say('mailSubject'), text, html};
}
