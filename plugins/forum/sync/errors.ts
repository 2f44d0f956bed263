/** A sync failure, explained in one line; the CLI prints it and exits non-zero. */
export class SyncError extends Error {
  override name = 'SyncError';

  /** Turns what Octokit or the network threw into one line that never contains the token. */
  static from(error: unknown, apiUrl: string): SyncError {
    if (error instanceof SyncError) return error;
    const e = error as {status?: number; message?: string; errors?: {type?: string; message?: string}[]; response?: {headers?: Record<string, string>}; cause?: {code?: string}};
    const type = e.errors?.[0]?.type;
    if (type === 'NOT_FOUND') {
      return new SyncError(`GitHub found no such repository, or the token cannot see it: ${e.errors?.[0]?.message ?? ''}`.trim(), {cause: error});
    }
    if (e.errors && e.errors.length > 0) {
      return new SyncError(`GitHub rejected the query: ${e.errors.map((x) => x.message).join('; ')}`, {cause: error});
    }
    switch (e.status) {
      case 401:
        return new SyncError('GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN.', {cause: error});
      case 403:
      case 429: {
        const reset = Number(e.response?.headers?.['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return new SyncError(`GitHub's rate limit is exhausted${when}, longer than the sync may wait (FORUM_SYNC_MAX_WAIT): try again later.`, {cause: error});
      }
      default:
        break;
    }
    // Octokit reports a network failure as a 500 "fetch failed": look at the cause first.
    const cause = e.cause as {code?: string; message?: string; cause?: {code?: string}} | undefined;
    const code = cause?.code ?? cause?.cause?.code ?? /(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN)/.exec(String(e.message))?.[1];
    if (code || /fetch failed/i.test(`${e.message} ${cause?.message}`)) {
      return new SyncError(`Cannot reach ${apiUrl}${code ? ` (${code})` : ''}: check the network or GITHUB_API_URL.`, {cause: error});
    }
    if (e.status && e.status >= 500) {
      return new SyncError(`GitHub answered ${e.status} even after retries: try again later.`, {cause: error});
    }
    return new SyncError(`GitHub's answer could not be read: ${e.message ?? String(error)}`, {cause: error});
  }
}
