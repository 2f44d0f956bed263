import {LOCALES} from '../../../locales';
import {describe, expect, test} from 'vitest';
import {approvedEmail, rejectedEmail, withdrawnEmail} from '../../../gateway/mail/decisionEmail';
import {threadPageUrl} from '../../../gateway/pages';
import {say} from '../../../gateway/messages';

const footer = {eraseLink: 'https://gateway.example.org/erase/e', unsubscribeLink: 'https://gateway.example.org/unsubscribe/u'};
const HOSTILE = 'Off topic.\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) &amp;';

describe('the emails that follow a decision', () => {
  test.each(LOCALES)('approved, in %s: the thread on the site in the language, erase and unsubscribe links in both parts', (locale) => {
    const thread = threadPageUrl('https://hub.example.org', locale, 42);
    const email = approvedEmail(locale, 'Title <b>', thread, footer);
    expect(thread).toBe(locale === 'en' ? 'https://hub.example.org/forum/42' : `https://hub.example.org/${locale}/forum/42`);
    expect(email.subject).toBe(say(locale, {key: 'approvedSubject'}));
    expect(email.text).toContain(`${say(locale, {key: 'approvedIntro'})}\n\nTitle <b>\n\n${thread}\n`);
    expect(email.html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(email.html).toContain(`<a href="${thread}">${say(locale, {key: 'approvedLink'})}</a>`);
    expect(email.html).toContain('<strong>Title &#x3C;b></strong>');
    for (const [key, link] of [['mailDelete', footer.eraseLink], ['mailUnsubscribe', footer.unsubscribeLink]] as const) {
      expect(email.text).toContain(`${say(locale, {key: key})}\n${link}\n`);
      expect(email.html).toContain(`<a href="${link}" dir="ltr">${link}</a>`);
    }
    expect(email.unsubscribeUrl).toBe(footer.unsubscribeLink);
  });

  test.each(LOCALES)('rejected, in %s: the reason verbatim in the text part, a text node in the HTML part', (locale) => {
    const email = rejectedEmail(locale, 'Title', HOSTILE, footer);
    expect(email.subject).toBe(say(locale, {key: 'rejectedSubject'}));
    expect(email.text).toContain(`${say(locale, {key: 'rejectedReason'})}\n\n${HOSTILE}\n`);
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('<blockquote dir="auto" style="white-space:pre-wrap">Off topic.\n&#x3C;img src=x onerror=alert(1)> [click](javascript:alert(1)) &#x26;amp;</blockquote>');
  });

  test('rejected without a reason meant for the member: a general sentence in their language', () => {
    const email = rejectedEmail('ar', 'Title', null, footer);
    expect(email.text).toContain(say('ar', {key: 'rejectedGeneric'}));
    expect(email.text).not.toContain(say('ar', {key: 'rejectedReason'}));
    expect(email.html).toContain('dir="rtl"');
  });

  test.each(LOCALES)('withdrawn, in %s: the gateway\'s words only, for a question and for a follow-up', (locale) => {
    for (const [what, subject, intro] of [['question', 'withdrawnSubject', 'withdrawnIntro'], ['followUp', 'followUpWithdrawnSubject', 'followUpWithdrawnIntro']] as const) {
      const email = withdrawnEmail(locale, footer, what);
      expect(email.subject).toBe(say(locale, {key: subject}));
      expect(email.text).toBe([say(locale, {key: intro}), '', say(locale, {key: 'mailDelete'}), footer.eraseLink, '', say(locale, {key: 'mailUnsubscribe'}), footer.unsubscribeLink, ''].join('\n'));
      expect(email.html).not.toContain('<blockquote');
      expect(email.html).toContain(`dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
    }
  });
});
