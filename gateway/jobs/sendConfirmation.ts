/**
 * The job that emails the confirmation link (or, for a question over its
 * address's daily limit, the word that it was not kept). The address is
 * unsealed only here, for the send, and the email goes to the address alone:
 * the name was typed by whoever asked, who may not own the mailbox. The link
 * is printed only when mail goes to the outbox (development), since the link
 * is what confirms a question.
 */
import {unseal} from '../crypto';
import {isLocale} from '../../locales';
import {confirmationEmail, emailLimitEmail} from '../mail/confirmationEmail';
import {confirmToken} from '../questions/confirm';
import {eraseToken} from '../questions/erase';
import type {Keys} from '../crypto';
import type {Database} from '../db/database';
import type {Logger} from '../log';
import type {Mailer} from '../mail/mailer';
import type {Handler} from '../queue/worker';

type Row = {id: string; status: string; locale: string; email_encrypted: string; created_at: Date; over_email_limit: boolean};

export function sendConfirmation({db, keys, mailer, gatewayUrl, log}: {db: Database; keys: Keys; mailer: Mailer; gatewayUrl: string; log: Logger}): Handler {
  return async (job) => {
    const rows = await db.query<Row>('SELECT id, status, locale, email_encrypted, created_at, over_email_limit FROM gateway_questions WHERE id = $1', [job.payload.question]);
    const row = rows[0];
    // Deleted, or confirmed through an earlier email: nothing to send.
    if (!row || row.status !== 'unconfirmed') return;
    const locale = isLocale(row.locale) ? row.locale : 'en';
    const eraseLink = `${gatewayUrl}/erase/${eraseToken(keys, row.id, new Date())}`;
    const to = {name: '', address: unseal(keys.email, row.email_encrypted)};
    if (row.over_email_limit) {
      await mailer.send(to, emailLimitEmail(locale, eraseLink));
      return;
    }
    const link = `${gatewayUrl}/confirm/${confirmToken(keys, row.id, new Date(row.created_at))}`;
    const sent = await mailer.send(to, confirmationEmail(locale, link, eraseLink));
    if (mailer.mode === 'outbox') log.info('outbox-confirmation', {file: sent.file ?? null, link});
  };
}
