/**
 * What the routes need to know of a request, as plain functions of its
 * headers: which answer it wants, whether its origin may post, who sent it.
 */
import {localeFromHeader} from './messages';
import type {Locale} from '../plugins/catalogue/types';

type Headers = (name: string) => string | undefined;

/** Forms want a page; `fetch` with JSON wants JSON. */
export function wantsJson(header: Headers): boolean {
  const type = header('content-type') ?? '';
  const accept = header('accept') ?? '';
  return type.includes('application/json') || (accept.includes('application/json') && !accept.includes('text/html'));
}

/**
 * A browser names the page a post comes from (`Origin`, else `Referer`); only
 * the site's may post. A program without either may post JSON, which no
 * other site's page can make a browser send (CORS), but not a form.
 */
export function originAllowed(header: Headers, hubOrigin: string): boolean {
  const origin = header('origin');
  if (origin) return origin === hubOrigin;
  const referer = header('referer');
  if (referer) {
    try {
      return new URL(referer).origin === hubOrigin;
    } catch {
      return false;
    }
  }
  return wantsJson(header);
}

/** The sender's address: the socket's, or the one the `hops`-th proxy from us saw (`X-Forwarded-For`). */
export function clientAddress(header: Headers, socketAddress: string | undefined, hops: number): string {
  if (hops > 0) {
    const chain = (header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
    const seen = chain[chain.length - hops];
    if (seen) return seen;
  }
  return socketAddress ?? 'unknown';
}

export const browserLocale = (header: Headers): Locale => localeFromHeader(header('accept-language'));
