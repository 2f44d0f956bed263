import fs from 'node:fs';
import {expect, test} from 'vitest';
import {moderationDecision, moderationWithdrawal} from '../../../gateway/github/webhook';

const manifest = JSON.parse(fs.readFileSync('gateway/github-app.json', 'utf8')) as {public: boolean; default_permissions: Record<string, string>; default_events: string[]; hook_attributes: {url: string}};

test('the GitHub App asks for exactly what the gateway needs: issues and discussions, the organisation\'s members (for MODERATORS_TEAM), nothing else', () => {
  expect(manifest.default_permissions).toEqual({issues: 'write', discussions: 'write', metadata: 'read', members: 'read'});
  expect(manifest.public).toBe(false);
  expect(new URL(manifest.hook_attributes.url).pathname).toBe('/webhooks/github');
});

test('the events it subscribes to include those the webhook acts on', () => {
  const moderation = {owner: 'o', name: 'm'};
  const approval = {action: 'labeled', label: {name: 'moderation:approved'}, issue: {number: 1}, repository: {full_name: 'o/m'}, sender: {login: 'lina'}};
  const closing = {...approval, action: 'closed', issue: {number: 1, labels: []}};
  const acted = ['issues', 'discussion', 'discussion_comment', 'push'].filter((event) => moderationDecision(event, approval, moderation) || moderationWithdrawal(event, closing, moderation));
  expect(acted).toEqual(['issues']);
  for (const event of acted) expect(manifest.default_events).toContain(event);
  expect(manifest.default_events).toEqual(['issues', 'discussion', 'discussion_comment']);
});
