import {createHash} from 'node:crypto';
import {fromHtml} from 'hast-util-from-html';
import {describe, expect, it} from 'vitest';
import {renderThreadBody} from '../../../plugins/forum/threadHtml';
import {THREAD_TEMPLATE} from '../../../plugins/forum/threadTemplate';
import {parsePageTemplate} from '../../../plugins/utils/pageTemplate';
import {securePage} from '../../../plugins/csp/page';
import type {ThreadLabels} from '../../../plugins/forum/threadHtml';
import type {ThreadView} from '../../../plugins/forum/threads';
import type {Element, Root} from 'hast';

// Computed here, not with the module's own scriptHash: the test checks the bytes hashed.
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
const META = '<meta http-equiv="Content-Security-Policy" content="POLICY">';

/** Secures `html` with a policy written as `POLICY`, and checks that only the tag was added. */
function secure(html: string) {
  const page = securePage(html, () => 'POLICY');
  if (!page) throw new Error('the page was left as it was');
  const at = page.html.indexOf(META);
  expect(at, 'the meta tag').toBeGreaterThanOrEqual(0);
  expect(page.html.slice(0, at) + page.html.slice(at + META.length), 'the page around the tag').toBe(html);
  return {...page, at};
}

/** The elements of the parsed page in document order, as the browser sees them. */
function parsed(html: string): {head: Element[]; all: Element[]} {
  const all: Element[] = [];
  const walk = (node: Root | Element) => node.children.forEach((child) => {
    if (child.type === 'element') {
      all.push(child);
      walk(child);
    }
  });
  walk(fromHtml(html));
  const head = all.find((element) => element.tagName === 'head');
  return {head: head?.children.filter((child): child is Element => child.type === 'element') ?? [], all};
}

/** The policy is in the head and comes before every script. */
function expectPolicyFirst(html: string) {
  const {head, all} = parsed(html);
  const isPolicy = (element: Element) => String(element.properties.httpEquiv) === 'Content-Security-Policy';
  expect(head.some(isPolicy), 'meta in <head>').toBe(true);
  const order = all.map((element) => (isPolicy(element) ? 'csp' : element.tagName));
  expect(order.indexOf('csp')).toBeLessThan(order.indexOf('script') === -1 ? Infinity : order.indexOf('script'));
}

const THEME = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const DOCUSAURUS = `<!doctype html><html lang=en><head><meta charset=UTF-8><title>T</title><script data-rh=true>insertBanner()</script><script type=application/ld+json>{"@type":"BreadcrumbList"}</script></head><body><script>${THEME}</script><div id=__docusaurus><main>Text</main></div><script src=/assets/js/main.js defer></script></body></html>`;

describe('securePage', () => {
  it('puts the policy right after the charset, hashes the head’s and the body’s own inline scripts, and changes nothing else', () => {
    const page = secure(DOCUSAURUS);
    expect(page.html.slice(0, page.at)).toBe('<!doctype html><html lang=en><head><meta charset=UTF-8>');
    expect(page.hashes).toEqual([sha256('insertBanner()'), sha256(THEME)]);
    expect(page.blocked).toEqual([]);
    expectPolicyFirst(page.html);
  });

  it('passes the hashes to the policy and escapes the policy as an attribute value', () => {
    const page = securePage('<html><head></head><body><script>a()</script></body></html>', (hashes) => `script-src ${hashes.join(' ')} "&`);
    expect(page?.html).toBe(`<html><head><meta http-equiv="Content-Security-Policy" content="script-src ${sha256('a()')} &#x22;&#x26;"></head><body><script>a()</script></body></html>`);
  });

  it('hashes the exact text of a script with closing-tag look-alikes, comments and any characters', () => {
    const text = 'var s = "<\\/script>", t = "</scr" + "ipt>"; /* <!-- --> */ document.title = "标准化 — مرشد ✓ 😀 \u2028"';
    const page = secure(`<!doctype html><html><head><meta charset=utf-8><script>${text}</script></head><body></body></html>`);
    expect(page.hashes).toEqual([sha256(text)]);
  });

  it('hashes only the scripts a browser runs: not data blocks (JSON, JSON-LD, templates), not scripts with src', () => {
    const scripts = [
      '<script type="application/json" id="forum-thread-labels">{"a":1}</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="text/template"><b>x</b></script>',
      '<script type="text/javascript; charset=utf-8">noParameters()</script>',
      '<script src="/x.js">ignoredBody()</script>',
      '<script type=" TEXT/JavaScript ">classic()</script>',
      '<script type="module">module()</script>',
      '<script language="javascript">legacy()</script>',
      '<script type="">empty()</script>',
    ];
    const page = secure(`<!doctype html><html><head>${scripts.join('')}</head><body></body></html>`);
    expect(page.hashes).toEqual(['classic()', 'module()', 'legacy()', 'empty()'].map(sha256));
  });

  it('does not hash an inline script inside the content: a forum post that slipped one past the sanitizer stays blocked', () => {
    const labels = {answers: '{count} answers', votes: '{votes}', lockReasons: {}, hiddenReasons: {}} as unknown as ThreadLabels;
    const hostile: ThreadView = {
      number: 9, title: '</title><script>alert(1)</script>', url: 'https://github.com/o/r/discussions/9',
      author: {login: 'x', url: null, ghost: false, badge: null}, createdAt: '2026-01-01T00:00:00Z', lastActivity: '2026-01-01T00:00:00Z',
      status: 'unanswered', locked: null, closed: null, duplicateOf: null, upvotes: 0, answerCount: 0, answers: [],
      tags: {recommendations: [], studyGroups: [], language: null, country: null},
      // What the sanitizer never lets through, as if it had.
      questionHtml: '<p>hi</p><script>steal()</script><svg><script>alsoSteal()</script></svg>',
    } as unknown as ThreadView;
    const template = `<!doctype html><html><head><meta charset=UTF-8><title data-rh=true>Q | BSG Hub</title></head><body><script>${THEME}</script><div id=__docusaurus><main><script type="application/json" id="forum-thread-labels">{}</script><div id="forum-thread"></div></main></div></body></html>`;
    const content = renderThreadBody(hostile, {labels, locale: 'en', paths: {recommendations: '/r', studyGroups: '/s'}, sample: false, duplicateOf: null});
    const page = secure(parsePageTemplate(template, 'forum/:number.html', THREAD_TEMPLATE).fill({parameter: String(hostile.number), title: hostile.title, content}));
    expect(page.hashes).toEqual([sha256(THEME)]);
    expect(page.blocked).toHaveLength(2);
    expect(page.blocked[0]).toMatchObject({line: 1});
  });

  it('places the policy in the head a page without <head> gets, and before its first script', () => {
    const noHead = '<!doctype html><title>x</title><script>s()</script><p>hi';
    expect(secure(noHead).at).toBe('<!doctype html>'.length);
    expectPolicyFirst(secure(noHead).html);
    const htmlOnly = '<html lang=fr><script>s()</script><body>x';
    expect(secure(htmlOnly).at).toBe('<html lang=fr>'.length);
    expectPolicyFirst(secure(htmlOnly).html);
    expect(secure('<script>s()</script>').at).toBe(0);
    expect(secure('\uFEFF<p>x').at).toBe(1);
    expect(secure('<!doctype html><head data-x=">"><script>s()</script>').at).toBe('<!doctype html><head data-x=">">'.length);
  });

  it('keeps offsets right with Windows line ends and text before the head', () => {
    const html = '<!doctype html>\r\n<!-- a comment -->\r\n<html>\r\n<head>\r\n<meta charset="utf-8">\r\n<script>a()</script></head><body></body></html>';
    const page = secure(html);
    expect(page.html.slice(0, page.at).endsWith('<meta charset="utf-8">')).toBe(true);
    expectPolicyFirst(page.html);
  });

  it('leaves a page that already has a policy as it is (the step run twice), rather than adding a second one', () => {
    expect(securePage('<html><head><meta http-equiv="content-security-policy" content="x"></head></html>', () => 'y')).toBeUndefined();
  });

  it('still secures a page whose content has a policy tag (browsers ignore one outside the head)', () => {
    expect(secure('<html><head></head><body><div><meta http-equiv="Content-Security-Policy" content="script-src *"></div></body></html>').at).toBe('<html><head>'.length);
  });

  it('ignores scripts inside a <template>: they run only once a script copies them', () => {
    expect(secure('<html><head></head><body><template><script>later()</script></template></body></html>').hashes).toEqual([]);
  });
});
