import {BlockList} from 'node:net';
import {describe, expect, test} from 'vitest';
import {clientAddress, originAllowed, wantsJson} from '../../../gateway/request';

const headers = (values: Record<string, string>) => (name: string) => values[name];
const HUB = 'https://hub.example.org';
const GATEWAY = 'https://gateway.example.org';
/** Proxies at 10.0.0.0/8 and 2001:db8:ffff::/48, as `TRUSTED_PROXIES` would list them. */
const proxies = (hops: number) => {
  const trusted = new BlockList();
  trusted.addSubnet('10.0.0.0', 8, 'ipv4');
  trusted.addSubnet('2001:db8:ffff::', 48, 'ipv6');
  return {hops, trusted};
};

describe('requests', () => {
  test('only the site\'s pages may post a form; JSON without an origin is a program', () => {
    expect(originAllowed(headers({origin: HUB}), [HUB])).toBe(true);
    expect(originAllowed(headers({origin: 'https://hub.example.org.evil.example'}), [HUB])).toBe(false);
    expect(originAllowed(headers({origin: 'null'}), [HUB])).toBe(false);
    expect(originAllowed(headers({referer: `${HUB}/fr/forum/ask`}), [HUB])).toBe(true);
    expect(originAllowed(headers({referer: 'not a url'}), [HUB])).toBe(false);
    expect(originAllowed(headers({'content-type': 'application/x-www-form-urlencoded'}), [HUB])).toBe(false);
    expect(originAllowed(headers({'content-type': 'application/json'}), [HUB])).toBe(true);
    // The gateway's own page sends a question again.
    expect(originAllowed(headers({origin: GATEWAY}), [HUB, GATEWAY])).toBe(true);
    expect(originAllowed(headers({origin: GATEWAY}), [HUB])).toBe(false);
  });

  test('answers JSON to JSON, pages to forms and browsers', () => {
    expect(wantsJson(headers({'content-type': 'application/json'}))).toBe(true);
    expect(wantsJson(headers({accept: 'application/json'}))).toBe(true);
    expect(wantsJson(headers({accept: 'text/html,application/json;q=0.9'}))).toBe(false);
  });

  test('without trusted proxies, the socket\'s address, whatever X-Forwarded-For says', () => {
    const spoofed = headers({'x-forwarded-for': '6.6.6.6'});
    expect(clientAddress(spoofed, '198.51.100.7', {hops: 0, trusted: null})).toBe('198.51.100.7');
    expect(clientAddress(spoofed, undefined, {hops: 0, trusted: null})).toBe('unknown');
  });

  test('a client that reaches the gateway directly chooses nothing with X-Forwarded-For (a peer that is not a listed proxy)', () => {
    for (const spoof of ['6.6.6.6', '10.0.0.2', '6.6.6.6, 10.0.0.2', '2001:db8:1::1', 'garbage']) {
      expect(clientAddress(headers({'x-forwarded-for': spoof}), '198.51.100.7', proxies(2)), spoof).toBe('198.51.100.7');
      expect(clientAddress(headers({'x-forwarded-for': spoof}), '2001:db8:5::9', proxies(2)), spoof).toBe('2001:db8:5::9');
    }
  });

  test('behind listed proxies, the chain is read from the right over trusted hops only, and no further than TRUST_PROXY_HOPS', () => {
    // The client wrote 6.6.6.6 itself; the first proxy saw 198.51.100.7; the second (10.0.0.2) passed it on.
    const chain = headers({'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.2'});
    expect(clientAddress(chain, '10.0.0.3', proxies(1))).toBe('10.0.0.2');
    expect(clientAddress(chain, '10.0.0.3', proxies(2))).toBe('198.51.100.7');
    // More hops allowed than proxies: the walk stops at the first address that is not a proxy.
    expect(clientAddress(chain, '10.0.0.3', proxies(5))).toBe('198.51.100.7');
    expect(clientAddress(headers({}), '10.0.0.3', proxies(2))).toBe('10.0.0.3');
    // What a proxy appends is an address; a client's junk further left is never taken.
    expect(clientAddress(headers({'x-forwarded-for': 'not-an-ip, 10.0.0.9'}), '10.0.0.3', proxies(3))).toBe('10.0.0.9');
    // IPv6 proxies, and an IPv4 proxy seen as an IPv4-mapped IPv6 peer (a server listening on ::).
    expect(clientAddress(headers({'x-forwarded-for': '6.6.6.6, 2001:db8:77::1'}), '2001:db8:ffff::2', proxies(1))).toBe('2001:db8:77::1');
    expect(clientAddress(headers({'x-forwarded-for': '6.6.6.6, 203.0.113.9'}), '::ffff:10.1.2.3', proxies(1))).toBe('203.0.113.9');
  });
});
