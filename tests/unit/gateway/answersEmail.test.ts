import {LOCALES} from '../../../locales';
import {describe, expect, test} from 'vitest';
import {answersEmail} from '../../../gateway/mail/answersEmail';
import {QUOTE_MAX} from '../../../gateway/mail/answerText';
import {threadPageUrl} from '../../../gateway/pages';
import {say} from '../../../gateway/messages';

const footer = {eraseLink: 'https://gateway.example.org/erase/e', unsubscribeLink: 'https://gateway.example.org/unsubscribe/u'};
const links = (locale: (typeof LOCALES)[number]) => ({site: threadPageUrl('https://hub.example.org', locale, 7), github: 'https://github.com/bsg-hub/bsg-hub/discussions/7'});
const HOSTILE = 'Off topic.\r\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) &amp; <script>alert(2)</script>';
const PHISHING = 'URGENT from BSG Hub: [re-confirm here](https://phish.example/login?id=1) or at https://phish.example/now, www.phish.example';
/** Every address an email gives as a link or as text. */
const addresses = (text: string) => [...text.matchAll(/(?:https?:\/\/|www\.)[^\s"<>)]+/g)].map((m) => m[0]);

describe('the answers email', () => {
  test.each(LOCALES)('in %s: every trusted answer as text, the accepted one said so, links to the site and to GitHub', (locale) => {
    const email = answersEmail(locale, 'Title', {quoted: [{kind: 'answer', body: HOSTILE}, {kind: 'accepted', body: 'Yes.'}], others: 0}, links(locale), footer);
    expect(email.subject).toBe(say(locale, {key: 'answersSubject'}));
    expect(email.text).toContain(`${say(locale, {key: 'newAnswer'})}\n\nOff topic.\ngithub.com click & alert(2)\n\n${say(locale, {key: 'acceptedAnswer'})}\n\nYes.\n`);
    expect(email.text).not.toContain('\r');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<script');
    expect(email.html).not.toContain('javascript:');
    expect(email.html).toContain(`<a href="${links(locale).site}">${say(locale, {key: 'answersOnSite'})}</a>`);
    expect(email.html).toContain(`<a href="${links(locale).github}">${say(locale, {key: 'answersOnGitHub'})}</a>`);
    expect(email.html).toContain(`dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
    expect(email.text).not.toContain(say(locale, {key: 'answersOtherReplies'}));
  });

  test.each(LOCALES)('in %s: replies by anyone else are announced, never quoted', (locale) => {
    const notice = answersEmail(locale, 'Title', {quoted: [], others: 2}, links(locale), footer);
    expect(notice.subject).toBe(say(locale, {key: 'replySubject'}));
    expect(notice.text).toContain(`${say(locale, {key: 'replyIntro'})}\n\nTitle\n\n${say(locale, {key: 'replyNotQuoted'})}\n\n${links(locale).site}\n\n${links(locale).github}\n`);
    expect(notice.text).not.toContain(say(locale, {key: 'newAnswer'}));
    const mixed = answersEmail(locale, 'Title', {quoted: [{kind: 'answer', body: 'An expert says yes.'}], others: 1}, links(locale), footer);
    expect(mixed.subject).toBe(say(locale, {key: 'answersSubject'}));
    expect(mixed.text).toContain(`An expert says yes.\n\n${say(locale, {key: 'answersOtherReplies'})}\n`);
  });

  test('links are text with their host: no address the author chose, in either part', () => {
    const email = answersEmail('en', 'Title', {quoted: [{kind: 'answer', body: PHISHING}], others: 0}, links('en'), footer);
    expect(email.text).toContain('URGENT from BSG Hub: re-confirm here (phish.example) or at phish.example, www.phish.example\n');
    expect(email.html).toContain('URGENT from BSG Hub: re-confirm here (phish.example) or at phish.example, www.phish.example</blockquote>');
    // Only the gateway's own links remain, in both parts.
    const own = [links('en').site, links('en').github, footer.eraseLink, footer.unsubscribeLink];
    for (const part of [email.text, email.html]) expect(addresses(part).filter((address) => !own.includes(address))).toEqual(['www.phish.example']);
    expect(email.html).not.toMatch(/href="[^"]*phish/);
  });

  test(`capped at ${QUOTE_MAX} characters, then "read the rest on the site", in both parts`, () => {
    const long = Array.from({length: 40}, (_, i) => `Paragraph ${i}: ${'lorem ipsum '.repeat(20)}`).join('\n\n');
    for (const locale of LOCALES) {
      const email = answersEmail(locale, 'Title', {quoted: [{kind: 'answer', body: long}], others: 0}, links(locale), footer);
      const quoted = email.text.slice(email.text.indexOf('Paragraph 0'), email.text.indexOf(`\n\n${say(locale, {key: 'answerCut'})}`));
      expect(quoted.length).toBeLessThanOrEqual(QUOTE_MAX);
      expect(quoted.length).toBeGreaterThan(QUOTE_MAX * 0.75);
      // Cut where a paragraph ends.
      expect(quoted).toMatch(/lorem ipsum\n\n…$/);
      expect(email.text).toContain(`${say(locale, {key: 'answerCut'})}\n\n${links(locale).site}\n`);
      expect(email.html).toContain(`<p>${say(locale, {key: 'answerCut'})}</p><p><a href="${links(locale).site}">${say(locale, {key: 'answersOnSite'})}</a></p>`);
      expect(email.html).not.toContain('Paragraph 39');
    }
  });

  test('hostile bodies: a megabyte, HTML, CRLF, bidi controls', () => {
    const huge = `${'<b>x</b> '.repeat(100_000)}\r\n\r\nEND`;
    const started = performance.now();
    const email = answersEmail('ar', 'Title', {quoted: [{kind: 'answer', body: huge}, {kind: 'answer', body: 'Visit [\u202Eelpmaxe.doog\u202C](https://phish.example) \u2067now\u2069'}], others: 0}, links('ar'), footer);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(email.text.length).toBeLessThan(3 * QUOTE_MAX);
    expect(email.text).not.toContain('END');
    expect(email.html).not.toContain('<b>');
    expect(email.text).toContain('Visit elpmaxe.doog (phish.example) now\n');
    expect(email.text + email.html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
