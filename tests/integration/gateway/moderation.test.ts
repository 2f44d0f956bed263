/**
 * A confirmed question becomes an issue in the moderation repository, posted
 * by the GitHub App's installation (JWT checked by the emulator), labelled
 * `moderation:pending`, without the email address; at most once, even when
 * the gateway stopped between GitHub's answer and its own write; and waiting
 * when GitHub says so.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {deliverWebhook, labelIssue} from '../../emulator/githubApp';
import {repository} from '../../emulator/repository';
import {askAndConfirm as ask, MODERATION, startGitHubWithApp, startSmtp, startTestGateway, WEBHOOK_SECRET} from './harness';
import type {Emulator} from '../../emulator/github';
import type {EmuApp} from '../../emulator/githubApp';
import type {Smtp, TestGateway} from './harness';

let app: EmuApp;
let emulator: Emulator;
let smtp: Smtp;
let gateway: TestGateway;

beforeAll(async () => {
  const github = await startGitHubWithApp(repository(0));
  ({app, emulator} = github);
  smtp = await startSmtp();
  gateway = await startTestGateway({SMTP_URL: smtp.url, ...github.env});
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await smtp?.close();
  await emulator?.close();
});

const askAndConfirm = (fields: Record<string, string>) => ask(gateway, smtp, fields);

const issues = () => app.repositories.get(MODERATION)!.issues;

describe('moderation issues', () => {
  test('a confirmed question is posted by the App as a pending issue, with the forum\'s body and without the address', async () => {
    const id = await askAndConfirm({name: '# Nadia', country: 'Morocco', study_group: 'SG2', recommendations: 'E.164', language: 'ar', title: 'ترقيم E.164'});
    expect(await gateway.drain()).toBe(1);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue).toMatchObject({title: 'ترقيم E.164', labels: ['moderation:pending'], author: 'bsg-hub-gateway[bot]'});
    expect(issue!.body).toBe(
      '### Question\n\nWhich parts of E.164 matter?\n\n### Recommendations\n\nE.164\n\n### Study group\n\nSG2\n\n### Country\n\nMorocco\n\n### Language\n\nar\n\n' +
        `### Display name\n\n\\#\u2060 Nadia\n\n<!-- bsg-hub-gateway question ${id} -->\n`,
    );
    expect(JSON.stringify(app.repositories.get(MODERATION))).not.toContain('member@example.org');
    expect(app.calls.slice(0, 2)).toEqual([`GET /repos/${MODERATION}/installation`, 'POST /app/installations/4242/access_tokens']);
    const [row] = await gateway.db.query<{status: string; issue_number: number; issue_url: string}>('SELECT status, issue_number, issue_url FROM gateway_questions WHERE id = $1', [id]);
    expect(row).toEqual({status: 'posted', issue_number: 1, issue_url: `https://github.com/${MODERATION}/issues/1`});
  });

  test('posted at most once: a retry after a stop between GitHub\'s answer and our write finds the issue by its marker', async () => {
    const [{id}] = (await gateway.db.query<{id: string}>(`SELECT id FROM gateway_questions WHERE status = 'posted'`)) as [{id: string}];
    // As if the process had stopped before completing the job: the question confirmed, the job still due.
    await gateway.db.query(`UPDATE gateway_questions SET status = 'confirmed', issue_number = NULL WHERE id = $1`, [id]);
    await gateway.db.query(`INSERT INTO gateway_jobs (kind, payload) VALUES ('moderation-issue', $1::jsonb)`, [JSON.stringify({question: id})]);
    const posts = app.calls.filter((call) => call.startsWith('POST /repos')).length;
    expect(await gateway.drain()).toBe(1);
    expect(issues()).toHaveLength(1);
    expect(app.calls.filter((call) => call.startsWith('POST /repos')).length).toBe(posts);
    expect((await gateway.db.query<{issue_number: number}>('SELECT issue_number FROM gateway_questions WHERE id = $1', [id]))[0]!.issue_number).toBe(1);
  });

  test('waits as long as GitHub says when rate-limited, backs off when GitHub is down, and posts once it answers', async () => {
    const id = await askAndConfirm({});
    emulator.inject('secondary-rate-limit');
    expect(await gateway.drain()).toBe(1);
    const [waiting] = await gateway.db.query<{attempts: number; wait: number}>(`SELECT attempts, extract(epoch FROM run_after - now())::int AS wait FROM gateway_jobs WHERE done_at IS NULL`);
    expect(waiting!.attempts).toBe(1);
    expect(waiting!.wait).toBeGreaterThan(3500);
    await gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    emulator.inject('server-error');
    expect(await gateway.drain()).toBe(1);
    const [backoff] = await gateway.db.query<{wait: number; last_error: string}>(`SELECT extract(epoch FROM run_after - now())::int AS wait, last_error FROM gateway_jobs WHERE done_at IS NULL`);
    expect(backoff!.wait).toBeGreaterThan(50);
    expect(backoff!.wait).toBeLessThanOrEqual(60);
    expect(backoff!.last_error).toBe('HttpError 502');
    await gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    expect(await gateway.drain()).toBe(1);
    expect(issues()).toHaveLength(2);
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions WHERE id = $1', [id]))[0]!.status).toBe('posted');
  });

  test('stays under GitHub\'s pace: with 75 posts in the last minute, the next waits; emails do not', async () => {
    await gateway.db.query(`INSERT INTO gateway_jobs (kind, payload, done_at) SELECT 'moderation-issue', '{}'::jsonb, now() - interval '30 seconds' FROM generate_series(1, 75)`);
    const id = await askAndConfirm({email: 'paced@example.org'});
    expect(await gateway.drain()).toBe(0);
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions WHERE id = $1', [id]))[0]!.status).toBe('confirmed');
    await gateway.db.query(`UPDATE gateway_jobs SET done_at = now() - interval '2 hours' WHERE payload = '{}'::jsonb`);
    expect(await gateway.drain()).toBe(1);
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions WHERE id = $1', [id]))[0]!.status).toBe('posted');
  });
  test('a hostile question reaches the moderators with no mention that notifies, no image that loads, its HTML and the display name as typed', async () => {
    const id = await askAndConfirm({
      email: 'hostile-moderation@example.org',
      name: '**@octocat** ![n](https://tracker.example/n.gif)',
      question: 'Hello @octocat and @bsg-hub/maintainers.\n\n![x](https://tracker.example/p.gif)\n\n<img src="https://tracker.example/i.gif">',
      country: '@bsg-hub/moderators',
    });
    expect(await gateway.drain()).toBe(1);
    const issue = issues().find((candidate) => candidate.body.includes(id))!;
    expect(issue.body).toBe(
      '### Question\n\nHello @\u2060octocat and @\u2060bsg-hub/maintainers.\n\n[x (tracker.example)](https://tracker.example/p.gif)\n\n```\n<img src="https://tracker.example/i.gif">\n```\n\n' +
        '### Recommendations\n\n_No response_\n\n### Study group\n\n_No response_\n\n### Country\n\n@\u2060bsg-hub/moderators\n\n### Language\n\nen\n\n' +
        `### Display name\n\n\\*\\*\\@\u2060octocat\\*\\* \\!\\[n\\]\\(https\\:\\/\\/tracker\\.example\\/n\\.gif\\)\n\n<!-- bsg-hub-gateway question ${id} -->\n`,
    );
  });
});

describe('webhook deliveries', () => {
  const hook = () => `${gateway.url}/webhooks/github`;
  const decisions = () => gateway.db.query<{payload: unknown}>(`SELECT payload FROM gateway_jobs WHERE kind = 'moderation-decision' ORDER BY id`);

  test('a moderator\'s approval is verified, queued once, and a redelivery is recognised', async () => {
    const event = labelIssue(app, MODERATION, 1, 'moderation:approved');
    const delivery = '72d3162e-cc78-11e3-81ab-4c9367dc0958';
    const first = await deliverWebhook(hook(), WEBHOOK_SECRET, 'issues', event, delivery);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({status: 'queued'});
    const again = await deliverWebhook(hook(), WEBHOOK_SECRET, 'issues', event, delivery.toUpperCase());
    expect(await again.json()).toEqual({status: 'duplicate'});
    expect(await decisions()).toEqual([{payload: {issue: 1, decision: 'approved', sender: 'moderator-lina'}}]);
  });

  test('forged, malformed and unrelated deliveries change nothing', async () => {
    const event = labelIssue(app, MODERATION, 2, 'moderation:rejected');
    expect((await deliverWebhook(hook(), WEBHOOK_SECRET, 'issues', event, undefined, 'not-the-secret-but-just-as-long-0123456')).status).toBe(401);
    expect((await fetch(hook(), {method: 'POST', body: JSON.stringify(event), headers: {'x-github-event': 'issues'}})).status).toBe(401);
    expect((await deliverWebhook(hook(), WEBHOOK_SECRET, 'issues', event, '../../etc')).status).toBe(400);
    expect(await (await deliverWebhook(hook(), WEBHOOK_SECRET, 'issue_comment', {...event, action: 'created'})).json()).toEqual({status: 'ignored'});
    expect(await (await deliverWebhook(hook(), WEBHOOK_SECRET, 'issues', {...event, repository: {full_name: 'someone/else'}})).json()).toEqual({status: 'ignored'});
    expect(await (await deliverWebhook(hook(), WEBHOOK_SECRET, 'issues', {...event, label: {name: 'bug'}})).json()).toEqual({status: 'ignored'});
    expect((await fetch(hook(), {method: 'POST', body: 'x'.repeat(2 * 1024 * 1024), headers: {'x-github-event': 'issues'}})).status).toBe(413);
    expect(await decisions()).toHaveLength(1);
  });
});
