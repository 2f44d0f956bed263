/**
 * The parts of an email as nodemailer writes it (multipart/alternative: a
 * plain-text part, an HTML part), each decoded from its transfer encoding,
 * so a test can say which part holds a text.
 */
import {decodeQp} from './harness';

export type MailParts = {headers: string; text: string; html: string};

/** Headers unfolded (RFC 5322) and decoded (RFC 2047); each part's body decoded (quoted-printable, base64 or as is). */
export function mailParts(raw: string): MailParts {
  const [headers, body] = split(raw.replace(/\r\n/g, '\n'));
  const boundary = /^Content-Type: multipart\/alternative;.*boundary="?([^";\n]+)"?/im.exec(headers)?.[1];
  if (!boundary) throw new Error(`Not a multipart/alternative email: ${headers}`);
  const parts = body.split(`--${boundary}`).slice(1, -1).map((part) => split(part.replace(/^\n/, '')));
  const decoded = (type: string) => {
    const part = parts.find(([partHeaders]) => new RegExp(`^Content-Type: ${type}\\b`, 'im').test(partHeaders));
    if (!part) throw new Error(`No ${type} part in the email`);
    const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(part[0])?.[1]?.toLowerCase();
    return encoding === 'quoted-printable' ? decodeQp(part[1]) : encoding === 'base64' ? Buffer.from(part[1], 'base64').toString('utf8') : part[1];
  };
  return {headers, text: decoded('text/plain'), html: decoded('text/html')};
}

/** Headers (unfolded, encoded words decoded) and body. */
function split(message: string): [string, string] {
  const end = message.indexOf('\n\n');
  return [encodedWords(message.slice(0, end).replace(/\n[ \t]+/g, ' ')), message.slice(end + 2)];
}

const WORD = /=\?UTF-8\?Q\?([^?]*)\?=/gi;

/** RFC 2047: a run of `=?UTF-8?Q?…?=` words (nodemailer cuts a long subject into several) as the text it encodes. */
const encodedWords = (headers: string) =>
  headers.replace(/=\?UTF-8\?Q\?[^?]*\?=(?:\s+=\?UTF-8\?Q\?[^?]*\?=)*/gi, (run) => decodeQp([...run.matchAll(WORD)].map((word) => word[1]!.replace(/_/g, ' ')).join('')));
