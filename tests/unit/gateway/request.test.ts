import {describe, expect, test} from 'vitest';
import {clientAddress, originAllowed, wantsJson} from '../../../gateway/request';

const headers = (values: Record<string, string>) => (name: string) => values[name];
const HUB = 'https://hub.example.org';

describe('requests', () => {
  test('only the site\'s pages may post a form; JSON without an origin is a program', () => {
    expect(originAllowed(headers({origin: HUB}), HUB)).toBe(true);
    expect(originAllowed(headers({origin: 'https://hub.example.org.evil.example'}), HUB)).toBe(false);
    expect(originAllowed(headers({origin: 'null'}), HUB)).toBe(false);
    expect(originAllowed(headers({referer: `${HUB}/fr/forum/ask`}), HUB)).toBe(true);
    expect(originAllowed(headers({referer: 'not a url'}), HUB)).toBe(false);
    expect(originAllowed(headers({'content-type': 'application/x-www-form-urlencoded'}), HUB)).toBe(false);
    expect(originAllowed(headers({'content-type': 'application/json'}), HUB)).toBe(true);
  });

  test('answers JSON to JSON, pages to forms and browsers', () => {
    expect(wantsJson(headers({'content-type': 'application/json'}))).toBe(true);
    expect(wantsJson(headers({accept: 'application/json'}))).toBe(true);
    expect(wantsJson(headers({accept: 'text/html,application/json;q=0.9'}))).toBe(false);
  });

  test('trusts X-Forwarded-For only as far as the configured proxies', () => {
    const xff = headers({'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.2'});
    expect(clientAddress(xff, '10.0.0.3', 0)).toBe('10.0.0.3');
    expect(clientAddress(xff, '10.0.0.3', 1)).toBe('10.0.0.2');
    expect(clientAddress(xff, '10.0.0.3', 2)).toBe('198.51.100.7');
    expect(clientAddress(headers({}), '10.0.0.3', 2)).toBe('10.0.0.3');
  });
});
