import {createHmac} from 'node:crypto';
import {describe, expect, test} from 'vitest';
import {forumAnswer, isDeliveryId, moderationDecision, moderationWithdrawal, validSignature} from '../../../gateway/github/webhook';

const SECRET = 'webhook-secret';
const moderation = {owner: 'bsg-hub', name: 'moderation'};
const labeled = (name: string, overrides: Record<string, unknown> = {}) => ({action: 'labeled', label: {name}, issue: {number: 7}, repository: {full_name: 'bsg-hub/moderation'}, sender: {login: 'moderator-lina'}, ...overrides});
const issueEvent = (action: string, overrides: Record<string, unknown> = {}) => ({action, issue: {number: 7, labels: [{name: 'moderation:pending'}]}, repository: {full_name: 'bsg-hub/moderation'}, sender: {login: 'moderator-lina'}, ...overrides});

describe('webhooks', () => {
  test('the signature is the HMAC-SHA256 of the exact body', () => {
    const body = '{"zen":"Design for failure."}';
    const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
    expect(validSignature(SECRET, body, signature)).toBe(true);
    expect(validSignature(SECRET, `${body} `, signature)).toBe(false);
    expect(validSignature('other', body, signature)).toBe(false);
    expect(validSignature(SECRET, body, signature.replace('sha256=', 'sha1='))).toBe(false);
    expect(validSignature(SECRET, body, undefined)).toBe(false);
  });

  test('only a moderation label added to an issue of the moderation repository is a decision, with who added it', () => {
    expect(moderationDecision('issues', labeled('moderation:approved'), moderation)).toEqual({issue: 7, decision: 'approved', sender: 'moderator-lina'});
    expect(moderationDecision('issues', labeled('moderation:rejected'), moderation)).toEqual({issue: 7, decision: 'rejected', sender: 'moderator-lina'});
    // No sender GitHub would send, no decision: the job could not check who it is.
    expect(moderationDecision('issues', labeled('moderation:approved', {sender: null}), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('moderation:approved', {sender: {login: 'a b'}}), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('moderation:approved', {sender: {login: {toString: 'x'}}}), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('moderation:pending'), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('moderation:approved', {action: 'unlabeled'}), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('moderation:approved', {repository: {full_name: 'bsg-hub/bsg-hub'}}), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('moderation:approved', {issue: {number: '7'}}), moderation)).toBeNull();
    expect(moderationDecision('issues', labeled('toString'), moderation)).toBeNull();
    expect(moderationDecision('pull_request', labeled('moderation:approved'), moderation)).toBeNull();
    expect(moderationDecision('issues', null, moderation)).toBeNull();
    expect(isDeliveryId('72d3162e-cc78-11e3-81ab-4c9367dc0958')).toBe(true);
    expect(isDeliveryId('72d3162e')).toBe(false);
  });
});

describe('moderationWithdrawal', () => {
  test('an issue closed without a decision label, deleted, or transferred, in the moderation repository', () => {
    expect(moderationWithdrawal('issues', issueEvent('closed'), moderation)).toEqual({issue: 7, action: 'closed', sender: 'moderator-lina'});
    expect(moderationWithdrawal('issues', issueEvent('deleted'), moderation)).toEqual({issue: 7, action: 'deleted', sender: 'moderator-lina'});
    expect(moderationWithdrawal('issues', issueEvent('transferred', {sender: {login: 'x'.repeat(40)}}), moderation)).toEqual({issue: 7, action: 'transferred', sender: null});
    // The gateway's own closing, after a decision, carries the decision's label.
    expect(moderationWithdrawal('issues', issueEvent('closed', {issue: {number: 7, labels: [{name: 'moderation:approved'}]}, sender: {login: 'bsg-hub-gateway[bot]'}}), moderation)).toBeNull();
    expect(moderationWithdrawal('issues', issueEvent('closed', {issue: {number: 7, labels: [{name: 'moderation:rejected'}]}}), moderation)).toBeNull();
  });

  test.each([
    ['another repository', issueEvent('closed', {repository: {full_name: 'bsg-hub/bsg-hub'}})],
    ['a pull request', issueEvent('closed', {issue: {number: 7, pull_request: {}}})],
    ['reopened', issueEvent('reopened')],
    ['a label', labeled('moderation:pending')],
    ['a number as text', issueEvent('deleted', {issue: {number: '7'}})],
  ])('is not %s', (_, payload) => {
    expect(moderationWithdrawal('issues', payload, moderation)).toBeNull();
  });
});

describe('forumAnswer', () => {
  const forum = {owner: 'bsg-hub', name: 'bsg-hub'};
  const comment = {node_id: 'DC_1', body: 'An answer', html_url: 'https://github.com/bsg-hub/bsg-hub/discussions/4#discussioncomment-1', user: {login: 'expert', type: 'User'}, author_association: 'MEMBER'};
  const created = (overrides: Record<string, unknown> = {}) => ({action: 'created', comment, discussion: {number: 4}, repository: {full_name: 'bsg-hub/bsg-hub'}, ...overrides});

  test('a comment on a forum discussion, and an accepted answer', () => {
    // The id, never the text: the email job reads it from GitHub when it writes the email.
    expect(forumAnswer('discussion_comment', created(), forum)).toEqual({discussion: 4, id: 'DC_1', kind: 'answer', url: comment.html_url});
    expect(forumAnswer('discussion', {...created({action: 'answered'}), comment: undefined, answer: comment}, forum)).toMatchObject({kind: 'accepted', id: 'DC_1'});
  });

  test('anyone\'s comment is recorded, whatever the payload says of its author: who is quoted is decided when the email is written', () => {
    for (const association of ['NONE', 'FIRST_TIMER', 'OWNER', undefined]) {
      expect(forumAnswer('discussion_comment', created({comment: {...comment, author_association: association, body: 'URGENT from BSG Hub'}}), forum)).toEqual({discussion: 4, id: 'DC_1', kind: 'answer', url: comment.html_url});
    }
  });

  test.each([
    ['another repository', 'discussion_comment', created({repository: {full_name: 'someone/else'}})],
    ['an edit', 'discussion_comment', created({action: 'edited'})],
    ['a bot', 'discussion_comment', created({comment: {...comment, user: {login: 'x[bot]', type: 'Bot'}}})],
    ['a number as text', 'discussion_comment', created({discussion: {number: '4'}})],
    ['a javascript: link', 'discussion_comment', created({comment: {...comment, html_url: 'javascript:alert(1)'}})],
    ['an id that is not text', 'discussion_comment', created({comment: {...comment, node_id: {toString: 1}}})],
    ['an issue comment', 'issue_comment', created()],
    ['nothing', 'discussion_comment', null],
  ])('ignores %s', (_, event, payload) => {
    expect(forumAnswer(event, payload, forum)).toBeNull();
  });
});
