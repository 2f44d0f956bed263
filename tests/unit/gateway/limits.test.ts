import {expect, test} from 'vitest';
import {addressBlock} from '../../../gateway/questions/limits';

test('address blocks: IPv4 /24 (also mapped into IPv6), IPv6 /48 however written', () => {
  expect(addressBlock('203.0.113.77')).toBe('203.0.113.0/24');
  expect(addressBlock('::ffff:203.0.113.5')).toBe('203.0.113.0/24');
  expect(addressBlock('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
  expect(addressBlock('2001:0db8:abcd:0012:0000:0000:0000:0001')).toBe('2001:db8:abcd::/48');
  expect(addressBlock('2001:db8::1')).toBe('2001:db8:0::/48');
  expect(addressBlock('fe80::1%eth0')).toBe('fe80:0:0::/48');
  expect(addressBlock('not an address')).toBe('unknown');
});
