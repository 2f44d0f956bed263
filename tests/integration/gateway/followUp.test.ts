/**
 * Following up by email: the link in the emails about a published question
 * opens a form on the gateway; the follow-up is moderated as an issue like a
 * question, and once approved (as the moderator edited it) is posted in the
 * thread, once, whatever is lost or replayed; the member is told. Links are
 * signed, single-use and expire. On PGlite, and on a real PostgreSQL server
 * when installed (CI installs it).
 */
import {describe, expect, test} from 'vitest';
import {commentOnIssue, deliverWebhook, labelIssue} from '../../emulator/githubApp';
import {answerDiscussion} from '../../emulator/github';
import {repository} from '../../emulator/repository';
import {deriveKeys} from '../../../gateway/crypto';
import {followUpToken} from '../../../gateway/questions/followUp';
import {eraseToken} from '../../../gateway/questions/erase';
import {askAndConfirm, decodeQp, GATEWAY, MODERATION, press, stackForTests, WEBHOOK_SECRET} from './harness';
import {testEngines} from './postgresServer';

const SECRET = 'follow-up-test-secret-0123456789abcdef';
const keys = deriveKeys(SECRET);

describe.each(testEngines())('follow-ups on %s', (engine) => {
  const stack = stackForTests(engine, repository(0), {GATEWAY_SECRET: SECRET});

  const issues = () => stack.app.repositories.get(MODERATION)!.issues;
  const issue = (number: number) => issues().find((candidate) => candidate.number === number)!;
  const decide = (number: number, label: string) => deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, 'issues', labelIssue(stack.app, MODERATION, number, label));
  const mail = (index: number) => decodeQp(stack.smtp.messages[index]!.replace(/\r\n/g, '\n'));
  /** The path of the follow-up link in a message (the text part's copy). */
  const followUpLink = (message: string) => new RegExp(`${GATEWAY}(/follow-up/[A-Za-z0-9._-]+)\\n`).exec(message)?.[1];
  const open = (path: string) => fetch(`${stack.gateway.url}${path}`);
  const send = (path: string, text: string, headers: Record<string, string> = {origin: GATEWAY}) =>
    fetch(`${stack.gateway.url}${path}`, {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded', ...headers}, body: new URLSearchParams({text})});
  const followUps = async (question: string) =>
    stack.gateway.db.query<{status: string; text: string; issue_number: number | null; comment_url: string | null; rejection_reason: string | null}>(
      'SELECT status, text, issue_number, comment_url, rejection_reason FROM gateway_follow_ups WHERE question_id = $1 ORDER BY created_at',
      [question],
    );

  /** A question asked, confirmed, approved and published; the member's approval email. */
  const published = async (fields: Record<string, string>) => {
    const id = await askAndConfirm(stack.gateway, stack.smtp, fields);
    await stack.gateway.drain();
    const [row] = await stack.gateway.db.query<{issue_number: number}>('SELECT issue_number FROM gateway_questions WHERE id = $1', [id]);
    await decide(row!.issue_number, 'moderation:approved');
    const sent = stack.smtp.messages.length;
    await stack.gateway.drain();
    const [done] = await stack.gateway.db.query<{discussion_number: number}>('SELECT discussion_number FROM gateway_questions WHERE id = $1', [id]);
    return {id, discussion: stack.emulator.repository.discussions.find((d) => d.number === done!.discussion_number)!, email: mail(sent)};
  };

  test('from the approval email: a form, moderated as an issue, posted in the thread as the moderator edited it, the member told', async () => {
    const {id, discussion, email} = await published({email: 'suite@example.org', language: 'fr', title: 'Plan de numérotation', name: 'Awa'});
    expect(email).toContain('Pour compléter votre question ou répondre aux réponses, écrivez une suite\u202f:');
    const link = followUpLink(email)!;
    expect(link).toBeDefined();

    const form = await open(link);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<strong>Plan de numérotation</strong>');
    expect(html).toContain(`<form method="post" action="${link}">`);
    // Under `no-referrer` a browser would post the form with `Origin: null`, which is refused (below).
    expect(form.headers.get('referrer-policy')).toBe('same-origin');

    const received = await send(link, 'Merci. Précision : nous sommes un petit opérateur.\n\n### Country\n\nForged <!-- bsg-hub-gateway question x --> @bsg-hub/maintainers ![x](https://tracker.example/p.gif) <img src="https://tracker.example/i.gif">\n\n<details><summary></summary>');
    expect(received.status).toBe(202);
    expect(await received.text()).toContain('Suite reçue');
    // Good once: the link is spent, whatever is sent or opened next.
    expect((await send(link, 'Again')).status).toBe(410);
    expect(await (await open(link)).text()).toContain('Ce lien a déjà servi à envoyer une suite.');
    expect(await followUps(id)).toMatchObject([{status: 'received'}]);

    expect(await stack.gateway.drain()).toBe(1);
    const [posted] = await followUps(id);
    const moderation = issue(posted!.issue_number!);
    expect(moderation.title).toBe('Follow-up: Plan de numérotation');
    expect(moderation.labels).toEqual(['moderation:pending']);
    expect(moderation.body).toContain(`### Thread\n\nhttps://github.com/o/r/discussions/${discussion.number}\n`);
    // No mention notifies the moderators' teams, no image loads, the HTML shows as typed, the name is literal text.
    expect(moderation.body).toContain(
      '### Follow-up\n\nMerci. Précision : nous sommes un petit opérateur.\n\n\\### Country\n\n' +
        'Forged &#x3C;!-- bsg-hub-gateway question x --> @\u2060bsg-hub/maintainers [x (tracker.example)](https://tracker.example/p.gif) `<img src="https://tracker.example/i.gif">`\n\n' +
        '```\n<details><summary></summary>\n```\n\n### Thread',
    );
    expect(moderation.body).toContain('### Display name\n\nAwa\n');
    expect(JSON.stringify(issues())).not.toContain('suite@example.org');

    moderation.body = moderation.body.replace('petit opérateur', 'petit opérateur rural');
    expect((await decide(moderation.number, 'moderation:approved')).status).toBe(202);
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    const comment = discussion.comments.at(-1)!;
    expect(comment.author?.login).toBe('bsg-hub-gateway[bot]');
    expect(comment.body).toBe(
      `<!-- bsg-hub-gateway follow-up ${(await stack.gateway.db.query<{id: string}>('SELECT id FROM gateway_follow_ups WHERE question_id = $1', [id]))[0]!.id} -->\n\n` +
        '_Suite envoyée via BSG Hub par Awa, auteur de la question._\n\nMerci. Précision : nous sommes un petit opérateur rural.\n\n### Country\n\n' +
        'Forged &#x3C;!-- bsg-hub-gateway question x --> @\u2060bsg-hub/maintainers [x (tracker.example)](https://tracker.example/p.gif) `<img src="https://tracker.example/i.gif">`\n\n' +
        '```\n<details><summary></summary>\n```\n',
    );
    const url = `https://github.com/o/r/discussions/${discussion.number}#discussioncomment-${comment.id}`;
    expect(moderation).toMatchObject({state: 'closed', stateReason: 'completed'});
    expect(moderation.comments.map((c) => c.body)[0]).toMatch(new RegExp(`^Published in the forum: ${url.replace(/[.?#]/g, '\\$&')}\\n`));
    expect(await followUps(id)).toMatchObject([{status: 'published', comment_url: url, text: ''}]);
    const told = mail(sent);
    expect(told).toContain('<title>Votre suite est publiée sur BSG Hub</title>');
    // A new link: each email brings its own.
    expect(followUpLink(told)).toMatch(/^\/follow-up\//);
    expect(followUpLink(told)).not.toBe(link);
    expect(JSON.stringify(stack.emulator.repository)).not.toContain('suite@example.org');
    expect(stack.gateway.logs.join('\n')).not.toContain('suite@example.org');
  });

  test('the answers email brings a link too; a rejection sends the moderator\'s reason and posts nothing', async () => {
    const {id, discussion} = await published({email: 'answers@example.org', title: 'Answers then a follow-up'});
    const sent = stack.smtp.messages.length;
    for (const {event, payload} of answerDiscussion(stack.emulator.repository, discussion.number, 'Use E.164 clause 6.')) {
      await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, event, payload);
    }
    // Due after ANSWERS_DELAY_MINUTES: made due now.
    await stack.gateway.db.query(`UPDATE gateway_jobs SET run_after = now() WHERE kind = 'answers-email' AND done_at IS NULL`);
    expect(await stack.gateway.drain()).toBe(1);
    const link = followUpLink(mail(sent))!;
    expect((await send(link, 'Thank you! Buy cheap watches at https://spam.example')).status).toBe(202);
    await stack.gateway.drain();
    const [followUp] = await followUps(id);
    commentOnIssue(stack.app, MODERATION, followUp!.issue_number!, 'reason: Advertising is not allowed in the forum.');
    const comments = discussion.comments.length;
    await decide(followUp!.issue_number!, 'moderation:rejected');
    const before = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussion.comments).toHaveLength(comments);
    expect(issue(followUp!.issue_number!)).toMatchObject({state: 'closed', stateReason: 'not_planned'});
    expect(await followUps(id)).toMatchObject([{status: 'rejected', rejection_reason: 'Advertising is not allowed in the forum.'}]);
    const told = mail(before);
    expect(told).toMatch(/^Subject: Your follow-up was not posted on BSG Hub$/m);
    expect(told).toContain('Advertising is not allowed in the forum.\n');
  });

  test('GitHub\'s answer to addDiscussionComment lost: the retry finds the comment by its marker and posts it once', async () => {
    const {id, discussion, email} = await published({email: 'lost@example.org', title: 'Lost comment'});
    await send(followUpLink(email)!, 'One more detail.');
    await stack.gateway.drain();
    const [followUp] = await followUps(id);
    await decide(followUp!.issue_number!, 'moderation:approved');
    stack.emulator.failNextMutation('lost-answer');
    expect(await stack.gateway.drain()).toBe(1);
    expect(discussion.comments.filter((c) => c.body.includes('One more detail.'))).toHaveLength(1);
    expect((await followUps(id))[0]!.status).toBe('posted');
    await stack.gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussion.comments.filter((c) => c.body.includes('One more detail.'))).toHaveLength(1);
    expect((await followUps(id))[0]!.status).toBe('published');
  });

  test('approved with its text emptied by the moderator: nothing is posted, the issue says so, the member is told it was not posted', async () => {
    const {id, discussion, email} = await published({email: 'emptied@example.org', title: 'Emptied'});
    await send(followUpLink(email)!, 'Something to remove.');
    await stack.gateway.drain();
    const [followUp] = await followUps(id);
    issue(followUp!.issue_number!).body = issue(followUp!.issue_number!).body.replace('Something to remove.', '');
    const comments = discussion.comments.length;
    await decide(followUp!.issue_number!, 'moderation:approved');
    const before = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussion.comments).toHaveLength(comments);
    expect(issue(followUp!.issue_number!).comments[0]!.body).toMatch(/^Not published: there is nothing to post/);
    expect(mail(before)).toMatch(/^Subject: Your follow-up was not posted on BSG Hub$/m);
  });

  test('the thread deleted on GitHub before the approval: nothing is posted, the issue says so, the member is told; the text is not kept', async () => {
    const {id, discussion, email} = await published({email: 'gone@example.org', title: 'Thread gone'});
    await send(followUpLink(email)!, 'Still there?');
    await stack.gateway.drain();
    const [followUp] = await followUps(id);
    stack.emulator.repository.discussions.splice(stack.emulator.repository.discussions.indexOf(discussion), 1);
    await decide(followUp!.issue_number!, 'moderation:approved');
    const before = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(issue(followUp!.issue_number!)).toMatchObject({state: 'closed', stateReason: 'not_planned'});
    expect(mail(before)).toMatch(/^Subject: Your follow-up was not posted on BSG Hub$/m);
    expect(await followUps(id)).toMatchObject([{status: 'rejected', text: ''}]);
  });

  test('hostile and broken links and posts: each refused with a page that says why, nothing stored', async () => {
    const {id, email} = await published({email: 'hostile@example.org', title: 'Hostile', language: 'ru'});
    const link = followUpLink(email)!;
    const token = link.split('/').pop()!;
    // Another site's page, or a form without Origin or Referer, may not post.
    expect((await send(link, 'x', {origin: 'https://evil.example'})).status).toBe(403);
    expect((await send(link, 'x', {})).status).toBe(403);
    expect((await send(link, 'x', {origin: 'null'})).status).toBe(403);
    // A refused text comes back in the box, with why.
    const tooLong = await send(link, `${'я'.repeat(5001)}<script>`);
    expect(tooLong.status).toBe(400);
    const page = await tooLong.text();
    expect(page).toContain('Дополнение слишком длинное: не более 5000 символов.');
    expect(page).toContain('&#x3C;script></textarea>');
    // Altered, of another kind, expired, for a question that is not published.
    const altered = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await open(`/follow-up/${altered}`)).status).toBe(404);
    expect((await send(`/follow-up/${altered}`, 'x')).status).toBe(404);
    expect((await open(`/follow-up/${eraseToken(keys, id, new Date())}`)).status).toBe(404);
    const expired = await open(`/follow-up/${followUpToken(keys, id, new Date(Date.now() - 31 * 86_400_000))}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Срок действия ссылки истёк.');
    const unconfirmed = (await stack.gateway.post({title: 'Unconfirmed', question: 'Q?', email: 'hostile@example.org', language: 'en', altcha: await stack.gateway.solved()}, {headers: {'x-forwarded-for': '192.0.2.99'}}));
    expect(unconfirmed.status).toBe(202);
    const [pending] = await stack.gateway.db.query<{id: string}>(`SELECT id FROM gateway_questions WHERE title = 'Unconfirmed'`);
    expect((await send(`/follow-up/${followUpToken(keys, pending!.id, new Date())}`, 'x')).status).toBe(404);
    expect(await followUps(id)).toEqual([]);
    // The link still works once, after all that.
    expect((await send(link, 'Всё же вопрос.')).status).toBe(202);
  });

  test('erasing the address erases its follow-ups and the jobs waiting for them', async () => {
    const {id, email} = await published({email: 'erase-me@example.org', title: 'Erase'});
    await send(followUpLink(email)!, 'Waiting for moderation.');
    const erase = /https:\/\/gateway\.example\.org(\/erase\/[A-Za-z0-9._-]+)/.exec(email)![1]!;
    expect((await press(`${stack.gateway.url}${erase}`)).status).toBe(200);
    expect(await followUps(id)).toEqual([]);
    expect(await stack.gateway.db.query(`SELECT id FROM gateway_jobs WHERE done_at IS NULL AND payload->>'question' = $1`, [id])).toEqual([]);
  });
});
