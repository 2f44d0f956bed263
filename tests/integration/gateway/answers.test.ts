/**
 * Replies to a published question, by email: each comment recorded by its
 * id only; the email waits `ANSWERS_DELAY_MINUTES` (here 3 seconds) and at
 * least 30 minutes after the previous one; just before it is written, the
 * comments are read again from GitHub (the emulator, its GraphQL validated
 * against GitHub's schema): deleted or hidden ones are dropped, edited ones
 * sent as they read now, and only maintainers (GitHub's association now) and
 * the experts of `data/people/` are quoted. Anyone else's reply is a notice,
 * without its text or its author's name. On PGlite, and on a real PostgreSQL
 * server when installed.
 */
import {describe, expect, test} from 'vitest';
import {deliverWebhook, labelIssue} from '../../emulator/githubApp';
import {CATEGORY_ID, repository} from '../../emulator/repository';
import {answerDiscussion, deleteComment, editComment, minimizeComment} from '../../emulator/github';
import {housekeeping} from '../../../gateway/questions/housekeeping';
import {askAndConfirm, decodeQp, HUB, MODERATION, stackForTests, WEBHOOK_SECRET} from './harness';
import {testEngines} from './postgresServer';

const DELAY_MS = 3_000;
const PHISHING = 'URGENT from BSG Hub: your address will be deleted. [Re-confirm here](https://phish.example/login) or at https://phish.example/now';

describe.each(testEngines())('answers by email on %s', (engine) => {
  const stack = stackForTests(engine, repository(0), {ANSWERS_DELAY_MINUTES: String(DELAY_MS / 60_000)});

  const deliver = (deliveries: {event: string; payload: Record<string, unknown>}[]) =>
    Promise.all(deliveries.map(async ({event, payload}) => (await (await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, event, payload)).json()) as {status: string}));
  /** Asks, confirms, has a moderator approve: the question's id and its discussion. */
  const publish = async (fields: Record<string, string>) => {
    const id = await askAndConfirm(stack.gateway, stack.smtp, fields);
    await stack.gateway.drain();
    const [{issue_number: issue}] = (await stack.gateway.db.query<{issue_number: number}>('SELECT issue_number FROM gateway_questions WHERE id = $1', [id])) as [{issue_number: number}];
    await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, 'issues', labelIssue(stack.app, MODERATION, issue, 'moderation:approved'));
    await stack.gateway.drain();
    const [{discussion_number: number}] = (await stack.gateway.db.query<{discussion_number: number}>('SELECT discussion_number FROM gateway_questions WHERE id = $1', [id])) as [{discussion_number: number}];
    return {id, discussion: number, thread: stack.emulator.repository.discussions.find((d) => d.number === number)!};
  };
  /** Someone comments; the comment's GitHub id. */
  const comment = async (discussion: number, body: string, options: {login?: string; association?: string} = {}) => {
    const deliveries = answerDiscussion(stack.emulator.repository, discussion, body, options);
    expect(await deliver(deliveries)).toEqual([{status: 'queued'}]);
    return (deliveries[0]!.payload.comment as {node_id: string}).node_id;
  };
  /** The waiting answers email made due now, instead of waiting for it. */
  const dueNow = () => stack.gateway.db.query(`UPDATE gateway_jobs SET run_after = now() WHERE kind = 'answers-email' AND done_at IS NULL`);
  /** A message as received, line breaks as `\n`, headers unfolded, quoted-printable undone. */
  const mail = (index: number) => {
    const raw = stack.smtp.messages[index]!.replace(/\r\n/g, '\n');
    const end = raw.indexOf('\n\n');
    return `${raw.slice(0, end).replace(/\n[ \t]+/g, ' ')}${decodeQp(raw.slice(end))}`;
  };
  const unmailed = async (id: string) => (await stack.gateway.db.query('SELECT 1 FROM gateway_answers WHERE question_id = $1 AND mailed_at IS NULL', [id])).length;

  test('a maintainer\'s answer waits the delay, then reaches the member as text with both links; the gateway keeps no text of it', async () => {
    const {id, discussion} = await publish({email: 'answers@example.org', language: 'fr', title: 'Réponses'});
    const sent = stack.smtp.messages.length;
    const answered = performance.now();
    await comment(discussion, 'Voir **E.164** § 6 et [la clause](https://www.itu.int/rec/T-REC-E.164).\n\n<script>x</script>');
    expect(await stack.gateway.drain()).toBe(0);
    const [job] = await stack.gateway.db.query<{ms: number}>(`SELECT extract(epoch FROM run_after - created_at) * 1000 AS ms FROM gateway_jobs WHERE kind = 'answers-email' AND done_at IS NULL`);
    expect(Number(job!.ms)).toBeGreaterThanOrEqual(DELAY_MS - 50);
    // What the gateway holds of the reply: its id, kind and address.
    expect(JSON.stringify(await stack.gateway.db.query('SELECT * FROM gateway_answers WHERE question_id = $1', [id]))).not.toContain('E.164');
    while (stack.smtp.messages.length === sent && performance.now() - answered < DELAY_MS + 10_000) {
      await stack.gateway.drain();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const waited = performance.now() - answered;
    console.log(`answers email ${Math.round(waited)} ms after the answer (ANSWERS_DELAY_MINUTES=${DELAY_MS / 60_000})`);
    expect(waited).toBeGreaterThanOrEqual(DELAY_MS);
    const email = mail(sent);
    expect(email).toMatch(/^Subject: =\?UTF-8\?Q\?Nouvelles_r=C3=A9ponses/m);
    expect(email).toContain('Une réponse\u202f:\n\nVoir E.164 § 6 et la clause (www.itu.int).\n');
    expect(email).not.toContain('<script>');
    expect(email).toContain(`${HUB}/fr/forum/${discussion}\n`);
    expect(email).toContain(`https://github.com/o/r/discussions/${discussion}\n`);
    expect(await unmailed(id)).toBe(0);

    // Two more (one accepted) soon after: one email, 30 minutes after the previous one, with each once.
    await comment(discussion, 'Second answer');
    const deliveries = answerDiscussion(stack.emulator.repository, discussion, 'Third answer', {accept: true});
    await deliver(deliveries);
    expect(await stack.gateway.drain()).toBe(0);
    const [due] = await stack.gateway.db.query<{wait: number}>(`SELECT extract(epoch FROM run_after - now())::int AS wait FROM gateway_jobs WHERE kind = 'answers-email' AND done_at IS NULL`);
    expect(due!.wait).toBeGreaterThan(29 * 60);
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(stack.smtp.messages).toHaveLength(sent + 2);
    expect(mail(sent + 1)).toContain('Une réponse\u202f:\n\nSecond answer\n\nLa réponse acceptée\u202f:\n\nThird answer\n');
    expect(await unmailed(id)).toBe(0);
  });

  test('a throwaway account\'s phishing comment: the member gets a notice, never its text or its author\'s name', async () => {
    const {discussion} = await publish({email: 'notice@example.org', title: 'Numbering'});
    await comment(discussion, PHISHING, {login: 'bsg-hub-support-desk', association: 'NONE'});
    // A collaborator when the comment was made, no longer one when the email is written: GitHub's word of now counts.
    const demoted = await comment(discussion, `Also: ${PHISHING}`, {login: 'former-helper', association: 'COLLABORATOR'});
    stack.emulator.repository.discussions.find((d) => d.number === discussion)!.comments.find((c) => c.id === demoted)!.association = 'NONE';
    const sent = stack.smtp.messages.length;
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    const email = mail(sent);
    expect(email).toMatch(/^Subject: New reply to your question on BSG Hub$/m);
    expect(email).toContain('Your question has a new reply:\n\nNumbering\n\nIn its emails, BSG Hub quotes only answers by the forum’s maintainers and experts. Read this reply in the thread:\n');
    for (const word of ['URGENT', 'phish', 'Re-confirm', 'bsg-hub-support-desk', 'former-helper']) expect(email).not.toContain(word);
    expect(email).toContain(`${HUB}/forum/${discussion}\n`);
  });

  test('an expert of data/people is quoted whatever GitHub\'s association; with someone else\'s reply, that one is only announced', async () => {
    const {discussion} = await publish({email: 'expert@example.org', title: 'Experts'});
    await comment(discussion, 'Kofi here: yes, clause 6 applies.', {login: 'expert-sg12-kofi', association: 'NONE'});
    await comment(discussion, PHISHING, {login: 'someone-else', association: 'CONTRIBUTOR'});
    const sent = stack.smtp.messages.length;
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    const email = mail(sent);
    expect(email).toMatch(/^Subject: New answers to your question on BSG Hub$/m);
    expect(email).toContain('An answer:\n\nKofi here: yes, clause 6 applies.\n\nOther people replied as well; their replies are not quoted here. Read them in the thread.\n');
    expect(email).not.toContain('phish');
  });

  test('a collaborator\'s answer edited on GitHub before the email is sent as it reads now', async () => {
    const {discussion} = await publish({email: 'edited@example.org', title: 'Edited'});
    const id = await comment(discussion, 'First draft: see E.212.', {login: 'maintainer-amina', association: 'COLLABORATOR'});
    editComment(stack.emulator.repository, id, 'Corrected: see E.164, not E.212.');
    const sent = stack.smtp.messages.length;
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(mail(sent)).toContain('An answer:\n\nCorrected: see E.164, not E.212.\n');
    expect(mail(sent)).not.toContain('First draft');
    expect(stack.emulator.queries.some((query) => /nodes\(ids: \$ids\)/.test(query))).toBe(true);
  });

  test('deleted or hidden on GitHub before the email: dropped; when nothing is left, no email at all', async () => {
    const {id, discussion, thread} = await publish({email: 'dropped@example.org', title: 'Dropped'});
    const deleted = await comment(discussion, 'Deleted answer', {association: 'MEMBER'});
    const withReplies = await comment(discussion, 'Deleted answer with a reply', {association: 'MEMBER'});
    thread.comments.find((c) => c.id === withReplies)!.replies.push({...thread.comments.find((c) => c.id === withReplies)!, id: `${withReplies}_r`, body: 'A reply', replies: []});
    const hidden = await comment(discussion, PHISHING, {association: 'NONE'});
    const hiddenMember = await comment(discussion, 'Hidden answer', {association: 'MEMBER'});
    deleteComment(stack.emulator.repository, deleted);
    deleteComment(stack.emulator.repository, withReplies);
    minimizeComment(stack.emulator.repository, hidden, 'spam');
    minimizeComment(stack.emulator.repository, hiddenMember, 'outdated');
    const sent = stack.smtp.messages.length;
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(stack.smtp.messages).toHaveLength(sent);
    expect(await unmailed(id)).toBe(0);
    // No email went: the next one is not held back 30 minutes.
    expect((await stack.gateway.db.query<{answers_mailed_at: Date | null}>('SELECT answers_mailed_at FROM gateway_questions WHERE id = $1', [id]))[0]!.answers_mailed_at).toBeNull();

    const kept = await comment(discussion, 'Kept answer', {association: 'OWNER'});
    const gone = await comment(discussion, 'Gone answer', {association: 'OWNER'});
    deleteComment(stack.emulator.repository, gone);
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(mail(sent)).toContain('An answer:\n\nKept answer\n');
    expect(mail(sent)).not.toContain('Gone answer');
    expect(kept).toMatch(/^DC_/);
  });

  test('a comment that comes while the email is being written is not lost: it gets an email of its own, 30 minutes later', async () => {
    const {id, discussion} = await publish({email: 'meanwhile@example.org', title: 'Meanwhile'});
    await comment(discussion, 'First.');
    await dueNow();
    const sent = stack.smtp.messages.length;
    // GitHub takes 200 ms to answer the job's query; the second comment comes then.
    stack.emulator.inject('slow');
    const draining = stack.gateway.drain();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await comment(discussion, 'Second, while the first was written.');
    expect(await draining).toBe(1);
    expect(mail(sent)).toContain('An answer:\n\nFirst.\n');
    expect(mail(sent)).not.toContain('Second');
    expect(await unmailed(id)).toBe(1);
    const [due] = await stack.gateway.db.query<{wait: number}>(`SELECT extract(epoch FROM run_after - now())::int AS wait FROM gateway_jobs WHERE kind = 'answers-email' AND done_at IS NULL AND payload->>'question' = $1`, [id]);
    expect(due!.wait).toBeGreaterThan(29 * 60);
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(mail(sent + 1)).toContain('An answer:\n\nSecond, while the first was written.\n');
  });

  test('GitHub down when the email is due: retried with backoff, and sent once GitHub answers', async () => {
    const {id, discussion} = await publish({email: 'later@example.org', title: 'Later'});
    await comment(discussion, 'Worth the wait.');
    const sent = stack.smtp.messages.length;
    await dueNow();
    stack.emulator.inject('server-error');
    expect(await stack.gateway.drain()).toBe(1);
    expect(stack.smtp.messages).toHaveLength(sent);
    const [job] = await stack.gateway.db.query<{attempts: number; wait: number; last_error: string}>(
      `SELECT attempts, extract(epoch FROM run_after - now())::int AS wait, last_error FROM gateway_jobs WHERE kind = 'answers-email' AND done_at IS NULL AND payload->>'question' = $1`,
      [id],
    );
    expect(job).toMatchObject({attempts: 1});
    expect(job!.wait).toBeGreaterThan(20);
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(mail(sent)).toContain('An answer:\n\nWorth the wait.\n');
  });

  test('comments on discussions the gateway did not create, and replayed deliveries, send nothing more', async () => {
    const other = stack.emulator.repository.discussions.find((d) => d.categoryId !== CATEGORY_ID) ?? stack.emulator.repository.discussions[0]!;
    expect(await deliver(answerDiscussion(stack.emulator.repository, other.number, 'Unrelated'))).toEqual([{status: 'queued'}]);
    await dueNow();
    expect(await stack.gateway.drain()).toBe(0);
    const {discussion} = await publish({email: 'replayed@example.org'});
    const [{event, payload}] = answerDiscussion(stack.emulator.repository, discussion, 'Once') as [{event: string; payload: Record<string, unknown>}];
    const delivery = 'a1b2c3d4-0000-4000-8000-0000000000aa';
    await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, event, payload, delivery);
    expect(await (await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, event, payload, delivery)).json()).toEqual({status: 'duplicate'});
    // The same comment in a new delivery (GitHub redelivered on request) is recorded once.
    await deliverWebhook(`${stack.gateway.url}/webhooks/github`, WEBHOOK_SECRET, event, payload);
    const sent = stack.smtp.messages.length;
    await dueNow();
    expect(await stack.gateway.drain()).toBe(1);
    expect(stack.smtp.messages).toHaveLength(sent + 1);
    expect(mail(sent).match(/\nOnce\n/g)).toHaveLength(1);
  });

  test('retention: the address goes RETENTION_DAYS after the thread\'s last activity, not before', async () => {
    const {id} = await publish({email: 'old@example.org'});
    // Asked and decided long ago; the thread's last answer is what counts.
    const age = (days: number) =>
      stack.gateway.db.query(
        `UPDATE gateway_questions SET created_at = now() - interval '400 days', confirmed_at = now() - interval '400 days', decided_at = now() - interval '400 days', last_activity_at = now() - make_interval(days => $2) WHERE id = $1`,
        [id, days],
      );
    await age(179);
    expect((await housekeeping(stack.gateway.db, 180)).retired).toBe(0);
    await age(181);
    expect((await housekeeping(stack.gateway.db, 180)).retired).toBeGreaterThanOrEqual(1);
    expect(await stack.gateway.db.query('SELECT id FROM gateway_questions WHERE id = $1', [id])).toEqual([]);
  });
});
