import {createHash} from 'node:crypto';
import {GITHUB_ATTACHMENT_PREFIXES, GITHUB_ATTACHMENT_REDIRECT_ORIGIN} from '../forum/attachments';
import type {SearchMode} from '../search-local/searchMode';

/** What the site's policy depends on besides the page's own inline scripts. */
export type PolicySettings = {
  /** The offline search (Pagefind) compiles WebAssembly; Algolia DocSearch and no search do not. */
  search: SearchMode['kind'];
  /** Origins that the site's forms submit to besides its own (the ask page's form goes to GitHub). */
  formOrigins: readonly string[];
  /** Origins that the site's scripts fetch from besides its own: the question gateway, Algolia. */
  connectOrigins: readonly string[];
};

/** The CSP source expression that allows one inline script: the SHA-256 of its exact text, UTF-8. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const join = (directives: readonly (readonly string[])[]) => directives.map((sources) => sources.join(' ')).join('; ');

/**
 * The directives that hold for every page, in either form. `'self'` rather
 * than the configured site URL: the same build is served by previews and by
 * `npm run serve` on 127.0.0.1, and `'self'` is wherever the page came from.
 */
const sitewide = ({formOrigins}: PolicySettings) => [
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'", ...formOrigins],
];

/**
 * The policy of one page, for its `<meta http-equiv>`: nothing from another
 * origin unless named (`default-src 'self'`); scripts from the site itself
 * and the page's own inline scripts (by hash); inline styles, which React
 * writes as `style` attributes; images of the site, of GitHub's attachment
 * hosts (the forum's allow-list, `plugins/forum/attachments.ts`) and `data:`
 * (Infima's CSS draws its breadcrumb and menu arrows as data: SVG; a data:
 * image makes no request, and the forum's sanitizer drops data: URLs from
 * posts); connections to the site and to the origins of `connectOrigins`.
 */
export function pagePolicy(hashes: readonly string[], settings: PolicySettings): string {
  const scriptSrc = ['script-src', "'self'", ...(settings.search === 'local' ? ["'wasm-unsafe-eval'"] : []), ...hashes];
  return join([
    ['default-src', "'self'"],
    scriptSrc,
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', ...GITHUB_ATTACHMENT_PREFIXES, GITHUB_ATTACHMENT_REDIRECT_ORIGIN],
    ['connect-src', "'self'", ...settings.connectOrigins],
    ...sitewide(settings),
  ]);
}

/**
 * The policy a host that can send headers adds to every response. The
 * browser enforces it as well as each page's meta policy, which keeps the
 * script hashes and the fetch directives (a `default-src` here would also
 * hold the pages' inline scripts, whose hashes differ by page); a header can
 * also forbid framing, which a meta tag cannot.
 */
export function headerPolicy(settings: PolicySettings): string {
  return join([...sitewide(settings), ['frame-ancestors', "'none'"]]);
}
