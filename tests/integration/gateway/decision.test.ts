/**
 * A moderator's decision, carried out: an approved question (as the
 * moderator edited it) becomes a discussion in the forum's category with the
 * forum's body, the labels that exist and who asked; the moderation issue
 * gets the link and is closed. A rejection closes the issue and keeps the
 * moderator's reason for the member. At most once, even when GitHub's answer
 * to createDiscussion is lost or GitHub is down, and whatever is replayed.
 * On PGlite, and on a real PostgreSQL server when installed (CI installs it).
 */
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import {toString as hastText} from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, test} from 'vitest';
import {createPostRenderer} from '../../../plugins/forum/render';
import {questionMarkdown} from '../../../plugins/forum/tags';
import {commentOnIssue, deliverWebhook, labelIssue} from '../../emulator/githubApp';
import {CATEGORY_ID, repository} from '../../emulator/repository';
import {say} from '../../../gateway/messages';
import {askAndConfirm, decodeQp, HUB, MODERATION, PEOPLE, stackForTests, WEBHOOK_SECRET} from './harness';
import {testEngines} from './postgresServer';

const siteDir = path.join(__dirname, '../../..');
const render = createPostRenderer({siteDir, dataDir: path.join(siteDir, 'data'), recommendationsPath: '/recommendations'});

describe.each(testEngines())('moderators\' decisions on %s', (engine) => {
  const forum = {...repository(0), labels: [{id: 'LA_rec', name: 'rec:E.164'}, {id: 'LA_sg2', name: 'sg:SG2'}, {id: 'LA_en', name: 'lang:en'}]};
  const stack = stackForTests(engine, forum);

  const issue = (number: number) => stack.app.repositories.get(MODERATION)!.issues.find((candidate) => candidate.number === number)!;
  const discussions = () => stack.emulator.repository.discussions.filter((d) => d.categoryId === CATEGORY_ID);
  const row = async (id: string) =>
    (await stack.gateway.db.query<{status: string; issue_number: number; discussion_number: number | null; discussion_url: string | null; rejection_reason: string | null}>(
      'SELECT status, issue_number, discussion_number, discussion_url, rejection_reason FROM gateway_questions WHERE id = $1',
      [id],
    ))[0]!;
  /** Asks, confirms, posts for moderation; the issue's number. */
  const posted = async (fields: Record<string, string>) => {
    const id = await askAndConfirm(stack.gateway, stack.smtp, fields);
    await stack.gateway.drain();
    return {id, number: (await row(id)).issue_number};
  };
  const decide = async (number: number, label: string, delivery?: string, by: string = PEOPLE.moderator) => {
    const response = await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, 'issues', labelIssue(stack.app, MODERATION, number, label, by), delivery);
    return (await response.json()) as {status: string};
  };
  /** A message as received, line breaks as `\n`, headers unfolded (RFC 5322), quoted-printable undone. */
  const mail = (index: number) => {
    const raw = stack.smtp.messages[index]!.replace(/\r\n/g, '\n');
    const end = raw.indexOf('\n\n');
    return `${raw.slice(0, end).replace(/\n[ \t]+/g, ' ')}${decodeQp(raw.slice(end))}`;
  };
  const emailJobs = async (id: string) => (await stack.gateway.db.query(`SELECT id FROM gateway_jobs WHERE kind = 'decision-email' AND payload->>'question' = $1`, [id])).length;

  test('an approved question is published as the moderator edited it, with the labels that exist, then the issue is linked and closed', async () => {
    const {id, number} = await posted({name: '@bsg-hub/maintainers **[x](https://evil.example)**', study_group: 'SG2', recommendations: 'E.164, E.212', language: 'en'});
    // The moderator fixes the title and a word of the question.
    issue(number).title = 'Which parts of ITU-T E.164 matter for a small operator?';
    issue(number).body = issue(number).body.replace('Which parts of E.164 matter?', 'Which parts of E.164 matter for us?');
    expect(await decide(number, 'moderation:approved')).toEqual({status: 'queued'});
    const sent = stack.smtp.messages.length;
    // The decision, then the email it queued.
    expect(await stack.gateway.drain()).toBe(2);

    expect(discussions()).toHaveLength(1);
    const [discussion] = discussions();
    expect(discussion!.title).toBe('Which parts of ITU-T E.164 matter for a small operator?');
    expect(discussion!.author?.login).toBe('bsg-hub-gateway[bot]');
    expect(discussion!.body).toBe(
      `<!-- bsg-hub-gateway question ${id} -->\n\n### Question\n\n` +
        '_Asked through BSG Hub by \\@\u2060bsg\\-hub\\/maintainers \\*\\*\\[x\\]\\(https\\:\\/\\/evil\\.example\\)\\*\\*._' +
        '\n\nWhich parts of E.164 matter for us?\n\n### Recommendations\n\nE.164, E.212\n\n### Study group\n\nSG2\n\n### Country\n\n_No response_\n\n### Language\n\nen\n',
    );
    // rec:E.212 does not exist in the forum repository: it is not created.
    expect(discussion!.labels).toEqual(['rec:E.164', 'sg:SG2', 'lang:en']);
    expect(stack.emulator.queries.some((query) => /createLabel/.test(query))).toBe(false);

    expect(issue(number)).toMatchObject({state: 'closed', stateReason: 'completed'});
    const url = `https://github.com/o/r/discussions/${discussion!.number}`;
    expect(issue(number).comments.map((c) => c.body)).toEqual([`Published in the forum: ${url}\n\n<!-- bsg-hub-gateway decision ${id} -->\n`]);
    expect(await row(id)).toMatchObject({status: 'published', discussion_number: discussion!.number, discussion_url: url});
    expect(await emailJobs(id)).toBe(1);
    const email = mail(sent);
    expect(email).toMatch(/^Subject: Your question is published on BSG Hub$/m);
    // The title as the moderator published it, not as the member first wrote it.
    expect(email).toContain('\nWhich parts of ITU-T E.164 matter for a small operator?\n');
    expect(email).not.toContain('Numbering plan');
    expect(email).toContain(`${HUB}/forum/${discussion!.number}\n`);
    expect(email).toMatch(/^List-Unsubscribe: <https:\/\/gateway\.example\.org\/unsubscribe\/[A-Za-z0-9._-]+>$/m);
    expect(email).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(email).toMatch(/https:\/\/gateway\.example\.org\/erase\//);
  });

  test('a replayed delivery is a duplicate, and a new delivery of a decision already carried out changes nothing', async () => {
    const {id, number} = await posted({email: 'replay@example.org'});
    const delivery = 'a1b2c3d4-0000-4000-8000-000000000001';
    expect(await decide(number, 'moderation:approved', delivery)).toEqual({status: 'queued'});
    expect(await decide(number, 'moderation:approved', delivery)).toEqual({status: 'duplicate'});
    await stack.gateway.drain();
    const count = discussions().length;
    // The label taken off and put on again: GitHub sends a new delivery.
    expect(await decide(number, 'moderation:approved')).toEqual({status: 'queued'});
    expect(await stack.gateway.drain()).toBe(1);
    expect(discussions()).toHaveLength(count);
    expect(issue(number).comments).toHaveLength(1);
    expect(await emailJobs(id)).toBe(1);
  });

  test('GitHub\'s answer to createDiscussion lost: the retry finds the discussion by its marker and posts nothing twice', async () => {
    const {id, number} = await posted({email: 'lost@example.org', title: 'Lost answer'});
    const before = discussions().length;
    await decide(number, 'moderation:approved');
    stack.emulator.failNextMutation('lost-answer');
    expect(await stack.gateway.drain()).toBe(1);
    expect(discussions()).toHaveLength(before + 1);
    expect((await row(id)).status).toBe('posted');
    expect(issue(number).state).toBe('open');
    await stack.gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussions()).toHaveLength(before + 1);
    expect(discussions().filter((d) => d.title === 'Lost answer')).toHaveLength(1);
    expect(await row(id)).toMatchObject({status: 'published', discussion_number: discussions().find((d) => d.title === 'Lost answer')!.number});
    expect(issue(number).state).toBe('closed');
  });

  test('GitHub down at createDiscussion: backed off, then posted once', async () => {
    const {id, number} = await posted({email: 'down@example.org', title: 'GitHub down'});
    await decide(number, 'moderation:approved');
    stack.emulator.failNextMutation('down');
    expect(await stack.gateway.drain()).toBe(1);
    const [job] = await stack.gateway.db.query<{last_error: string}>(`SELECT last_error FROM gateway_jobs WHERE done_at IS NULL AND kind = 'moderation-decision'`);
    expect(job!.last_error).toMatch(/502/);
    expect(discussions().filter((d) => d.title === 'GitHub down')).toHaveLength(0);
    await stack.gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussions().filter((d) => d.title === 'GitHub down')).toHaveLength(1);
    expect((await row(id)).status).toBe('published');
  });

  test('a rejection mails the latest moderator\'s comment that begins with "Reason:", without that word; notes and anyone else\'s comments stay on GitHub', async () => {
    const {id, number} = await posted({email: 'rejected@example.org', language: 'fr', title: 'Hors sujet'});
    commentOnIssue(stack.app, MODERATION, number, 'Not sure, asking the others.');
    commentOnIssue(stack.app, MODERATION, number, 'REASON :  Cette question porte sur un produit commercial, pas sur une Recommandation. <b>Voir</b> la FAQ.', PEOPLE.otherModerator);
    // Later, but not a moderator's: a triager, and someone listed who can only read.
    commentOnIssue(stack.app, MODERATION, number, 'Reason: spam, the asker is a scammer.', PEOPLE.triager);
    commentOnIssue(stack.app, MODERATION, number, 'Reason: I do not like it.', PEOPLE.reader);
    commentOnIssue(stack.app, MODERATION, number, 'Between us: the asker works for a competitor.', PEOPLE.moderator);
    const before = discussions().length;
    expect(await decide(number, 'moderation:rejected')).toEqual({status: 'queued'});
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussions()).toHaveLength(before);
    expect(issue(number)).toMatchObject({state: 'closed', stateReason: 'not_planned'});
    expect(await row(id)).toMatchObject({status: 'rejected', rejection_reason: 'Cette question porte sur un produit commercial, pas sur une Recommandation. <b>Voir</b> la FAQ.'});
    expect(await emailJobs(id)).toBe(1);
    const email = mail(sent);
    expect(email).toContain('Un modérateur a décidé de ne pas publier votre question\u202f:\n');
    // Verbatim in the text part, escaped by the serializer in the HTML part.
    expect(email).toContain('La raison donnée par le modérateur\u202f:\n\nCette question porte sur un produit commercial, pas sur une Recommandation. <b>Voir</b> la FAQ.\n');
    expect(email).toContain('Recommandation. &#x3C;b>Voir&#x3C;/b> la FAQ.</blockquote>');
    for (const unsent of ['REASON', 'asking the others', 'scammer', 'do not like', 'competitor']) expect(email).not.toContain(unsent);
  });

  test('a rejection whose comments are all notes between moderators mails none of them: a general sentence instead', async () => {
    const {id, number} = await posted({email: 'noted@example.org', language: 'es', title: 'Notas'});
    commentOnIssue(stack.app, MODERATION, number, 'Internal: same person as last week, see #12.');
    commentOnIssue(stack.app, MODERATION, number, 'Reason:   ', PEOPLE.otherModerator);
    await decide(number, 'moderation:rejected');
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect(await row(id)).toMatchObject({status: 'rejected', rejection_reason: null});
    const email = mail(sent);
    expect(email).toContain(`${say('es', {key: 'rejectedGeneric'})}\n`);
    expect(email).not.toContain('Internal');
    expect(email).not.toContain('#12');
  });

  test('a label put on by a triager who is not a moderator, or by a listed moderator who cannot triage, publishes nothing; a moderator\'s then does', async () => {
    const {id, number} = await posted({email: 'triaged@example.org', title: 'Triaged'});
    const before = discussions().length;
    const sent = stack.smtp.messages.length;
    expect(await decide(number, 'moderation:approved', undefined, PEOPLE.triager)).toEqual({status: 'queued'});
    expect(await stack.gateway.drain()).toBe(1);
    expect(discussions()).toHaveLength(before);
    expect(await row(id)).toMatchObject({status: 'posted'});
    expect(issue(number).state).toBe('open');
    expect(issue(number).comments.map((c) => c.body)).toEqual([expect.stringMatching(/^Ignored: the label `moderation:approved` was not put on by one of the gateway's moderators/)]);
    const ignored = stack.gateway.logs.filter((line) => line.includes('"decision-ignored"'));
    expect(ignored.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([expect.objectContaining({level: 'warn', issue: number, decision: 'approved', reason: 'not-a-moderator'})]);
    expect(stack.gateway.logs.join('\n')).not.toContain(PEOPLE.triager);

    // Taken off and put on again by someone in MODERATORS who can only read the repository.
    issue(number).labels = issue(number).labels.filter((label) => label !== 'moderation:approved');
    await decide(number, 'moderation:approved', undefined, PEOPLE.reader);
    expect(await stack.gateway.drain()).toBe(1);
    expect(discussions()).toHaveLength(before);
    expect(stack.smtp.messages).toHaveLength(sent);

    issue(number).labels = issue(number).labels.filter((label) => label !== 'moderation:approved');
    await decide(number, 'moderation:approved', undefined, PEOPLE.otherModerator);
    expect(await stack.gateway.drain()).toBe(2);
    expect(discussions()).toHaveLength(before + 1);
    expect(await row(id)).toMatchObject({status: 'published'});
  });

  test('GitHub failing to say who may triage: the decision is retried, neither carried out nor ignored', async () => {
    const {id, number} = await posted({email: 'unsure@example.org', title: 'Unsure'});
    // A moderator the gateway has not checked yet: nothing cached to fall back on.
    stack.app.failPermissions = 1;
    expect(await decide(number, 'moderation:approved', undefined, PEOPLE.newModerator)).toEqual({status: 'queued'});
    expect(await stack.gateway.drain()).toBe(1);
    const [job] = await stack.gateway.db.query<{last_error: string}>(`SELECT last_error FROM gateway_jobs WHERE done_at IS NULL AND kind = 'moderation-decision'`);
    expect(job!.last_error).toMatch(/502/);
    expect(await row(id)).toMatchObject({status: 'posted'});
    expect(issue(number)).toMatchObject({state: 'open', comments: []});
    await stack.gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    expect(await stack.gateway.drain()).toBe(2);
    expect(await row(id)).toMatchObject({status: 'published'});
  });

  test('unsubscribed by the one-click POST of RFC 8058: the decision is carried out, no email is sent', async () => {
    const {number} = await posted({email: 'quiet@example.org'});
    await decide(number, 'moderation:rejected');
    const sent = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    const link = /^List-Unsubscribe: <https:\/\/gateway\.example\.org(\/unsubscribe\/[^>]+)>$/m.exec(mail(sent))![1]!;
    const page = await fetch(`${stack.gateway.url}${link}`);
    expect(await page.text()).toContain(`<form method="post" action="${link}">`);
    const {id: second, number: secondIssue} = await posted({email: 'quiet@example.org', title: 'Second'});
    const oneClick = await fetch(`${stack.gateway.url}${link}`, {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded'}, body: 'List-Unsubscribe=One-Click'});
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('No more emails');
    await decide(secondIssue, 'moderation:approved');
    const before = stack.smtp.messages.length;
    expect(await stack.gateway.drain()).toBe(2);
    expect((await row(second)).status).toBe('published');
    expect(stack.smtp.messages).toHaveLength(before);
    expect((await fetch(`${stack.gateway.url}${link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`, {method: 'POST'})).status).toBe(404);
  });

  test('a label taken off before the job ran is left alone', async () => {
    const {id, number} = await posted({email: 'changed@example.org'});
    await decide(number, 'moderation:approved');
    issue(number).labels = issue(number).labels.filter((label) => label !== 'moderation:approved');
    const before = discussions().length;
    expect(await stack.gateway.drain()).toBe(1);
    expect(discussions()).toHaveLength(before);
    expect((await row(id)).status).toBe('posted');
  });

  test('an issue a moderator closed by hand with the label on is decided all the same', async () => {
    const {id, number} = await posted({email: 'closed-by-hand@example.org', title: 'Closed by hand'});
    await decide(number, 'moderation:approved');
    Object.assign(issue(number), {state: 'closed', stateReason: 'completed'});
    expect(await stack.gateway.drain()).toBe(2);
    expect(await row(id)).toMatchObject({status: 'published'});
    expect(discussions().filter((d) => d.title === 'Closed by hand')).toHaveLength(1);
  });

  test('decided before the gateway wrote down the issue (stopped between GitHub\'s answer and its write): the decision waits, then is carried out', async () => {
    const id = await askAndConfirm(stack.gateway, stack.smtp, {email: 'early@example.org', title: 'Decided early'});
    await stack.gateway.drain();
    const {issue_number: number} = await row(id);
    // As if the process had stopped after GitHub created the issue: not written down, the job to come again later.
    await stack.gateway.db.query(`UPDATE gateway_questions SET status = 'confirmed', issue_number = NULL, issue_url = NULL WHERE id = $1`, [id]);
    await stack.gateway.db.query(`UPDATE gateway_jobs SET done_at = NULL, run_after = now() + interval '1 hour' WHERE kind = 'moderation-issue' AND payload->>'question' = $1`, [id]);
    await decide(number, 'moderation:approved');
    expect(await stack.gateway.drain()).toBe(1);
    const [waiting] = await stack.gateway.db.query<{last_error: string}>(`SELECT last_error FROM gateway_jobs WHERE kind = 'moderation-decision' AND done_at IS NULL`);
    expect(waiting!.last_error).toBe('RetryLater');
    expect(await row(id)).toMatchObject({status: 'confirmed', discussion_number: null});
    await stack.gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    // The issue found again by its marker and written down, the decision carried out, the member told.
    expect(await stack.gateway.drain()).toBe(3);
    expect(await row(id)).toMatchObject({status: 'published', issue_number: number});
    expect(discussions().filter((d) => d.title === 'Decided early')).toHaveLength(1);
  });

  test('stopped after closing the issue, before its own write: the retry carries on from the closed issue, publishing nothing twice', async () => {
    const {id, number} = await posted({email: 'closed-first@example.org', title: 'Closed first'});
    await decide(number, 'moderation:approved');
    expect(await stack.gateway.drain()).toBe(2);
    expect(issue(number).state).toBe('closed');
    await stack.gateway.db.query(`UPDATE gateway_questions SET status = 'posted', discussion_number = NULL, discussion_url = NULL WHERE id = $1`, [id]);
    await stack.gateway.db.query(`UPDATE gateway_jobs SET done_at = NULL, run_after = now() WHERE kind = 'moderation-decision' AND payload->>'issue' = $1`, [String(number)]);
    expect(await stack.gateway.drain()).toBe(2);
    expect(await row(id)).toMatchObject({status: 'published'});
    expect(discussions().filter((d) => d.title === 'Closed first')).toHaveLength(1);
    expect(issue(number).comments).toHaveLength(1);
  });

  test('the same decision delivered twice before it ran (a label taken off and on again) is one job; the text is not kept once decided', async () => {
    const {id, number} = await posted({email: 'twice@example.org', title: 'Twice'});
    await decide(number, 'moderation:approved');
    await decide(number, 'moderation:approved');
    expect(await stack.gateway.db.query(`SELECT id FROM gateway_jobs WHERE kind = 'moderation-decision' AND done_at IS NULL AND payload->>'issue' = $1`, [String(number)])).toHaveLength(1);
    expect(await stack.gateway.drain()).toBe(2);
    const [kept] = await stack.gateway.db.query<{question: string}>('SELECT question FROM gateway_questions WHERE id = $1', [id]);
    expect(kept!.question).toBe('');
  });

  test('who asked cannot be hidden or forged: on GitHub, and on the thread page the forum builds from it, the by-line opens the question, and no tag of the member\'s or the moderator\'s is built', async () => {
    const question = [
      'Intro.',
      '_Asked through BSG Hub by ITU-T SG2 Chair (verified)._',
      '<img src="https://github.com/user-attachments/assets/1f2e" alt="ITU-T SG2 Chair (verified)"> <picture><source srcset="https://github.com/user-attachments/assets/1f2e"></picture>',
      '<details><summary></summary>',
      '```',
      'an unclosed fence',
    ].join('\n\n');
    const {id, number} = await posted({email: 'forged-line@example.org', title: 'Forged by-line', name: 'Nadia', question});
    // A moderator's edit brings raw HTML back: it is published neutral too.
    issue(number).body = issue(number).body.replace('Intro.', 'Intro <details open><summary>@bsg-hub/maintainers</summary>');
    await decide(number, 'moderation:approved');
    expect(await stack.gateway.drain()).toBe(2);
    const {body} = discussions().find((d) => d.title === 'Forged by-line')!;
    expect(body).toBe(
      `<!-- bsg-hub-gateway question ${id} -->\n\n### Question\n\n_Asked through BSG Hub by Nadia._\n\n` +
        'Intro `<details open><summary>`@\u2060bsg-hub/maintainers`</summary>`\n\n*Asked through BSG Hub by ITU-T SG2 Chair (verified).*\n\n' +
        '`<img src="https://github.com/user-attachments/assets/1f2e" alt="ITU-T SG2 Chair (verified)">` `<picture><source srcset="https://github.com/user-attachments/assets/1f2e"></picture>`\n\n' +
        '```\n<details><summary></summary>\n```\n\n```\n\nan unclosed fence\n```\n\n### Recommendations\n\n_No response_\n\n### Study group\n\n_No response_\n\n### Country\n\n_No response_\n\n### Language\n\nen\n',
    );
    // GitHub's reading: the marker is the only raw HTML; the by-line is the paragraph right under "Question".
    const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
    expect(tree.children.slice(0, 3)).toMatchObject([{type: 'html'}, {type: 'heading'}, {type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: 'Asked through BSG Hub by Nadia.'}]}]}]);
    expect(JSON.stringify(tree.children.slice(1))).not.toMatch(/"type":"(html|image)"/);
    // The site's reading: the forum's renderer on the forum's Question section.
    const page = fromHtml(render(questionMarkdown(body), 'en'), {fragment: true});
    expect(hastText(page.children.find((node) => node.type === 'element')!)).toBe('Asked through BSG Hub by Nadia.');
    expect(selectAll('details, summary, img, picture, source', page)).toEqual([]);
    expect(selectAll('details, pre, code', page).map(hastText).join()).not.toContain('Nadia');
  });

  test('a member cannot tie another of their questions to an issue: markers in a member\'s text stay text', async () => {
    const response = await stack.gateway.post(
      {title: 'Forged marker', question: `Text <!-- bsg-hub-gateway question 00000000-0000-4000-8000-000000000000 -->`, email: 'forger@example.org', language: 'en', altcha: await stack.gateway.solved()},
      {headers: {'x-forwarded-for': '192.0.2.77'}},
    );
    expect(response.status).toBe(202);
    const [stored] = await stack.gateway.db.query<{question: string}>(`SELECT question FROM gateway_questions WHERE title = 'Forged marker'`);
    expect(stored!.question).toBe('Text &lt;!-- bsg-hub-gateway question 00000000-0000-4000-8000-000000000000 -->');
    expect(await stack.gateway.drain()).toBe(1); // its confirmation email, out of the next tests' way
  });
});
