/**
 * Where GitHub stores what people attach to a post. Images there load, as on
 * GitHub itself (GitHub already knows who reads its pages); any other host
 * would learn the address of every reader, and could send a page's worth of
 * data to a reader on a slow connection. The only images of another origin
 * the site shows: the forum's renderer loads no other (`postImages.ts`), and
 * the Content-Security-Policy's `img-src` allows no other (`plugins/csp/policy.ts`).
 */
export const GITHUB_ATTACHMENT_PREFIXES = ['https://github.com/user-attachments/assets/', 'https://user-images.githubusercontent.com/'] as const;

/**
 * Where `github.com/user-attachments/assets/…` redirects the browser: a
 * short-lived signed address on this host. CSP checks a redirect's target by
 * its origin alone, so the policy must name it.
 */
export const GITHUB_ATTACHMENT_REDIRECT_ORIGIN = 'https://private-user-images.githubusercontent.com';

export const isGitHubAttachment = (src: string) => GITHUB_ATTACHMENT_PREFIXES.some((prefix) => src.startsWith(prefix));
