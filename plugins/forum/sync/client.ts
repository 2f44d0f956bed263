import {retry} from '@octokit/plugin-retry';
import {throttling} from '@octokit/plugin-throttling';
import {Octokit} from '@octokit/rest';
import {SyncError} from './errors';
import type {RateLimit} from './types';

export type GitHubClient = {
  /** Runs one GraphQL operation; every call is one request. */
  query: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  requests: () => number;
  rateLimit: () => RateLimit | null;
};

export type ClientOptions = {
  token: string;
  /** `https://api.github.com`, or `https://HOST/api/v3` for GitHub Enterprise Server. */
  apiUrl: string;
  /** The longest wait for a rate limit to reset before giving up, in seconds. */
  maxWaitSeconds: number;
  /** Retries of a request that failed with a server error. */
  retries: number;
  /** Base of the retry back-off, in milliseconds (quadratic). */
  retryBaseMs: number;
};

const ThrottledOctokit = Octokit.plugin(throttling, retry);

/**
 * Octokit with the throttling and retry plugins. Octokit derives the GraphQL
 * endpoint from the REST base URL (`…/api/v3` → `…/api/graphql`).
 */
export function createClient(options: ClientOptions): GitHubClient {
  let requests = 0;
  let rateLimit: RateLimit | null = null;
  // Returning true waits `retryAfter` seconds and retries; false lets the 403/429 through.
  const waitOrGiveUp = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 2 && retryAfter <= options.maxWaitSeconds;
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/$/, ''),
    userAgent: 'bsg-hub-forum-sync',
    log: {debug: () => {}, info: () => {}, warn: () => {}, error: () => {}},
    throttle: {onRateLimit: waitOrGiveUp, onSecondaryRateLimit: waitOrGiveUp},
    retry: {retries: options.retries, retryAfterBaseValue: options.retryBaseMs},
  });
  octokit.hook.before('request', () => {
    requests += 1;
  });
  return {
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      try {
        const data = await octokit.graphql<T & {rateLimit?: RateLimit}>(query, variables);
        if (data.rateLimit) rateLimit = data.rateLimit;
        return data;
      } catch (error) {
        throw SyncError.from(error, options.apiUrl);
      }
    },
    requests: () => requests,
    rateLimit: () => rateLimit,
  };
}
