import {describe, expect, it} from 'vitest';
import {gatewayLinks, gatewayUrlFromEnv} from '../../../plugins/forum/gateway';
import {buildForumRoutes} from '../../../plugins/forum/routes';

const read = (value: string | undefined) => gatewayUrlFromEnv({BSG_HUB_GATEWAY_URL: value});

describe('BSG_HUB_GATEWAY_URL', () => {
  it('is optional: unset or blank means no gateway', () => {
    expect(gatewayUrlFromEnv({})).toBeNull();
    expect(read('  ')).toBeNull();
  });

  it('accepts https anywhere and http on the loopback, without a trailing slash', () => {
    expect(read('https://gateway.example.org/')).toBe('https://gateway.example.org');
    expect(read('https://example.org/gateway/')).toBe('https://example.org/gateway');
    expect(read('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });

  it('refuses anything else, naming the variable, what it expects and what it found', () => {
    expect(() => read('http://gateway.example.org')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BSG_HUB_GATEWAY_URL is wrong: expected an https:// URL (http:// only for 127.0.0.1 or localhost), found "http://gateway.example.org". Unset it to build the site without the question gateway (README, section "Question gateway").]`,
    );
    expect(() => read('gateway.example.org')).toThrow(/BSG_HUB_GATEWAY_URL is wrong: expected an absolute URL/);
    expect(() => read('javascript:alert(1)')).toThrow(/expected an https:\/\/ URL/);
    expect(() => read('https://user:pw@gateway.example.org')).toThrow(/without user name, password, query or fragment/);
    expect(() => read('https://gateway.example.org/?next=https://evil.example')).toThrow(/without user name, password, query or fragment/);
  });

  it('gives the form’s action, the widget’s challenge and the origin the policy allows', () => {
    expect(gatewayLinks('https://example.org/gateway')).toEqual({
      questionsUrl: 'https://example.org/gateway/api/questions',
      challengeUrl: 'https://example.org/gateway/api/challenge',
      origin: 'https://example.org',
    });
  });
});

describe('the ask route', () => {
  const forum = {paths: {forum: '/forum', recommendations: '/recommendations', studyGroups: '/study-groups'}, sample: false, newDiscussionUrl: 'https://github.com/o/r/discussions/new?category=q-a'};
  const ask = {recommendations: [], studyGroups: [], countries: []};
  const askRoute = (extra: object) => buildForumRoutes([], {forum, pageSize: 20, asOf: '2026-12-01T00:00:00Z', ask: {...ask, ...extra}}).find((route) => route.path === '/forum/ask');

  it('is GitHub’s form alone without a gateway: no gateway component, no gateway props', () => {
    expect(askRoute({})?.component).toBe('@site/src/components/forum/AskPage');
    expect(askRoute({})?.props).not.toHaveProperty('gateway');
  });

  it('uses the component with the gateway’s form when the site has one', () => {
    const gateway = gatewayLinks('https://gateway.example.org');
    expect(askRoute({gateway})?.component).toBe('@site/src/components/forum/AskWithGateway');
    expect(askRoute({gateway})?.props).toMatchObject({gateway});
  });
});
