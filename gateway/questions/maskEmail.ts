/**
 * An email address as the "check your email" answer shows it: enough for the
 * member to spot a mistake (the domain, the first letter), not enough to
 * read someone else's address off a screen. Internationalized domains are
 * shown as written (a browser's email field sends them as punycode).
 */
import {domainToUnicode} from 'node:url';

const DOTS = '•••';
/** Below this many characters the first one would give too much of the local part away. */
const SHOWN_FROM = 3;

/** `amina@example.org` → `a•••@example.org`; `ab@xn--80ak6aa92e.com` → `•••@пример.com`; no `@` → `•••`. */
export function maskEmail(address: string): string {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return DOTS;
  const characters = [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(trimmed.slice(0, at))].map((part) => part.segment);
  const domain = trimmed.slice(at + 1);
  const shown = characters.length >= SHOWN_FROM ? characters[0] : '';
  return `${shown}${DOTS}@${domainToUnicode(domain) || domain}`;
}
