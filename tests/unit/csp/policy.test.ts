import {describe, expect, it} from 'vitest';
import {headerPolicy, pagePolicy, scriptHash} from '../../../plugins/csp/policy';

const settings = {search: 'local', formOrigins: ['https://github.com']} as const;

describe('scriptHash', () => {
  it('is the SHA-256 of the UTF-8 text, as CSP writes it (the example of the CSP 3 specification)', () => {
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes characters outside ASCII as UTF-8 bytes', () => {
    // echo -n 'é' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });
});

describe('pagePolicy', () => {
  it('allows the site’s scripts, the page’s inline scripts and, for the offline search, WebAssembly', () => {
    expect(pagePolicy(["'sha256-a'", "'sha256-b'"], settings)).toMatchInlineSnapshot(
      `"script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; object-src 'none'; base-uri 'self'; form-action 'self' https://github.com"`,
    );
  });

  it('allows no WebAssembly with Algolia DocSearch (bundled, no script from elsewhere) or without search', () => {
    expect(pagePolicy([], {...settings, search: 'algolia'})).toBe("script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://github.com");
    expect(pagePolicy([], {search: 'off', formOrigins: []})).toBe("script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
  });
});

describe('headerPolicy', () => {
  it('adds what only a header can carry, and leaves the scripts to each page’s meta policy', () => {
    expect(headerPolicy(settings)).toBe("object-src 'none'; base-uri 'self'; form-action 'self' https://github.com; frame-ancestors 'none'");
  });
});
