/**
 * The gateway's configuration, read from the environment once at start. Every
 * variable is checked and all problems are reported together, each naming the
 * variable, what it expects and what it found. Without variables the gateway
 * runs on development defaults (PGlite and an outbox in `.gateway/`, a secret
 * generated there); with NODE_ENV=production those defaults are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import {BlockList, isIP} from 'node:net';
import {ANSWERS_EVERY_MINUTES, DEFAULT_ANSWERS_DELAY_MINUTES} from './questions/answers';
import {DEFAULT_RETENTION_DAYS} from './questions/housekeeping';
import {DEFAULT_CONFIRMATIONS_PER_HOUR} from './questions/limits';

export type GitHubAppConfig = {appId: string; privateKey: string; moderationRepository: {owner: string; name: string}};

/** Who may decide: logins (`MODERATORS`) and a team of the moderation repository's organisation (`MODERATORS_TEAM`); see `github/moderators.ts`. */
export type ModeratorsConfig = {logins: string[]; team: {org: string; slug: string} | null};

export type Config = {
  production: boolean;
  /** The interface to listen on: 127.0.0.1 by default, `0.0.0.0` (or `::`) behind a load balancer or in a container. */
  host: string;
  port: number;
  /** The gateway's public address: confirmation links point there. */
  gatewayUrl: string;
  /** The site's address (pages link back to it) and its origin, the only one whose forms may post here. */
  hubUrl: string;
  hubOrigin: string;
  /** The sender of the gateway's emails. */
  mailFrom: {name: string; address: string};
  secret: string;
  /** Folder of the embedded database, the outbox and the development secret. */
  dataDir: string;
  databaseUrl: string | null;
  smtpUrl: string | null;
  githubApiUrl: string;
  /** Null until `GITHUB_APP_ID`, `GITHUB_APP_PRIVATE_KEY` and `MODERATION_REPOSITORY` are set. */
  githubApp: GitHubAppConfig | null;
  /** Without either (development only), no label is taken as a decision. */
  moderators: ModeratorsConfig;
  webhookSecret: string | null;
  forumRepository: {owner: string; name: string};
  forumCategory: string;
  /** Days after a question's latest activity, whatever its state, before it is deleted with its member's address (see `questions/housekeeping.ts`). */
  retentionDays: number;
  /** How many proxies in front of the gateway append to `X-Forwarded-For` (0: use the socket's address). */
  trustProxyHops: number;
  /** Minutes an answers email waits after the comment that calls for it, for moderators to hide or delete a comment first. */
  answersDelayMinutes: number;
  /** The proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`); null when `trustProxyHops` is 0. */
  trustedProxies: BlockList | null;
  /** Confirmation emails sent an hour at most, over all instances (`CONFIRMATIONS_PER_HOUR`). */
  confirmationsPerHour: number;
  /** The moderators' usual time to decide, in hours (`MODERATION_HOURS`): what the member is told to expect. */
  moderationHours: number;
};

/** Moderators decide within two days as a rule: what members are told unless `MODERATION_HOURS` says otherwise. */
export const DEFAULT_MODERATION_HOURS = 48;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The gateway's configuration has ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;
const REPOSITORY = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/;
/** A GitHub login: letters, digits and single hyphens inside, at most 39 characters. */
export const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/;
const MIN_SECRET = 32;

/** Reads and checks the configuration; `readSecretFile` keeps the development secret (injected in tests). */
export function loadConfig(env: Env, readDevSecret: (dataDir: string) => string = devSecret): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const need = (name: string, expected: string) => {
    if (production && !value(name)) problems.push(`${name} is missing: expected ${expected} (required when NODE_ENV=production)`);
    return value(name);
  };
  const check = <T>(name: string, raw: string | undefined, expected: string, parse: (raw: string) => T | undefined): T | undefined => {
    if (raw === undefined) return undefined;
    const parsed = parse(raw);
    if (parsed === undefined) problems.push(`${name} is wrong: expected ${expected}, found ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)}`);
    return parsed;
  };
  const secretCheck = (name: string, raw: string | undefined) =>
    raw !== undefined && raw.length < MIN_SECRET ? void problems.push(`${name} is too short: expected at least ${MIN_SECRET} characters, found ${raw.length}`) : raw;

  const port = check('PORT', value('PORT'), 'a port number from 0 (any free port) to 65535', (raw) => (/^\d+$/.test(raw) && +raw <= 65535 ? +raw : undefined)) ?? 8787;
  const gatewayUrl = check('GATEWAY_URL', need('GATEWAY_URL', 'the public https:// address of the gateway'), 'an http(s) URL', httpUrl) ?? `http://localhost:${port}`;
  const hubUrl = check('BSG_HUB_URL', need('BSG_HUB_URL', "the site's https:// address"), 'an http(s) URL', httpUrl) ?? 'http://localhost:3000';
  const dataDir = path.resolve(value('GATEWAY_DATA_DIR') ?? '.gateway');
  const secret = secretCheck('GATEWAY_SECRET', need('GATEWAY_SECRET', `a random string of at least ${MIN_SECRET} characters`));
  const databaseUrl = check('DATABASE_URL', need('DATABASE_URL', 'a postgres:// URL'), 'a postgres:// or postgresql:// URL', (raw) => (/^postgres(ql)?:\/\/./.test(raw) ? raw : undefined)) ?? null;
  const smtpUrl = check('SMTP_URL', need('SMTP_URL', 'an smtp:// or smtps:// URL'), 'an smtp:// or smtps:// URL', (raw) => (/^smtps?:\/\/./.test(raw) ? raw : undefined)) ?? null;
  const githubApiUrl = check('GITHUB_API_URL', value('GITHUB_API_URL'), 'an http(s) URL', httpUrl)?.replace(/\/$/, '') ?? 'https://api.github.com';
  const repository = (name: string, fallback?: string) => check(name, value(name) ?? fallback, 'owner/name', (raw) => {
    const match = REPOSITORY.exec(raw);
    return match ? {owner: match[1]!, name: match[2]!} : undefined;
  });
  const appId = check('GITHUB_APP_ID', need('GITHUB_APP_ID', "the GitHub App's numeric id"), 'a number', (raw) => (/^\d+$/.test(raw) ? raw : undefined));
  // A PEM key often arrives on one line with literal "\n" (a .env file, a secret store).
  const privateKey = check('GITHUB_APP_PRIVATE_KEY', need('GITHUB_APP_PRIVATE_KEY', "the GitHub App's private key (PEM)"), 'a PEM private key (-----BEGIN … PRIVATE KEY-----)', (raw) => {
    const pem = raw.replace(/\\n/g, '\n');
    return /^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----\s*$/.test(pem) ? pem : undefined;
  });
  const moderationRepository = repository('MODERATION_REPOSITORY');
  if (production && !value('MODERATION_REPOSITORY')) problems.push('MODERATION_REPOSITORY is missing: expected owner/name of the private moderation repository (required when NODE_ENV=production)');
  const appParts = {GITHUB_APP_ID: appId, GITHUB_APP_PRIVATE_KEY: privateKey, MODERATION_REPOSITORY: moderationRepository};
  const missingParts = Object.entries(appParts).filter(([name, part]) => !part && !value(name)).map(([name]) => name);
  if (!production && missingParts.length > 0 && missingParts.length < 3) {
    problems.push(`${missingParts.join(', ')} missing: the GitHub App needs GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and MODERATION_REPOSITORY together`);
  }
  const moderators = {
    logins: check('MODERATORS', value('MODERATORS'), 'GitHub logins separated by commas (octocat,hubot)', (raw) => {
      const logins = raw.split(',').map((login) => login.trim()).filter(Boolean);
      return logins.length > 0 && logins.every((login) => LOGIN.test(login)) ? logins : undefined;
    }) ?? [],
    team: check('MODERATORS_TEAM', value('MODERATORS_TEAM'), `a team of the moderation repository's organisation (${moderationRepository?.owner ?? 'org'}/team-slug)`, (raw) => {
      const match = TEAM.exec(raw);
      // The App's installation on the moderation repository is the one that can read its organisation's teams.
      return match && (!moderationRepository || match[1]!.toLowerCase() === moderationRepository.owner.toLowerCase()) ? {org: match[1]!, slug: match[2]!} : undefined;
    }) ?? null,
  };
  if (production && !value('MODERATORS') && !value('MODERATORS_TEAM')) {
    problems.push('MODERATORS or MODERATORS_TEAM is missing: expected the moderators\' GitHub logins (octocat,hubot) or their team (org/team-slug), at least one (required when NODE_ENV=production)');
  }
  const webhookSecret = secretCheck('GITHUB_WEBHOOK_SECRET', need('GITHUB_WEBHOOK_SECRET', `the App's webhook secret, at least ${MIN_SECRET} characters`)) ?? null;
  const forumRepository = repository('FORUM_REPOSITORY', 'bsg-hub/bsg-hub') ?? {owner: '', name: ''};
  const mailFrom = check('MAIL_FROM', value('MAIL_FROM'), 'an email address (name@example.org)', (raw) => (/^[^\s@<>"]+@[^\s@<>"]+$/.test(raw) ? raw : undefined));
  const trustProxyHops = check('TRUST_PROXY_HOPS', value('TRUST_PROXY_HOPS'), 'a whole number of proxies (0 to 5)', (raw) => (/^[0-5]$/.test(raw) ? +raw : undefined)) ?? 0;
  const trustedProxies = check('TRUSTED_PROXIES', value('TRUSTED_PROXIES'), 'comma-separated addresses or CIDR blocks of the proxies in front (10.0.0.0/8, 2001:db8::/32, 127.0.0.1)', proxyList);
  // Without the list, any client reaching the gateway directly could name the address the limits count.
  if (trustProxyHops > 0 && !value('TRUSTED_PROXIES')) problems.push(`TRUSTED_PROXIES is missing: expected the addresses or CIDR blocks of the proxies in front, since TRUST_PROXY_HOPS is ${trustProxyHops}`);
  if (trustProxyHops === 0 && trustedProxies) problems.push('TRUST_PROXY_HOPS is missing: expected how many proxies in front append to X-Forwarded-For (1 to 5), since TRUSTED_PROXIES is set');
  const confirmationsPerHour = check('CONFIRMATIONS_PER_HOUR', value('CONFIRMATIONS_PER_HOUR'), 'a whole number of emails from 1 to 100000', (raw) => (/^\d{1,6}$/.test(raw) && +raw >= 1 && +raw <= 100_000 ? +raw : undefined)) ?? DEFAULT_CONFIRMATIONS_PER_HOUR;
  const moderationHours = check('MODERATION_HOURS', value('MODERATION_HOURS'), 'a whole number of hours from 1 to 720', (raw) => (/^\d{1,3}$/.test(raw) && +raw >= 1 && +raw <= 720 ? +raw : undefined)) ?? DEFAULT_MODERATION_HOURS;

  const retentionDays = check('RETENTION_DAYS', value('RETENTION_DAYS'), 'a whole number of days from 1 to 3650', (raw) => (/^\d{1,4}$/.test(raw) && +raw >= 1 && +raw <= 3650 ? +raw : undefined)) ?? DEFAULT_RETENTION_DAYS;
  // Fractions of a minute are for tests; in production no shorter than the 30 minutes between two answers emails.
  const answersDelayMinutes =
    check('ANSWERS_DELAY_MINUTES', value('ANSWERS_DELAY_MINUTES'), 'a number of minutes above 0, at most 1440 (at least 30 when NODE_ENV=production)', (raw) =>
      /^\d{1,4}(\.\d{1,3})?$/.test(raw) && +raw > 0 && +raw <= 1440 && (!production || +raw >= ANSWERS_EVERY_MINUTES) ? +raw : undefined,
    ) ?? DEFAULT_ANSWERS_DELAY_MINUTES;
  const host = check('HOST', value('HOST'), 'an IP address to listen on (127.0.0.1, 0.0.0.0, ::)', (raw) => (isIP(raw) ? raw : undefined)) ?? '127.0.0.1';

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    production,
    host,
    port,
    gatewayUrl: gatewayUrl.replace(/\/$/, ''),
    hubUrl: hubUrl.replace(/\/$/, ''),
    hubOrigin: new URL(hubUrl).origin,
    mailFrom: {name: 'BSG Hub', address: mailFrom ?? `no-reply@${new URL(gatewayUrl).hostname}`},
    secret: secret ?? readDevSecret(dataDir),
    dataDir,
    databaseUrl,
    smtpUrl,
    githubApiUrl,
    githubApp: appId && privateKey && moderationRepository ? {appId, privateKey, moderationRepository} : null,
    moderators,
    webhookSecret,
    forumRepository,
    forumCategory: value('FORUM_CATEGORY') ?? 'Q&A',
    trustProxyHops,
    trustedProxies: trustProxyHops > 0 ? (trustedProxies ?? null) : null,
    confirmationsPerHour,
    moderationHours,
    retentionDays,
    answersDelayMinutes,
  };
}

/** `TRUSTED_PROXIES`: each item an address (a block of one) or a CIDR block, IPv4 or IPv6; undefined when any is not. */
function proxyList(raw: string): BlockList | undefined {
  const list = new BlockList();
  for (const item of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(item);
    const family = match ? isIP(match[1]!) : 0;
    if (!family) return undefined;
    const prefix = match![2] === undefined ? (family === 4 ? 32 : 128) : Number(match![2]);
    if (prefix > (family === 4 ? 32 : 128)) return undefined;
    list.addSubnet(match![1]!, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list.rules.length > 0 ? list : undefined;
}

function httpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? raw : undefined;
  } catch {
    return undefined;
  }
}

/** Development only: a random secret kept in the data folder, so confirmation links survive a restart. */
function devSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  fs.mkdirSync(dataDir, {recursive: true});
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), {flag: 'wx', mode: 0o600});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}
