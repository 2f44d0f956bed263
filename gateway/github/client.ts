/**
 * GitHub as the GitHub App's installation on a repository: the App's JWT
 * (from GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY) finds the installation,
 * whose short-lived token, renewed by `@octokit/auth-app`, does the work.
 * Never a personal token.
 */
import {Octokit} from '@octokit/rest';
import {createAppAuth} from '@octokit/auth-app';
import {RetryLater} from '../queue/queue';
import {MODERATION_JOB} from '../questions/confirm';
import {FOLLOW_UP_JOB} from '../questions/followUp';
import {DECISION_JOB, WITHDRAWAL_JOB} from './webhook';
import type {GitHubAppConfig} from '../config';
import type {Pace} from '../queue/pacing';

export type Repository = {owner: string; name: string};

/** The jobs that create content on GitHub, under GitHub's 80 a minute and 500 an hour. */
export const GITHUB_PACE: Pace = {kinds: [MODERATION_JOB, FOLLOW_UP_JOB, DECISION_JOB, WITHDRAWAL_JOB], perMinute: 75, perHour: 475};

// Octokit's own request log is free text on stderr; the queue logs failures as JSON.
const quiet = {debug: () => {}, info: () => {}, warn: () => {}, error: () => {}};

/**
 * No request to GitHub waits longer than this: a job makes at most about ten,
 * so an attempt ends within its lease (5 minutes) and no other instance takes
 * the job over, and posts again, while a hung request still holds it.
 */
export const GITHUB_TIMEOUT_MS = 20_000;

const timedFetch =
  (timeoutMs: number): typeof fetch =>
  (url, init) =>
    fetch(url, {...init, signal: AbortSignal.any([...(init?.signal ? [init.signal] : []), AbortSignal.timeout(timeoutMs)])});

/** Lazily connects once; a failed lookup is retried at the next call. */
export function installationClient(app: GitHubAppConfig, baseUrl: string, repository: Repository, timeoutMs = GITHUB_TIMEOUT_MS): () => Promise<Octokit> {
  let client: Promise<Octokit> | null = null;
  const options = {baseUrl, log: quiet, request: {fetch: timedFetch(timeoutMs)}};
  const connect = async () => {
    const appClient = new Octokit({authStrategy: createAppAuth, auth: {appId: app.appId, privateKey: app.privateKey}, ...options});
    const {data} = await appClient.rest.apps.getRepoInstallation({owner: repository.owner, repo: repository.name});
    return new Octokit({authStrategy: createAppAuth, auth: {appId: app.appId, privateKey: app.privateKey, installationId: data.id}, ...options});
  };
  return () => {
    client ??= connect().catch((error: unknown) => {
      client = null;
      throw error;
    });
    return client;
  };
}

/**
 * GitHub's "not now": a rate limit (403 or 429 with `retry-after` or an
 * exhausted `x-ratelimit-remaining`) becomes a `RetryLater` at the time
 * GitHub names; anything else is left to the queue's backoff.
 */
export function whenGitHubSaysWait(error: unknown, now = Date.now()): unknown {
  const {status, response} = error as {status?: number; response?: {headers?: Record<string, string | undefined>}};
  if (status !== 403 && status !== 429) return error;
  const headers = response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new RetryLater('GitHub asked to wait', retryAfter * 1000, {cause: error});
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return new RetryLater('GitHub rate limit', Math.max(1000, Number.isFinite(reset) ? reset - now : 60_000), {cause: error});
  }
  return error;
}
