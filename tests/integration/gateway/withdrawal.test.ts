/**
 * A moderation issue that leaves the queue without a decision: closed by a
 * moderator with no decision label, deleted, or transferred. The entry is
 * withdrawn: the member is told in their language, with no one's text, and
 * the question's row goes with its address (a follow-up's text goes). The
 * gateway's own closing, after it carried out a decision, is no withdrawal,
 * whatever order GitHub's deliveries come in; a closing by someone who is not
 * a moderator is undone. On PGlite, and on a real PostgreSQL server when
 * installed (CI installs it).
 */
import {describe, expect, test} from 'vitest';
import {closeIssue, deleteIssue, deliverWebhook, labelIssue, transferIssue} from '../../emulator/githubApp';
import {repository} from '../../emulator/repository';
import {say} from '../../../gateway/messages';
import {askAndConfirm, MODERATION, PEOPLE, stackForTests, WEBHOOK_SECRET} from './harness';
import {mailParts} from './mimeParts';
import {testEngines} from './postgresServer';

describe.each(testEngines())('issues withdrawn from moderation on %s', (engine) => {
  const stack = stackForTests(engine, repository(0));

  const issue = (number: number) => stack.app.repositories.get(MODERATION)!.issues.find((candidate) => candidate.number === number)!;
  const deliver = async (payload: Record<string, unknown>) => ((await (await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, 'issues', payload)).json()) as {status: string}).status;
  /** A message's headers and both parts, decoded. */
  const mail = (index: number) => {
    const {headers, text, html} = mailParts(stack.smtp.messages[index]!);
    return `${headers}\n\n${text}\n\n${html}`;
  };
  const row = async (id: string) => (await stack.gateway.db.query<{status: string; question: string}>('SELECT status, question FROM gateway_questions WHERE id = $1', [id]))[0];
  /** Asks, confirms, posts for moderation; the issue's number. */
  const posted = async (fields: Record<string, string>) => {
    const id = await askAndConfirm(stack.gateway, stack.smtp, fields);
    await stack.gateway.drain();
    const [found] = await stack.gateway.db.query<{issue_number: number}>('SELECT issue_number FROM gateway_questions WHERE id = $1', [id]);
    return {id, number: found!.issue_number};
  };

  test.each([
    ['closed by a moderator without a decision label', (number: number) => closeIssue(stack.app, MODERATION, number, PEOPLE.moderator)],
    ['deleted', (number: number) => deleteIssue(stack.app, MODERATION, number)],
    ['transferred', (number: number) => transferIssue(stack.app, MODERATION, number, 'bsg-hub/elsewhere')],
  ])('%s: the member is told, with no one\'s text, and the question goes with its address', async (_, act) => {
    const {id, number} = await posted({email: 'withdrawn@example.org', language: 'ru', title: 'Withdrawn question', name: 'Irina'});
    expect(await deliver(act(number))).toBe('queued');
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(stack.smtp.messages).toHaveLength(sent + 1);
    const email = mail(sent);
    expect(email).toContain(`${say('ru', {key: 'withdrawnIntro'})}\n`);
    expect(email).toMatch(/^To: Irina <withdrawn@example\.org>$/m);
    expect(email).not.toContain('Withdrawn question');
    expect(email).not.toContain('Which parts of E.164');
    expect(await row(id)).toBeUndefined();
    expect(stack.gateway.logs.join('\n')).not.toContain('withdrawn@example.org');
  });

  test('another question of the same address stays, and the withdrawal email\'s erase link reaches it', async () => {
    const {id: kept} = await posted({email: 'two@example.org', title: 'Kept'});
    const {id, number} = await posted({email: 'two@example.org', title: 'Withdrawn'});
    await deliver(closeIssue(stack.app, MODERATION, number));
    const sent = stack.smtp.messages.length;
    await stack.gateway.drain();
    expect(await row(id)).toBeUndefined();
    expect(await row(kept)).toMatchObject({status: 'posted'});
    const erase = /https:\/\/gateway\.example\.org(\/erase\/[A-Za-z0-9._-]+)\n/.exec(mail(sent))![1]!;
    expect(erase.split('/').pop()!.split('.')[0]).toBe(kept);
  });

  test('the gateway\'s own closing after a decision is no withdrawal, in whatever order the deliveries come', async () => {
    const {id, number} = await posted({email: 'decided@example.org', title: 'Decided'});
    const label = labelIssue(stack.app, MODERATION, number, 'moderation:approved');
    expect(await deliver(label)).toBe('queued');
    expect(await stack.gateway.drain()).toBe(2);
    expect(await row(id)).toMatchObject({status: 'published'});
    // GitHub's delivery of the gateway's closing carries the label: not even queued.
    const closing = {...closeIssue(stack.app, MODERATION, number, 'bsg-hub-gateway[bot]')};
    expect(await deliver(closing)).toBe('ignored');
    // The same closing with the label taken off since (or a delivery read without its labels): the job finds the gateway's comment.
    issue(number).labels = issue(number).labels.filter((l) => l !== 'moderation:approved');
    expect(await deliver(closeIssue(stack.app, MODERATION, number, 'bsg-hub-gateway[bot]'))).toBe('queued');
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(1);
    expect(stack.smtp.messages).toHaveLength(sent);
    expect(await row(id)).toMatchObject({status: 'published'});
    expect(issue(number).state).toBe('closed');
  });

  test('the gateway stopped between closing the issue and its write, then the closing is delivered: the decision is carried on, not withdrawn', async () => {
    const {id, number} = await posted({email: 'stopped@example.org', title: 'Stopped'});
    await deliver(labelIssue(stack.app, MODERATION, number, 'moderation:rejected'));
    expect(await stack.gateway.drain()).toBe(2);
    await stack.gateway.db.query(`UPDATE gateway_questions SET status = 'posted' WHERE id = $1`, [id]);
    await stack.gateway.db.query(`UPDATE gateway_jobs SET done_at = NULL, run_after = now() + interval '1 hour' WHERE kind = 'moderation-decision' AND payload->>'issue' = $1`, [String(number)]);
    issue(number).labels = issue(number).labels.filter((l) => l !== 'moderation:rejected');
    await deliver(closeIssue(stack.app, MODERATION, number, 'bsg-hub-gateway[bot]'));
    expect(await stack.gateway.drain()).toBe(1);
    expect(await row(id)).toMatchObject({status: 'posted'});
  });

  test('a moderator labels and closes by hand: the decision is carried out, the closing withdraws nothing', async () => {
    const {id, number} = await posted({email: 'both@example.org', title: 'Both'});
    const label = labelIssue(stack.app, MODERATION, number, 'moderation:approved');
    const closing = closeIssue(stack.app, MODERATION, number);
    // The closing delivered first, read without the label (as if it came before it): queued, then checked against the issue as it is.
    expect(await deliver({...closing, issue: {...(closing.issue as object), labels: []}})).toBe('queued');
    expect(await deliver(label)).toBe('queued');
    expect(await stack.gateway.drain()).toBe(3);
    expect(await row(id)).toMatchObject({status: 'published'});
  });

  test('closed by someone who is not a moderator: opened again, said so on the issue; nothing withdrawn', async () => {
    const {id, number} = await posted({email: 'reopened@example.org', title: 'Reopened'});
    const sent = stack.smtp.messages.length;
    expect(await deliver(closeIssue(stack.app, MODERATION, number, PEOPLE.triager))).toBe('queued');
    expect(await stack.gateway.drain()).toBe(1);
    expect(issue(number).state).toBe('open');
    expect(issue(number).comments.map((c) => c.body)).toEqual([expect.stringMatching(/^Opened again: it was closed by someone who is not one of the gateway's moderators/)]);
    expect(await row(id)).toMatchObject({status: 'posted'});
    expect(stack.smtp.messages).toHaveLength(sent);
    expect(stack.gateway.logs.join('\n')).not.toContain(PEOPLE.triager);
  });

  test('closed, then opened again before the job ran: nothing withdrawn', async () => {
    const {id, number} = await posted({email: 'mistake@example.org', title: 'Mistake'});
    await deliver(closeIssue(stack.app, MODERATION, number));
    Object.assign(issue(number), {state: 'open', stateReason: null});
    expect(await stack.gateway.drain()).toBe(1);
    expect(await row(id)).toMatchObject({status: 'posted'});
  });

  test('a follow-up\'s issue closed by a moderator: the follow-up is withdrawn, the member told, its text not kept; the question stays', async () => {
    const {id, number} = await posted({email: 'follow@example.org', language: 'fr', title: 'Suite retirée'});
    await deliver(labelIssue(stack.app, MODERATION, number, 'moderation:approved'));
    const sent = stack.smtp.messages.length;
    await stack.gateway.drain();
    const link = /https:\/\/gateway\.example\.org(\/follow-up\/[A-Za-z0-9._-]+)\n/.exec(mail(sent))![1]!;
    const form = {method: 'POST', headers: {origin: 'https://gateway.example.org', 'content-type': 'application/x-www-form-urlencoded'}, body: new URLSearchParams({text: 'Une précision.'})};
    expect((await fetch(`${stack.gateway.url}${link}`, form)).status).toBe(202);
    await stack.gateway.drain();
    const [followUp] = await stack.gateway.db.query<{issue_number: number}>('SELECT issue_number FROM gateway_follow_ups WHERE question_id = $1', [id]);
    await deliver(closeIssue(stack.app, MODERATION, followUp!.issue_number));
    const before = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    const email = mail(before);
    expect(email).toContain(`${say('fr', {key: 'followUpWithdrawnIntro'})}\n`);
    expect(email).not.toContain('Une précision');
    expect(email).not.toContain('Suite retirée');
    expect(await stack.gateway.db.query('SELECT status, text FROM gateway_follow_ups WHERE question_id = $1', [id])).toEqual([{status: 'withdrawn', text: ''}]);
    expect(await row(id)).toMatchObject({status: 'published'});
  });

  test('unsubscribed: the question still goes, without an email', async () => {
    const {id, number} = await posted({email: 'silent@example.org', title: 'Silent'});
    await stack.gateway.db.query('UPDATE gateway_questions SET unsubscribed_at = now() WHERE id = $1', [id]);
    await deliver(deleteIssue(stack.app, MODERATION, number));
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(stack.smtp.messages).toHaveLength(sent);
    expect(await row(id)).toBeUndefined();
  });
});
