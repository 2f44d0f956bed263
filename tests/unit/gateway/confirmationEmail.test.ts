import {describe, expect, test} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {LOCALES} from '../../../plugins/catalogue/types';
import {confirmationEmail} from '../../../gateway/mail/confirmationEmail';
import {TEXT} from '../../../gateway/messages';
import {createMailer} from '../../../gateway/mail/mailer';

const LINK = 'https://gateway.example.org/confirm/abc';
const ERASE = 'https://gateway.example.org/erase/def';

describe('the confirmation email', () => {
  test.each(LOCALES)('in %s: subject, text part and HTML part in the language, with the link', (locale) => {
    const email = confirmationEmail(locale, 'Title <img src=x onerror=alert(1)>', LINK, ERASE);
    expect(email.subject).toBe(TEXT.mailSubject[locale]);
    expect(email.text).toContain(TEXT.mailAction[locale]);
    expect(email.text).toContain(`\n${LINK}\n`);
    expect(email.html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(email.html).toContain(`<a href="${LINK}">${TEXT.confirmButton[locale]}</a>`);
    expect(email.html).not.toContain('<img');
    expect(email.text).toContain(`${TEXT.mailDelete[locale]}\n${ERASE}\n`);
    expect(email.html).toContain(`<a href="${ERASE}" dir="ltr">${ERASE}</a>`);
  });

  test('a display name with CRLF cannot add a header (the outbox shows the message as sent)', async () => {
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-outbox-'));
    const mailer = createMailer({smtpUrl: null, outboxDir, from: {name: 'BSG Hub', address: 'no-reply@example.org'}});
    const {file} = await mailer.send({name: 'Eve\r\nBcc: victim@example.org\r\nX-Evil: 1', address: 'eve@example.org'}, confirmationEmail('en', 'Title', LINK, ERASE));
    const headers = fs.readFileSync(file!, 'utf8').split('\n\n')[0]!;
    fs.rmSync(outboxDir, {recursive: true});
    expect(headers).toMatch(/^To: /m);
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(headers).not.toMatch(/^X-Evil:/im);
  });
});
