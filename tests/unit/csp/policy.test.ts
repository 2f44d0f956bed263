import {describe, expect, it} from 'vitest';
import {headerPolicy, pagePolicy, scriptHash} from '../../../plugins/csp/policy';
import {GITHUB_ATTACHMENT_PREFIXES, GITHUB_ATTACHMENT_REDIRECT_ORIGIN, isGitHubAttachment} from '../../../plugins/forum/attachments';
import {algoliaOrigins} from '../../../plugins/search-local/searchMode';

const settings = {search: 'local', formOrigins: ['https://github.com'], connectOrigins: []} as const;
const FETCHES = "default-src 'self'; %s; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://github.com/user-attachments/assets/ https://user-images.githubusercontent.com/ https://private-user-images.githubusercontent.com; connect-src 'self'";

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
  it('allows nothing from elsewhere but GitHub’s attachments; the site’s scripts, the page’s inline scripts and, for the offline search, WebAssembly', () => {
    expect(pagePolicy(["'sha256-a'", "'sha256-b'"], settings)).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://github.com/user-attachments/assets/ https://user-images.githubusercontent.com/ https://private-user-images.githubusercontent.com; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://github.com"`,
    );
  });

  it('allows no WebAssembly with Algolia DocSearch (bundled, no script from elsewhere) or without search', () => {
    expect(pagePolicy([], {...settings, search: 'algolia'})).toBe(`${FETCHES.replace('%s', "script-src 'self'")}; object-src 'none'; base-uri 'self'; form-action 'self' https://github.com`);
    expect(pagePolicy([], {search: 'off', formOrigins: [], connectOrigins: []})).toBe(`${FETCHES.replace('%s', "script-src 'self'")}; object-src 'none'; base-uri 'self'; form-action 'self'`);
  });

  it('lets scripts connect to the origins configured: the question gateway, Algolia', () => {
    const connectOrigins = ['https://gateway.example.org', ...algoliaOrigins('BH4D9OD16A')];
    expect(pagePolicy([], {...settings, connectOrigins})).toContain(
      "; connect-src 'self' https://gateway.example.org https://BH4D9OD16A-dsn.algolia.net https://BH4D9OD16A-1.algolianet.com https://BH4D9OD16A-2.algolianet.com https://BH4D9OD16A-3.algolianet.com;",
    );
  });

  it('allows in img-src exactly the hosts whose images the forum loads', () => {
    const imgSrc = pagePolicy([], settings).split('; ').find((directive) => directive.startsWith('img-src '))?.split(' ') ?? [];
    for (const prefix of GITHUB_ATTACHMENT_PREFIXES) expect(imgSrc).toContain(prefix);
    expect(imgSrc.filter((source) => source.startsWith('https:')).every((source) => isGitHubAttachment(source) || source === GITHUB_ATTACHMENT_REDIRECT_ORIGIN)).toBe(true);
  });
});

describe('headerPolicy', () => {
  it('adds what only a header can carry, and leaves the scripts to each page’s meta policy', () => {
    expect(headerPolicy(settings)).toBe("object-src 'none'; base-uri 'self'; form-action 'self' https://github.com; frame-ancestors 'none'");
  });
});
