/**
 * The question gateway the ask page posts to (issue 15), when the site is
 * built with `BSG_HUB_GATEWAY_URL`. Checked when the configuration is read,
 * so that a wrong value stops the build with a message naming the variable
 * rather than shipping a form that posts nowhere.
 */

/** What the ask page needs of the gateway: where the form posts and where the widget fetches its challenge. */
export type GatewayLinks = {questionsUrl: string; challengeUrl: string; origin: string};

export const GATEWAY_VARIABLE = 'BSG_HUB_GATEWAY_URL';

/** How the gateway's comments in a thread open (a member's follow-up, posted by the gateway's App): `<!-- bsg-hub-gateway follow-up <id> -->`. */
export const FOLLOW_UP_MARKER_START = '<!-- bsg-hub-gateway follow-up ';

/** A comment the gateway posted for a member: its text is the member's, whoever GitHub names as its author. */
export const isGatewayFollowUp = (body: string) => body.trimStart().startsWith(FOLLOW_UP_MARKER_START);

/** Loopback without TLS is for a gateway on the same machine (development and the browser tests). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The gateway's base URL without a trailing slash, or null when the variable
 * is unset or empty. Throws an Error naming the variable, what it expects and
 * what it found: https, or http on the loopback; no credentials, query or fragment.
 */
export function gatewayUrlFromEnv(env: Record<string, string | undefined>): string | null {
  const raw = env[GATEWAY_VARIABLE]?.trim();
  if (!raw) return null;
  const wrong = (expected: string) =>
    new Error(`${GATEWAY_VARIABLE} is wrong: expected ${expected}, found ${JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw)}. Unset it to build the site without the question gateway (README, section "Question gateway").`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw wrong('an absolute URL such as https://gateway.example.org');
  }
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))) {
    throw wrong('an https:// URL (http:// only for 127.0.0.1 or localhost)');
  }
  if (url.username || url.password || url.search || url.hash) throw wrong('a URL without user name, password, query or fragment');
  return url.href.replace(/\/+$/, '');
}

export function gatewayLinks(gatewayUrl: string): GatewayLinks {
  return {questionsUrl: `${gatewayUrl}/api/questions`, challengeUrl: `${gatewayUrl}/api/challenge`, origin: new URL(gatewayUrl).origin};
}
