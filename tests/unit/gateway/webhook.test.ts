import {createHmac} from 'node:crypto';
import {describe, expect, test} from 'vitest';
import {isDeliveryId, moderationDecision, validSignature} from '../../../gateway/github/webhook';

const SECRET = 'webhook-secret';
const moderation = {owner: 'bsg-hub', name: 'moderation'};
const labeled = (name: string, overrides: Record<string, unknown> = {}) => ({action: 'labeled', label: {name}, issue: {number: 7}, repository: {full_name: 'bsg-hub/moderation'}, ...overrides});

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

  test('only a moderation label added to an issue of the moderation repository is a decision', () => {
    expect(moderationDecision('issues', labeled('moderation:approved'), moderation)).toEqual({issue: 7, decision: 'approved'});
    expect(moderationDecision('issues', labeled('moderation:rejected'), moderation)).toEqual({issue: 7, decision: 'rejected'});
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
