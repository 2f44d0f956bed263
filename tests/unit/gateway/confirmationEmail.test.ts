import {LOCALES} from '../../../locales';
import {describe, expect, test} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {confirmationEmail, emailLimitEmail} from '../../../gateway/mail/confirmationEmail';
import {say} from '../../../gateway/messages';
import {createMailer} from '../../../gateway/mail/mailer';

const LINK = 'https://gateway.example.org/confirm/abc';
const ERASE = 'https://gateway.example.org/erase/def';

describe('the confirmation email', () => {
  test.each(LOCALES)('in %s: subject, text part and HTML part in the language, with the link, and only the gateway\'s words', (locale) => {
    const email = confirmationEmail(locale, LINK, ERASE);
    expect(email.subject).toBe(say(locale, {key: 'mailSubject'}));
    expect(email.text).toBe([say(locale, {key: 'mailAsked'}), '', say(locale, {key: 'mailAction'}), '', LINK, '', say(locale, {key: 'mailIgnore'}), '', say(locale, {key: 'mailDelete'}), ERASE, ''].join('\n'));
    expect(email.html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(email.html).toContain(`<a href="${LINK}">${say(locale, {key: 'confirmButton'})}</a>`);
    expect(email.html).toContain(`<a href="${ERASE}" dir="ltr">${ERASE}</a>`);
    expect(email.html).not.toMatch(/<blockquote|<strong/);
  });

  test.each(LOCALES)('in %s: over the address\'s daily limit, the word that the question was not accepted, and no link to confirm', (locale) => {
    const email = emailLimitEmail(locale, ERASE);
    expect(email.subject).toBe(say(locale, {key: 'limitSubject'}));
    expect(email.text).toBe([say(locale, {key: 'limitNotice', n: 3}), '', say(locale, {key: 'mailIgnore'}), '', say(locale, {key: 'mailDelete'}), ERASE, ''].join('\n'));
    expect(email.html).not.toContain('/confirm/');
  });

  test('goes to the address alone; a display name with CRLF could not add a header anyway (the outbox shows the message as sent)', async () => {
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-outbox-'));
    const mailer = createMailer({smtpUrl: null, outboxDir, from: {name: 'BSG Hub', address: 'no-reply@example.org'}});
    const alone = (await mailer.send({name: '', address: 'amina@example.org'}, confirmationEmail('en', LINK, ERASE))).file!;
    const {file} = await mailer.send({name: 'Eve\r\nBcc: victim@example.org\r\nX-Evil: 1', address: 'eve@example.org'}, confirmationEmail('en', LINK, ERASE));
    const headers = (name: string) => fs.readFileSync(name, 'utf8').split('\n\n')[0]!;
    expect(headers(alone)).toMatch(/^To: amina@example\.org$/m);
    expect(headers(file!)).toMatch(/^To: /m);
    expect(headers(file!)).not.toMatch(/^Bcc:/im);
    expect(headers(file!)).not.toMatch(/^X-Evil:/im);
    fs.rmSync(outboxDir, {recursive: true});
  });
});
