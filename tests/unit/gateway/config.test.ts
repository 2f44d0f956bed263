import {describe, expect, test} from 'vitest';
import {ConfigError, loadConfig} from '../../../gateway/config';

const devSecret = () => 'd'.repeat(43);
const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env, devSecret);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  test('runs on development defaults without any variable', () => {
    const config = loadConfig({}, devSecret);
    expect(config).toMatchObject({production: false, host: '127.0.0.1', port: 8787, gatewayUrl: 'http://localhost:8787', hubOrigin: 'http://localhost:3000', databaseUrl: null, smtpUrl: null, githubApp: null, secret: devSecret(), retentionDays: 180, answersDelayMinutes: 30});
    expect(config.forumRepository).toEqual({owner: 'bsg-hub', name: 'bsg-hub'});
  });

  test('in production, names every missing variable at once', () => {
    expect(problems({NODE_ENV: 'production'}).map((p) => p.split(' ')[0])).toEqual([
      'GATEWAY_URL', 'BSG_HUB_URL', 'GATEWAY_SECRET', 'DATABASE_URL', 'SMTP_URL', 'GITHUB_APP_ID', 'GITHUB_APP_PRIVATE_KEY', 'MODERATION_REPOSITORY', 'MODERATORS', 'GITHUB_WEBHOOK_SECRET',
    ]);
    expect(problems({NODE_ENV: 'production'})).toContain(
      "MODERATORS or MODERATORS_TEAM is missing: expected the moderators' GitHub logins (octocat,hubot) or their team (org/team-slug), at least one (required when NODE_ENV=production)",
    );
    expect(problems({NODE_ENV: 'production', MODERATORS_TEAM: 'bsg-hub/moderators', MODERATION_REPOSITORY: 'bsg-hub/moderation'}).join('\n')).not.toContain('MODERATORS');
  });

  test('moderators: logins separated by commas, a team of the moderation repository\'s organisation', () => {
    const app = {GITHUB_APP_ID: '12', GITHUB_APP_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nMIIB\\n-----END PRIVATE KEY-----', MODERATION_REPOSITORY: 'bsg-hub/moderation'};
    const config = loadConfig({...app, MODERATORS: ' octocat, Hubot ,', MODERATORS_TEAM: 'BSG-Hub/moderators'}, devSecret);
    expect(config.moderators).toEqual({logins: ['octocat', 'Hubot'], team: {org: 'BSG-Hub', slug: 'moderators'}});
    expect(loadConfig({}, devSecret).moderators).toEqual({logins: [], team: null});
    expect(problems({...app, MODERATORS: 'octocat,@hubot,-x', MODERATORS_TEAM: 'other-org/moderators'})).toEqual([
      'MODERATORS is wrong: expected GitHub logins separated by commas (octocat,hubot), found "octocat,@hubot,-x"',
      'MODERATORS_TEAM is wrong: expected a team of the moderation repository\'s organisation (bsg-hub/team-slug), found "other-org/moderators"',
    ]);
    expect(problems({MODERATORS_TEAM: 'moderators'})).toEqual(['MODERATORS_TEAM is wrong: expected a team of the moderation repository\'s organisation (org/team-slug), found "moderators"']);
  });

  test('says what is wrong with a value, expected versus found', () => {
    expect(problems({PORT: '80000', GATEWAY_URL: 'javascript:alert(1)', DATABASE_URL: 'mysql://x', GATEWAY_SECRET: 'short', FORUM_REPOSITORY: 'no slash', HOST: 'localhost', RETENTION_DAYS: '0'})).toMatchInlineSnapshot(`
      [
        "PORT is wrong: expected a port number from 0 (any free port) to 65535, found "80000"",
        "GATEWAY_URL is wrong: expected an http(s) URL, found "javascript:alert(1)"",
        "GATEWAY_SECRET is too short: expected at least 32 characters, found 5",
        "DATABASE_URL is wrong: expected a postgres:// or postgresql:// URL, found "mysql://x"",
        "FORUM_REPOSITORY is wrong: expected owner/name, found "no slash"",
        "RETENTION_DAYS is wrong: expected a whole number of days from 1 to 3650, found "0"",
        "HOST is wrong: expected an IP address to listen on (127.0.0.1, 0.0.0.0, ::), found "localhost"",
      ]
    `);
  });

  test('ANSWERS_DELAY_MINUTES: minutes (a fraction for tests), above 0 and at most a day; in production at least 30', () => {
    expect(loadConfig({ANSWERS_DELAY_MINUTES: '0.05'}, devSecret).answersDelayMinutes).toBe(0.05);
    expect(loadConfig({ANSWERS_DELAY_MINUTES: '90'}, devSecret).answersDelayMinutes).toBe(90);
    const expected = 'expected a number of minutes above 0, at most 1440 (at least 30 when NODE_ENV=production)';
    for (const raw of ['0', '-5', '1441', '1e3', '30 minutes', '0x1e']) expect(problems({ANSWERS_DELAY_MINUTES: raw})).toEqual([`ANSWERS_DELAY_MINUTES is wrong: ${expected}, found ${JSON.stringify(raw)}`]);
    expect(problems({NODE_ENV: 'production', ANSWERS_DELAY_MINUTES: '5'})).toContain(`ANSWERS_DELAY_MINUTES is wrong: ${expected}, found "5"`);
    expect(problems({NODE_ENV: 'production', ANSWERS_DELAY_MINUTES: '45'}).filter((p) => p.startsWith('ANSWERS'))).toEqual([]);
  });

  test('X-Forwarded-For is believed only from TRUSTED_PROXIES (CIDR blocks or addresses, IPv4 and IPv6), which TRUST_PROXY_HOPS needs', () => {
    expect(loadConfig({}, devSecret)).toMatchObject({trustProxyHops: 0, trustedProxies: null, confirmationsPerHour: 100});
    const config = loadConfig({TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: ' 10.0.0.0/8, 2001:db8::/32 ,127.0.0.1'}, devSecret);
    expect(config.trustedProxies?.rules).toEqual(['Subnet: IPv4 127.0.0.1/32', 'Subnet: IPv6 2001:db8::/32', 'Subnet: IPv4 10.0.0.0/8']);
    expect(problems({TRUST_PROXY_HOPS: '1'})).toEqual(['TRUSTED_PROXIES is missing: expected the addresses or CIDR blocks of the proxies in front, since TRUST_PROXY_HOPS is 1']);
    expect(problems({TRUSTED_PROXIES: '10.0.0.1'})).toEqual(['TRUST_PROXY_HOPS is missing: expected how many proxies in front append to X-Forwarded-For (1 to 5), since TRUSTED_PROXIES is set']);
    for (const wrong of ['10.0.0.0/33', '2001:db8::/129', 'proxy.example.org', '10.0.0.0/8, nonsense', '10.0.0.0/', ',']) {
      expect(problems({TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: wrong})[0], wrong).toMatch(/^TRUSTED_PROXIES is wrong: expected comma-separated addresses or CIDR blocks/);
    }
  });

  test('CONFIRMATIONS_PER_HOUR: a whole number from 1', () => {
    expect(loadConfig({CONFIRMATIONS_PER_HOUR: '250'}, devSecret).confirmationsPerHour).toBe(250);
    expect(problems({CONFIRMATIONS_PER_HOUR: '0'})).toEqual(['CONFIRMATIONS_PER_HOUR is wrong: expected a whole number of emails from 1 to 100000, found "0"']);
    expect(problems({CONFIRMATIONS_PER_HOUR: 'many'})).toHaveLength(1);
  });

  test('MODERATION_HOURS: what members are told to expect, 48 hours unless set, a whole number from 1 to 720', () => {
    expect(loadConfig({}, devSecret).moderationHours).toBe(48);
    expect(loadConfig({MODERATION_HOURS: '72'}, devSecret).moderationHours).toBe(72);
    for (const raw of ['0', '721', '1.5', 'two days', '-3']) expect(problems({MODERATION_HOURS: raw})).toEqual([`MODERATION_HOURS is wrong: expected a whole number of hours from 1 to 720, found ${JSON.stringify(raw)}`]);
  });

  test('the GitHub App needs its three variables together; a key with literal \\n is read as PEM', () => {
    expect(problems({GITHUB_APP_ID: '12'})).toEqual(['GITHUB_APP_PRIVATE_KEY, MODERATION_REPOSITORY missing: the GitHub App needs GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and MODERATION_REPOSITORY together']);
    const key = '-----BEGIN PRIVATE KEY-----\\nMIIB\\n-----END PRIVATE KEY-----';
    const config = loadConfig({GITHUB_APP_ID: '12', GITHUB_APP_PRIVATE_KEY: key, MODERATION_REPOSITORY: 'bsg-hub/moderation'}, devSecret);
    expect(config.githubApp).toEqual({appId: '12', privateKey: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----', moderationRepository: {owner: 'bsg-hub', name: 'moderation'}});
  });
});
