/**
 * The REST side of the GitHub emulator, for the question gateway: a GitHub
 * App (its JWT checked against the App's public key, RS256, as GitHub does),
 * installation tokens, issues with labels in the installation's
 * repositories, listed with GitHub's filters and `Link` pagination, people's
 * roles on those repositories and the organisation's teams, and the `issues`
 * deliveries a moderator's actions cause (labeled, closed, deleted,
 * transferred).
 */
import {createHmac, randomBytes, randomUUID, verify} from 'node:crypto';
import type {IncomingMessage} from 'node:http';
import type {KeyObject} from 'node:crypto';

export type EmuIssueComment = {id: number; body: string; author: string; bot: boolean; createdAt: string};
export type EmuIssue = {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | null;
  createdAt: string;
  updatedAt: string;
  author: string;
  comments: EmuIssueComment[];
};

export type EmuApp = {
  id: string;
  slug: string;
  publicKey: KeyObject | string;
  installationId: number;
  /** `owner/name` → its issues. Only these repositories have the App installed. */
  repositories: Map<string, {issues: EmuIssue[]; labels: Set<string>; removed: number}>;
  /** Installation tokens handed out. */
  tokens: Set<string>;
  /** Requests by `METHOD /path` (no query), in order. */
  calls: string[];
  /** `owner/name` → login → role (`read`, `triage`, `write`, `maintain`, `admin`); anyone else has none. */
  collaborators: Map<string, Map<string, Role>>;
  /** `org/team-slug` → login → membership state. */
  teams: Map<string, Map<string, 'active' | 'pending'>>;
  /** How many of the next permission look-ups GitHub fails (502). */
  failPermissions: number;
};

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
const ROLES: Role[] = ['read', 'triage', 'write', 'maintain', 'admin'];

export function emulatedApp(id: string, publicKey: KeyObject | string, repositories: string[]): EmuApp {
  return {
    id,
    slug: 'bsg-hub-gateway',
    publicKey,
    installationId: 4242,
    repositories: new Map(repositories.map((r) => [r, {issues: [], labels: new Set(), removed: 0}])),
    tokens: new Set(),
    calls: [],
    collaborators: new Map(),
    teams: new Map(),
    failPermissions: 0,
  };
}

type Send = (status: number, body: string, headers?: Record<string, string>) => void;

function validJwt(app: EmuApp, authorization: string): boolean {
  const [scheme, jwt] = authorization.split(' ');
  const [header, payload, signature] = (jwt ?? '').split('.');
  if (scheme?.toLowerCase() !== 'bearer' || !header || !payload || !signature) return false;
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), app.publicKey, Buffer.from(signature, 'base64url'))) return false;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {iss?: unknown; exp?: number};
  return String(claims.iss) === app.id && (claims.exp ?? 0) > Date.now() / 1000;
}

const issueView = (repo: string, issue: EmuIssue) => ({
  id: issue.number * 1000,
  node_id: `I_${issue.number}`,
  number: issue.number,
  title: issue.title,
  body: issue.body,
  state: issue.state,
  state_reason: issue.stateReason,
  comments: issue.comments.length,
  labels: issue.labels.map((name) => ({name})),
  html_url: `https://github.com/${repo}/issues/${issue.number}`,
  user: {login: issue.author, type: issue.author.endsWith('[bot]') ? 'Bot' : 'User'},
  created_at: issue.createdAt,
  updated_at: issue.updatedAt,
});

/** Answers a REST request of the App or its installation (404 for routes the emulator does not know). */
export function handleAppRequest(app: EmuApp, request: IncomingMessage, raw: string, send: Send): void {
  const url = new URL(request.url ?? '/', 'http://emulator');
  const auth = request.headers.authorization ?? '';
  app.calls.push(`${request.method} ${url.pathname}`);
  const notFound = () => send(404, JSON.stringify({message: 'Not Found'}));
  const json = (status: number, body: unknown, headers?: Record<string, string>) => send(status, JSON.stringify(body), headers);

  const installation = /^\/repos\/([^/]+\/[^/]+)\/installation$/.exec(url.pathname);
  if (installation && request.method === 'GET') {
    if (!validJwt(app, auth)) return json(401, {message: 'A JSON web token could not be decoded'});
    return app.repositories.has(installation[1]!) ? json(200, {id: app.installationId, app_id: Number(app.id)}) : notFound();
  }
  if (url.pathname === `/app/installations/${app.installationId}/access_tokens` && request.method === 'POST') {
    if (!validJwt(app, auth)) return json(401, {message: 'A JSON web token could not be decoded'});
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    app.tokens.add(token);
    return json(201, {token, expires_at: new Date(Date.now() + 3_600_000).toISOString()});
  }

  const permission = /^\/repos\/([^/]+\/[^/]+)\/collaborators\/([^/]+)\/permission$/.exec(url.pathname);
  if (permission && request.method === 'GET') {
    if (!app.tokens.has(auth.split(' ')[1] ?? '')) return json(401, {message: 'Bad credentials'});
    if (!app.repositories.has(permission[1]!)) return notFound();
    if (app.failPermissions > 0) {
      app.failPermissions -= 1;
      return json(502, {message: 'Server Error'});
    }
    return json(200, permissionView(app, permission[1]!, decodeURIComponent(permission[2]!)));
  }
  const membership = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(url.pathname);
  if (membership && request.method === 'GET') {
    if (!app.tokens.has(auth.split(' ')[1] ?? '')) return json(401, {message: 'Bad credentials'});
    const state = app.teams.get(`${membership[1]}/${membership[2]}`)?.get(decodeURIComponent(membership[3]!).toLowerCase());
    return state ? json(200, {url: `https://api.github.com/teams/1/memberships/${membership[3]}`, role: 'member', state}) : notFound();
  }

  const single = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
  if (single) {
    if (!app.tokens.has(auth.split(' ')[1] ?? '')) return json(401, {message: 'Bad credentials'});
    const issue = app.repositories.get(single[1]!)?.issues.find((candidate) => candidate.number === Number(single[2]));
    if (!issue) return notFound();
    return single[3] ? issueComments(app, issue, request.method, raw, json) : oneIssue(single[1]!, issue, request.method, raw, json);
  }
  const issues = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(url.pathname);
  const repo = issues ? app.repositories.get(issues[1]!) : undefined;
  if (!issues || !repo) return notFound();
  if (!app.tokens.has(auth.split(' ')[1] ?? '')) return json(401, {message: 'Bad credentials'});
  if (request.method === 'POST') {
    const input = JSON.parse(raw) as {title?: unknown; body?: unknown; labels?: unknown};
    if (typeof input.title !== 'string' || !input.title) return json(422, {message: 'Validation Failed', errors: [{resource: 'Issue', field: 'title', code: 'missing_field'}]});
    const labels = Array.isArray(input.labels) ? input.labels.filter((l): l is string => typeof l === 'string') : [];
    labels.forEach((label) => repo.labels.add(label));
    const now = new Date().toISOString();
    // Numbers are never reused, not even a deleted or transferred issue's.
    const issue: EmuIssue = {number: repo.issues.length + repo.removed + 1, title: input.title, body: typeof input.body === 'string' ? input.body : '', labels, state: 'open', stateReason: null, createdAt: now, updatedAt: now, author: `${app.slug}[bot]`, comments: []};
    repo.issues.push(issue);
    return json(201, issueView(issues[1]!, issue));
  }
  if (request.method !== 'GET') return notFound();
  const state = url.searchParams.get('state') ?? 'open';
  const since = url.searchParams.get('since');
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const page = Number(url.searchParams.get('page') ?? 1);
  const matching = repo.issues
    .filter((issue) => (state === 'all' || issue.state === state) && (!since || issue.updatedAt >= since))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number - a.number);
  const next = page * perPage < matching.length ? new URL(url) : null;
  next?.searchParams.set('page', String(page + 1));
  return json(200, matching.slice((page - 1) * perPage, page * perPage).map((issue) => issueView(issues[1]!, issue)), next ? {link: `<${next.toString().replace('http://emulator', `http://${request.headers.host}`)}>; rel="next"`} : {});
}

type Json = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** As GitHub answers it: `role_name` the role, `permission` the older scale (triage reads as `read`, maintain as `write`), and what each level allows. */
function permissionView(app: EmuApp, repository: string, login: string) {
  const role = app.collaborators.get(repository)?.get(login.toLowerCase());
  const level = role ? ROLES.indexOf(role) : -1;
  return {
    permission: role === undefined ? 'none' : role === 'triage' ? 'read' : role === 'maintain' ? 'write' : role,
    role_name: role ?? 'none',
    user: {login, type: 'User', permissions: {pull: level >= 0, triage: level >= 1, push: level >= 2, maintain: level >= 3, admin: level >= 4}},
  };
}

/** GET an issue, or PATCH its title, body or state (`state_reason` as GitHub takes it). */
function oneIssue(repo: string, issue: EmuIssue, method: string | undefined, raw: string, json: Json): void {
  if (method === 'GET') return json(200, issueView(repo, issue));
  if (method !== 'PATCH') return json(404, {message: 'Not Found'});
  const input = JSON.parse(raw) as {title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown};
  if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') return json(422, {message: 'Validation Failed', errors: [{resource: 'Issue', field: 'state', code: 'invalid'}]});
  if (typeof input.title === 'string') issue.title = input.title;
  if (typeof input.body === 'string') issue.body = input.body;
  if (input.state === 'closed') issue.stateReason = input.state_reason === 'not_planned' ? 'not_planned' : 'completed';
  if (input.state === 'open') issue.stateReason = null;
  if (input.state) issue.state = input.state as EmuIssue['state'];
  issue.updatedAt = new Date().toISOString();
  return json(200, issueView(repo, issue));
}

const commentView = (comment: EmuIssueComment) => ({id: comment.id, body: comment.body, user: {login: comment.author, type: comment.bot ? 'Bot' : 'User'}, created_at: comment.createdAt});

/** GET an issue's comments (oldest first, one page: the tests stay under 100), or POST one as the App. */
function issueComments(app: EmuApp, issue: EmuIssue, method: string | undefined, raw: string, json: Json): void {
  if (method === 'GET') return json(200, issue.comments.map(commentView));
  if (method !== 'POST') return json(404, {message: 'Not Found'});
  const input = JSON.parse(raw) as {body?: unknown};
  if (typeof input.body !== 'string' || !input.body) return json(422, {message: 'Validation Failed', errors: [{resource: 'IssueComment', field: 'body', code: 'missing_field'}]});
  const comment = addComment(issue, input.body, `${app.slug}[bot]`, true);
  return json(201, commentView(comment));
}

function addComment(issue: EmuIssue, body: string, author: string, bot: boolean): EmuIssueComment {
  const comment = {id: issue.number * 1000 + issue.comments.length + 1, body, author, bot, createdAt: new Date().toISOString()};
  issue.comments.push(comment);
  issue.updatedAt = comment.createdAt;
  return comment;
}

const findIssue = (app: EmuApp, repository: string, number: number) => {
  const issue = app.repositories.get(repository)?.issues.find((candidate) => candidate.number === number);
  if (!issue) throw new Error(`No issue ${repository}#${number} in the emulator`);
  return issue;
};

/** A moderator comments on an issue (a rejection's reason, a note to other moderators). */
export const commentOnIssue = (app: EmuApp, repository: string, number: number, body: string, moderator = 'moderator-lina') => addComment(findIssue(app, repository, number), body, moderator, false);

const issuesEvent = (app: EmuApp, action: string, repository: string, issue: EmuIssue, sender: string, extra: Record<string, unknown> = {}) => ({
  action,
  issue: issueView(repository, issue),
  repository: {full_name: repository},
  sender: {login: sender, type: sender.endsWith('[bot]') ? 'Bot' : 'User'},
  installation: {id: app.installationId},
  ...extra,
});

/** A moderator adds `label` to an issue: the emulator's state changes, and the event GitHub would deliver is returned. */
export function labelIssue(app: EmuApp, repository: string, number: number, label: string, moderator = 'moderator-lina'): Record<string, unknown> {
  const issue = findIssue(app, repository, number);
  if (!issue.labels.includes(label)) issue.labels.push(label);
  issue.updatedAt = new Date().toISOString();
  return issuesEvent(app, 'labeled', repository, issue, moderator, {label: {name: label}});
}

function removeIssue(app: EmuApp, repository: string, issue: EmuIssue): void {
  const repo = app.repositories.get(repository)!;
  repo.issues.splice(repo.issues.indexOf(issue), 1);
  repo.removed += 1;
}

/** A moderator closes an issue by hand. */
export function closeIssue(app: EmuApp, repository: string, number: number, moderator = 'moderator-lina'): Record<string, unknown> {
  const issue = findIssue(app, repository, number);
  Object.assign(issue, {state: 'closed', stateReason: 'completed', updatedAt: new Date().toISOString()});
  return issuesEvent(app, 'closed', repository, issue, moderator);
}

/** An admin deletes an issue: GitHub then answers 404 for it (410 on some routes). */
export function deleteIssue(app: EmuApp, repository: string, number: number, admin = 'moderator-lina'): Record<string, unknown> {
  const issue = findIssue(app, repository, number);
  removeIssue(app, repository, issue);
  return issuesEvent(app, 'deleted', repository, issue, admin);
}

/** An issue moved to another repository (where the App is not installed: GitHub's redirect leads nowhere it can read). */
export function transferIssue(app: EmuApp, repository: string, number: number, to: string, moderator = 'moderator-lina'): Record<string, unknown> {
  const issue = findIssue(app, repository, number);
  removeIssue(app, repository, issue);
  const moved = {...issue, number: 1};
  return issuesEvent(app, 'transferred', repository, issue, moderator, {changes: {new_issue: issueView(to, moved), new_repository: {full_name: to}}});
}

/** Sends a webhook delivery as GitHub does: JSON body, `X-Hub-Signature-256`, event name and delivery id. */
export function deliverWebhook(url: string, secret: string, event: string, payload: unknown, delivery: string = randomUUID(), signWith = secret): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/emulator',
      'x-github-event': event,
      'x-github-delivery': delivery,
      'x-hub-signature-256': `sha256=${createHmac('sha256', signWith).update(body).digest('hex')}`,
    },
    body,
  });
}
