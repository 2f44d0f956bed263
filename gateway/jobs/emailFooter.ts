/** The links at the end of every email that follows a question, each signed for this question and this email. */
import {eraseToken} from '../questions/erase';
import {followUpToken} from '../questions/followUp';
import {unsubscribeToken} from '../questions/unsubscribe';
import type {Keys} from '../crypto';
import type {Footer} from '../mail/layout';

/** `followUp`: the question is published, so there is a thread to follow up in. */
export function emailFooter(keys: Keys, gatewayUrl: string, questionId: string, now: Date, {followUp}: {followUp: boolean}): Footer {
  return {
    eraseLink: `${gatewayUrl}/erase/${eraseToken(keys, questionId, now)}`,
    unsubscribeLink: `${gatewayUrl}/unsubscribe/${unsubscribeToken(keys, questionId, now)}`,
    ...(followUp ? {followUpLink: `${gatewayUrl}/follow-up/${followUpToken(keys, questionId, now)}`} : {}),
  };
}
