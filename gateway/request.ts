/**
 * What the routes need to know of a request, as plain functions of its
 * headers: which answer it wants, whether its origin may post, who sent it.
 */
import type {Locale} from '../locales';
import {isIP} from 'node:net';
import {localeFromHeader} from './messages';
import type {BlockList} from 'node:net';

type Headers = (name: string) => string | undefined;

/** Forms want a page; `fetch` with JSON wants JSON. */
export function wantsJson(header: Headers): boolean {
  const type = header('content-type') ?? '';
  const accept = header('accept') ?? '';
  return type.includes('application/json') || (accept.includes('application/json') && !accept.includes('text/html'));
}

/**
 * A browser names the page a post comes from (`Origin`, else `Referer`); only
 * the pages of `origins` may post. A program without either may post JSON,
 * which no other site's page can make a browser send (CORS), but not a form.
 */
export function originAllowed(header: Headers, origins: readonly string[]): boolean {
  const origin = header('origin');
  if (origin) return origins.includes(origin);
  const referer = header('referer');
  if (referer) {
    try {
      return origins.includes(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  return wantsJson(header);
}

/**
 * The sender's address, the one the limits count. The socket's peer, unless
 * it is one of the `trusted` proxies: then `X-Forwarded-For` is read from the
 * right, the address each trusted proxy saw, for at most `hops` proxies,
 * stopping at the first address that is not a trusted proxy. A client that
 * reaches the gateway directly, or writes its own header in front of the
 * proxies', chooses nothing.
 */
export function clientAddress(header: Headers, socketAddress: string | undefined, proxies: {hops: number; trusted: BlockList | null}): string {
  let address = socketAddress ?? 'unknown';
  if (!proxies.trusted) return address;
  const chain = (header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  for (let hop = 0; hop < proxies.hops && isTrusted(proxies.trusted, address); hop += 1) {
    const seen = chain.pop();
    // A proxy writes an address; anything else comes from further left, where nothing is believed.
    if (!seen || !isIP(seen)) break;
    address = seen;
  }
  return address;
}

const isTrusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

export const browserLocale = (header: Headers): Locale => localeFromHeader(header('accept-language'));
