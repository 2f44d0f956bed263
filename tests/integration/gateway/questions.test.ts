/**
 * Asking without a GitHub account, end to end through HTTP: the form posted
 * without JavaScript, the confirmation email received by a real SMTP server,
 * the link opened (nothing changes) and confirmed (once), and the hostile
 * cases: forged origin, replayed challenge, huge body, HTML in the title, a
 * filled honeypot, and the limits. On PGlite always, and on a real PostgreSQL
 * server when its binaries are installed (CI installs them).
 */
import http from 'node:http';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decodeQp, HUB, startSmtp, startTestGateway} from './harness';
import {databaseFor, testEngines} from './postgresServer';
import {claimJob} from '../../../gateway/queue/queue';
import {housekeeping} from '../../../gateway/questions/housekeeping';
import type {Smtp, TestGateway} from './harness';


const EMAIL = 'amina.diallo@example.sn';
const question = (altcha: string, overrides: Record<string, string | string[]> = {}) => ({
  title: 'Comment appliquer <b>E.164</b> à notre plan de numérotation ?',
  question: 'Nous préparons un plan national. Quelles parties de la Recommandation E.164 concernent les petits opérateurs ?',
  email: EMAIL,
  name: 'Amina',
  country: 'Sénégal',
  language: 'fr',
  study_group: 'SG2',
  recommendations: ['E.164', 'ITU-T E.212'],
  altcha,
  ...overrides,
});

/**
 * The status of a POST whose body the gateway refuses by its length alone:
 * the answer may come, and the connection close, before the client has
 * written it all, which `fetch` reports as an error on a kept-alive socket.
 */
function refusedBeforeRead(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {method: 'POST', headers: {origin: HUB, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), connection: 'close'}});
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => setTimeout(() => reject(error), 1000));
    request.end(body);
  });
}

describe.each(testEngines())('the question gateway on %s', (engine) => {
  let gateway: TestGateway;
  let smtp: Smtp;
  let database: Awaited<ReturnType<typeof databaseFor>> | undefined;

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await databaseFor(engine);
    gateway = await startTestGateway({SMTP_URL: smtp.url, ...database.env});
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await smtp?.close();
    await database?.stop();
  });

  test('answers /health when the database answers', async () => {
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({status: 'ok', database: engine});
  });

  test('a question posted as a form gets a page in French, an email in French, and is confirmed by a button, once', async () => {
    const response = await gateway.post(question(await gateway.solved()));
    expect(response.status).toBe(202);
    const html = await response.text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('Consultez vos e-mails');

    const stored = await gateway.db.query<{status: string; email_encrypted: string; title: string; recommendations: string[]}>('SELECT status, email_encrypted, title, recommendations FROM gateway_questions');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe('unconfirmed');
    expect(stored[0]!.email_encrypted).not.toContain('amina');
    expect(stored[0]!.recommendations).toEqual(['E.164', 'E.212']);

    expect(await gateway.drain()).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    const mail = decodeQp(smtp.messages[0]!);
    expect(mail).toMatch(/^To: Amina <amina\.diallo@example\.sn>$/m);
    expect(mail).toMatch(/^Subject: Confirmez votre question sur BSG Hub$/m);
    expect(mail).toContain('<strong>Comment appliquer &#x3C;b>E.164&#x3C;/b> à notre plan de numérotation ?</strong>');
    const link = /https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/.exec(mail)?.[1];
    expect(link).toBeDefined();

    // A mail scanner opening the link changes nothing.
    const opened = await fetch(`${gateway.url}${link}`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`<form method="post" action="${link}">`);
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions'))[0]!.status).toBe('unconfirmed');

    const confirmed = await fetch(`${gateway.url}${link}`, {method: 'POST'});
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Votre question est confirmée');
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions'))[0]!.status).toBe('confirmed');
    expect(await gateway.db.query('SELECT kind FROM gateway_jobs WHERE done_at IS NULL')).toEqual([{kind: 'moderation-issue'}]);

    const again = await fetch(`${gateway.url}${link}`, {method: 'POST'});
    expect(again.status).toBe(410);
    const forged = await fetch(`${gateway.url}${link!.slice(0, -3)}AAA`, {method: 'POST'});
    expect(forged.status).toBe(404);

    // Neither the address nor the name nor the link reaches the log.
    const log = gateway.logs.join('\n');
    expect(log).not.toContain('amina');
    expect(log).not.toContain('Amina');
    expect(log).not.toContain(link!.split('/').pop());
  });

  test('a solved challenge is accepted once: a replay is refused', async () => {
    const altcha = await gateway.solved();
    expect((await gateway.post(question(altcha, {email: 'replay@example.org'}))).status).toBe(202);
    const replay = await gateway.post(question(altcha, {email: 'replay@example.org'}), {json: true, headers: {}});
    expect(replay.status).toBe(409);
    expect(await replay.json()).toEqual({status: 'refused', errors: [{field: 'altcha', message: 'Ce formulaire a déjà été envoyé. Rechargez la page pour poser une autre question.'}]});
  });

  test('forms from another origin, or from nowhere, are refused; JSON clients get JSON', async () => {
    const forged = await gateway.post(question(await gateway.solved()), {headers: {origin: 'https://evil.example'}});
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Ce formulaire ne peut être envoyé que depuis le site BSG Hub.');
    const form = new URLSearchParams({title: 'x'});
    const nowhere = await fetch(`${gateway.url}/api/questions`, {method: 'POST', body: form});
    expect(nowhere.status).toBe(403);
    const unsolved = await gateway.post(question('', {language: 'ar'}), {json: true});
    expect(unsolved.status).toBe(400);
    expect(((await unsolved.json()) as {errors: {field: string}[]}).errors.map((e) => e.field)).toEqual(['altcha']);
  });

  test('a form without the challenge\'s field (a browser without JavaScript) goes through a narrow lane: 2 a network, 20 in all, an hour', async () => {
    const {altcha: _, ...withoutField} = question('');
    const send = (from: string, email: string, fields: Record<string, string | string[]> = withoutField) => gateway.post({...fields, email}, {headers: {'x-forwarded-for': from}});
    const accepted = await send('203.0.113.1', 'nojs@example.org');
    expect(accepted.status).toBe(202);
    expect(await accepted.text()).toContain('Consultez vos e-mails');
    const [row] = await gateway.db.query<{proven: boolean; status: string}>(`SELECT proven, status FROM gateway_questions WHERE email_key = (SELECT email_key FROM gateway_questions ORDER BY created_at DESC LIMIT 1)`);
    expect(row).toEqual({proven: false, status: 'unconfirmed'});
    // The widget's field left empty (JavaScript on, the check unfinished), or a program: no lane.
    expect((await send('203.0.113.2', 'empty@example.org', question(''))).status).toBe(400);
    expect((await gateway.post({...withoutField, email: 'program@example.org'}, {json: true, headers: {'x-forwarded-for': '203.0.114.1'}})).status).toBe(400);
    // Per network: two an hour without proof; with a proof the block's own five still apply.
    expect((await send('203.0.113.3', 'nojs2@example.org')).status).toBe(202);
    const third = await send('203.0.113.4', 'nojs3@example.org');
    expect(third.status).toBe(429);
    expect(await third.text()).toContain('Trop de questions ont été envoyées sans la vérification anti-spam dans la dernière heure.');
    expect((await gateway.post(question(await gateway.solved(), {email: 'withjs@example.org'}), {headers: {'x-forwarded-for': '203.0.113.5'}})).status).toBe(202);
    // In all: twenty an hour, whatever the network.
    for (let i = 0; i < 18; i += 1) expect((await send(`10.${i}.0.1`, `many${i}@example.org`)).status).toBe(202);
    expect((await send('10.200.0.1', 'one-more@example.org')).status).toBe(429);
  });

  test('hostile JSON: not an object, or fields that are not text, is refused with reasons', async () => {
    const post = (body: string) => fetch(`${gateway.url}/api/questions`, {method: 'POST', headers: {'content-type': 'application/json', origin: HUB}, body});
    expect((await post('[1, 2]')).status).toBe(415);
    expect((await post('{"title": ')).status).toBe(415);
    const typed = await post(JSON.stringify({title: {$gt: ''}, question: ['a'], email: 42, recommendations: [{}], language: 'ru', altcha: await gateway.solved()}));
    expect(typed.status).toBe(400);
    expect(((await typed.json()) as {errors: {field: string; message: string}[]}).errors).toEqual([
      {field: 'title', message: 'Укажите заголовок вопроса.'},
      {field: 'email', message: 'Укажите действующий адрес электронной почты: на него придёт ссылка для подтверждения.'},
    ]);
  });

  test('hostile input: a huge body, HTML in the title, a filled honeypot', async () => {
    expect(await refusedBeforeRead(`${gateway.url}/api/questions`, new URLSearchParams({title: 'Huge', question: 'a'.repeat(200_000), email: EMAIL, altcha: await gateway.solved()}).toString())).toBe(413);
    const invalid = await gateway.post(question(await gateway.solved(), {title: '<script>alert(1)</script>'.repeat(10), email: 'not an address', language: 'ar'}));
    expect(invalid.status).toBe(400);
    const page = await invalid.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).not.toContain('<script>');
    expect(page).toContain(`href="${HUB}/ar/forum/ask"`);
    const before = await gateway.db.query('SELECT id FROM gateway_questions');
    const robot = await gateway.post(question(await gateway.solved(), {website: 'http://spam.example'}));
    expect(robot.status).toBe(202);
    expect(await gateway.db.query('SELECT id FROM gateway_questions')).toHaveLength(before.length);
  });

  test('limits per email address and per address block, in the member\'s language', async () => {
    const send = async (email: string, from: string) => gateway.post(question(await gateway.solved(), {email, language: 'es'}), {headers: {'x-forwarded-for': from}});
    for (let i = 0; i < 3; i += 1) expect((await send('Limits@Example.org', `198.51.100.${i + 1}`)).status).toBe(202);
    const byEmail = await send('limits@example.ORG'.toLowerCase(), '198.51.100.9');
    expect(byEmail.status).toBe(429);
    expect(await byEmail.text()).toContain('Hoy se han enviado demasiadas preguntas con esta dirección de correo.');
    // Two more from the block reach its five an hour; the next is refused, from any address of the /24.
    for (let i = 0; i < 2; i += 1) expect((await send(`other${i}@example.org`, '198.51.100.20')).status).toBe(202);
    const byBlock = await send('fresh@example.org', '198.51.100.250');
    expect(byBlock.status).toBe(429);
    expect(await byBlock.text()).toContain('Se han enviado demasiadas preguntas desde su red en la última hora.');
    expect((await send('fresh@example.org', '198.51.101.1')).status).toBe(202);
  });

  test('a refused email is retried from the queue', async () => {
    await gateway.db.query('UPDATE gateway_jobs SET done_at = now() WHERE done_at IS NULL');
    expect((await gateway.post(question(await gateway.solved(), {email: 'retry@example.org'}), {headers: {'x-forwarded-for': '192.0.2.1'}})).status).toBe(202);
    const before = smtp.messages.length;
    smtp.refuse(1);
    expect(await gateway.drain()).toBe(1);
    const [job] = await gateway.db.query<{attempts: number; last_error: string}>(`SELECT attempts, last_error FROM gateway_jobs WHERE done_at IS NULL`);
    expect(job).toMatchObject({attempts: 1});
    expect(job!.last_error).not.toContain('retry@');
    await gateway.db.query('UPDATE gateway_jobs SET run_after = now() WHERE done_at IS NULL');
    expect(await gateway.drain()).toBe(1);
    expect(smtp.messages).toHaveLength(before + 1);
  });

  test('the link in every email erases the address and all its questions, on a button, not on opening', async () => {
    const count = async () => (await gateway.db.query<{n: number}>('SELECT count(*)::int AS n FROM gateway_questions'))[0]!.n;
    for (const from of ['192.0.2.50', '192.0.3.50']) expect((await gateway.post(question(await gateway.solved(), {email: 'erase-me@example.org'}), {headers: {'x-forwarded-for': from}})).status).toBe(202);
    // One question confirmed (its moderation job waiting), one not.
    await gateway.drain();
    const mails = smtp.messages.map(decodeQp).filter((mail) => mail.includes('<erase-me@example.org>'));
    expect(mails).toHaveLength(2);
    const confirm = /https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/.exec(mails[1]!)?.[1];
    expect((await fetch(`${gateway.url}${confirm}`, {method: 'POST'})).status).toBe(200);
    const link = /https:\/\/gateway\.example\.org(\/erase\/[A-Za-z0-9._-]+)/.exec(mails[0]!)?.[1];
    const before = await count();

    const opened = await fetch(`${gateway.url}${link}`);
    expect(await opened.text()).toContain(`<form method="post" action="${link}"><button type="submit">Tout effacer</button></form>`);
    expect(await count()).toBe(before);
    const erased = await fetch(`${gateway.url}${link}`, {method: 'POST'});
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('BSG Hub ne conserve plus votre adresse e-mail');
    expect(await count()).toBe(before - 2);
    expect(await gateway.db.query(`SELECT id FROM gateway_jobs WHERE done_at IS NULL AND kind = 'moderation-issue'`)).toEqual([]);
    expect((await fetch(`${gateway.url}${link}`, {method: 'POST'})).status).toBe(200);
    expect((await fetch(`${gateway.url}${link!.replace('/erase/', '/confirm/')}`, {method: 'POST'})).status).toBe(404);
  });

  test('instances claiming jobs at the same moment each get a different one (SKIP LOCKED), and a lease hides it from the others', async () => {
    for (let i = 0; i < 8; i += 1) await gateway.db.query(`INSERT INTO gateway_jobs (kind, payload) VALUES ('test-job', '{}'::jsonb)`);
    const claimed = await Promise.all(Array.from({length: 10}, () => claimJob(gateway.db, ['test-job'])));
    const ids = claimed.flatMap((job) => (job ? [job.id] : []));
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    expect(await claimJob(gateway.db, ['test-job'])).toBeNull();
    await gateway.db.query(`UPDATE gateway_jobs SET done_at = now() WHERE kind = 'test-job'`);
  });

  test('a job claimed by an instance that died comes back when its lease runs out', async () => {
    expect((await gateway.post(question(await gateway.solved(), {email: 'lease@example.org'}), {headers: {'x-forwarded-for': '192.0.4.1'}})).status).toBe(202);
    const sent = smtp.messages.length;
    // Another instance claims the confirmation email and stops before sending it.
    const claimed = await claimJob(gateway.db, ['confirmation-email']);
    expect(claimed).not.toBeNull();
    expect(await gateway.drain()).toBe(0);
    await gateway.db.query('UPDATE gateway_jobs SET locked_until = now() - interval \'1 second\' WHERE id = $1', [claimed!.id]);
    expect(await gateway.drain()).toBe(1);
    expect(smtp.messages).toHaveLength(sent + 1);
    expect(decodeQp(smtp.messages[sent]!)).toContain('<lease@example.org>');
  });

  test('housekeeping forgets questions never confirmed once their link expired, and old finished jobs', async () => {
    await gateway.db.query(`UPDATE gateway_questions SET created_at = now() - interval '49 hours' WHERE email_key IS NOT NULL`);
    const confirmed = await gateway.db.query<{n: number}>(`SELECT count(*)::int AS n FROM gateway_questions WHERE status <> 'unconfirmed'`);
    const unconfirmed = await gateway.db.query<{n: number}>(`SELECT count(*)::int AS n FROM gateway_questions WHERE status = 'unconfirmed'`);
    expect(unconfirmed[0]!.n).toBeGreaterThan(0);
    await gateway.db.query(`UPDATE gateway_jobs SET done_at = now() - interval '8 days' WHERE kind = 'test-job'`);
    expect(await housekeeping(gateway.db)).toEqual({questions: unconfirmed[0]!.n, retired: 0, followUps: 0, answers: 0, jobs: 8});
    expect(await gateway.db.query<{n: number}>(`SELECT count(*)::int AS n FROM gateway_questions`)).toEqual(confirmed);
  });
});
