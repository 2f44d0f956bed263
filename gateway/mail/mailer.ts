/**
 * Sends email by SMTP (`SMTP_URL`) or, without it, writes each message as an
 * `.eml` file to the outbox folder (development). Headers are built by
 * nodemailer from address objects only: a display name with a line break
 * stays inside its encoded word and cannot add a header.
 */
import path from 'node:path';
import {randomUUID} from 'node:crypto';
import nodemailer from 'nodemailer';
import {writeAtomically} from '../../plugins/utils/files';
import type {RenderedEmail} from './layout';

export type Address = {name: string; address: string};
export type Mailer = {
  /** Where mail goes: `smtp`, or `outbox` (development: files, and links printed). */
  mode: 'smtp' | 'outbox';
  send: (to: Address, email: RenderedEmail) => Promise<{file?: string}>;
  close: () => void;
};

export function createMailer({smtpUrl, outboxDir, from}: {smtpUrl: string | null; outboxDir: string; from: Address}): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({streamTransport: true, buffer: true, newline: 'unix'});
  return {
    mode: smtpUrl ? 'smtp' : 'outbox',
    send: async (to, email) => {
      // RFC 8058: the link in `List-Unsubscribe` (nodemailer writes it from the URL) works with one POST.
      const unsubscribe = email.unsubscribeUrl ? {list: {unsubscribe: email.unsubscribeUrl}, headers: {'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'}} : {};
      const info = await transport.sendMail({from, to, subject: email.subject, text: email.text, html: email.html, ...unsubscribe});
      if (smtpUrl) return {};
      const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
      await writeAtomically(file, (info as unknown as {message: Buffer}).message.toString('utf8'));
      return {file};
    },
    close: () => transport.close(),
  };
}
