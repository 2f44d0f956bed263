import {fromHtml} from 'hast-util-from-html';
import {h} from 'hastscript';
import {selectAll} from 'hast-util-select';
import {describe, expect, it} from 'vitest';
import {THREAD_TEMPLATE} from '../../../plugins/forum/threadTemplate';
import {parsePageTemplate} from '../../../plugins/utils/pageTemplate';

/** The shape of the page Docusaurus renders for the thread route: minified, attributes unquoted where they can be. */
const TEMPLATE =
  '<!doctype html><html lang=en><head><meta charset=UTF-8><title data-rh=true>Question | BSG Hub</title>' +
  '<meta data-rh=true property=og:url content=https://bsg-hub.github.io/forum/:number /><meta data-rh=true property=og:title content="Question | BSG Hub"/>' +
  '<link data-rh=true rel=canonical href=https://bsg-hub.github.io/forum/:number /><link data-rh=true rel=alternate href=https://bsg-hub.github.io/fr/forum/:number hreflang=fr />' +
  '<script>document.documentElement.setAttribute("data-theme","light")</script></head><body><svg><title>icon</title></svg>' +
  '<nav><ul class=dropdown__menu><li><a href=/forum/:number class=dropdown__link lang=en>English</a><li><a href="/ar/forum/:number?x=1#top" class=dropdown__link lang=ar>العربية</a></ul>' +
  '<a href=/forum/:numbers>not the route</a></nav><main>' +
  '<script type=application/json id=forum-thread-labels>{"answered":"Answered $& $1"}</script><div id=forum-thread></div></main></body></html>';

const page = (title: string) => parsePageTemplate(TEMPLATE, 'build/forum/:number.html', THREAD_TEMPLATE).fill({parameter: '42', title, content: h('article', [h('h1', title)])});

/** What a browser would make of the page. */
function read(html: string) {
  const tree = fromHtml(html);
  const text = (selector: string) => selectAll(selector, tree).map((node) => node.children.map((child) => ('value' in child ? child.value : '')).join(''));
  const attribute = (selector: string, name: string) => selectAll(selector, tree).map((node) => node.properties[name]);
  return {tree, text, attribute};
}

/** The replacement patterns of String.prototype.replace, the redirect, and markup of every kind. */
const HOSTILE = [
  '0;url=https://evil.example/?$& http-equiv=refresh x',
  "$& $` $' $1 $2 $<name> $$",
  'He said "yes" & it\'s <fine>',
  '</title><meta http-equiv=refresh content="0;url=https://evil.example">',
  '"><meta http-equiv="refresh" content="0;url=https://evil.example"><x a="',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<!-- comment --> <![CDATA[ x ]]>',
  'Right\u202Eto left\u2066isolate',
];

describe('a thread page filled from the template', () => {
  it.each(HOSTILE)('shows the title %j as text, and nothing else changes', (title) => {
    const {tree, text, attribute} = read(page(title));
    expect(text('head > title')).toEqual([`${title} | BSG Hub`]);
    expect(attribute('meta[property="og:title"]', 'content')).toEqual([`${title} | BSG Hub`]);
    expect(text('#forum-thread h1')).toEqual([title]);
    expect(selectAll('meta[http-equiv]', tree)).toEqual([]);
    expect(selectAll('script', tree)).toHaveLength(2);
    expect(selectAll('meta, link', tree)).toHaveLength(5);
  });

  it('puts the thread’s number in its addresses and keeps every other byte of the template', () => {
    const html = page('Numbers');
    const {attribute} = read(html);
    expect(attribute('link[rel=canonical]', 'href')).toEqual(['https://bsg-hub.github.io/forum/42']);
    expect(attribute('link[rel=alternate]', 'href')).toEqual(['https://bsg-hub.github.io/fr/forum/42']);
    expect(attribute('meta[property="og:url"]', 'content')).toEqual(['https://bsg-hub.github.io/forum/42']);
    // The locale menu leads to the same thread in the other languages (issue 21), and only the route's addresses change.
    expect(attribute('a.dropdown__link', 'href')).toEqual(['/forum/42', '/ar/forum/42?x=1#top']);
    expect(attribute('nav > a', 'href')).toEqual(['/forum/:numbers']);
    expect(html).toContain('<script>document.documentElement.setAttribute("data-theme","light")</script>');
    expect(html).toContain('<svg><title>icon</title></svg>');
    expect(html).toContain('<div id="forum-thread"><article><h1>Numbers</h1></article></div>');
  });

  it('reads the translated words, whatever they hold', () => {
    expect(parsePageTemplate(TEMPLATE, 'x', THREAD_TEMPLATE).labels).toEqual({answered: 'Answered $& $1'});
  });

  it('names the file when the template lacks what it needs', () => {
    expect(() => parsePageTemplate('<html></html>', 'build/forum/:number.html', THREAD_TEMPLATE)).toThrow('build/forum/:number.html: the thread page template has no labels');
    const noSlot = TEMPLATE.replace('<div id=forum-thread></div>', () => '');
    expect(() => parsePageTemplate(noSlot, 'build/forum/:number.html', THREAD_TEMPLATE)).toThrow('should have one empty forum-thread slot');
    const twoSlots = TEMPLATE.replace('<div id=forum-thread></div>', (slot) => slot + slot);
    expect(() => parsePageTemplate(twoSlots, 'x', THREAD_TEMPLATE)).toThrow('one empty forum-thread slot');
  });
});
