/**
 * Asking without a GitHub account, end to end through HTTP: the form posted
 * without JavaScript, the confirmation email received by a real SMTP server,
 * the link opened (nothing changes) and confirmed (once), and the hostile
 * cases: forged origin, replayed challenge, huge body, HTML in the title, a
 * filled honeypot, and the limits. On PGlite always, and on a real PostgreSQL
 * server when its binaries are installed (CI installs them).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decodeQp, GATEWAY, HUB, press, startSmtp, startTestGateway} from './harness';
import {databaseFor, testEngines} from './postgresServer';
import {claimJob} from '../../../gateway/queue/queue';
import {housekeeping} from '../../../gateway/questions/housekeeping';
import {deriveKeys} from '../../../gateway/crypto';
import {addressBlock} from '../../../gateway/questions/limits';
import {signStamp} from '../../../gateway/questions/stamp';
import {say} from '../../../gateway/messages';
import {maskEmail} from '../../../gateway/questions/maskEmail';
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

/** The fields a page's form would post (inputs, hidden or not, and text areas), as `gateway.post` takes them. */
function formOf(html: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const node of selectAll('form input, form textarea', fromHtml(html))) {
    const name = String(node.properties.name);
    const value = node.tagName === 'textarea' ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : String(node.properties.value ?? '');
    const before = fields[name];
    fields[name] = before === undefined ? value : [before, value].flat();
  }
  return fields;
}

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
    // The hour's confirmation emails have a test of their own, below.
    gateway = await startTestGateway({SMTP_URL: smtp.url, CONFIRMATIONS_PER_HOUR: '1000', ...database.env});
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
    // Where the link went, for a typo to be seen, and how long moderation takes (MODERATION_HOURS, 48 by default).
    expect(html).toContain('<bdi class="address" dir="ltr">a•••@example.sn</bdi>');
    expect(html).toContain(say('fr', {key: 'moderationTime', n: 48}));

    const stored = await gateway.db.query<{status: string; email_encrypted: string; title: string; recommendations: string[]}>('SELECT status, email_encrypted, title, recommendations FROM gateway_questions');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe('unconfirmed');
    expect(stored[0]!.email_encrypted).not.toContain('amina');
    expect(stored[0]!.recommendations).toEqual(['E.164', 'E.212']);

    expect(await gateway.drain()).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    const mail = decodeQp(smtp.messages[0]!);
    // To an address that has confirmed nothing, nothing the asker wrote: not the name they typed, not their title.
    expect(mail).toMatch(/^To: amina\.diallo@example\.sn$/m);
    expect(mail).toMatch(/^Subject: Confirmez votre question sur BSG Hub$/m);
    expect(mail).toContain(say('fr', {key: 'mailAsked'}));
    expect(mail).not.toContain('Amina');
    expect(mail).not.toMatch(/Comment appliquer|numérotation|Sénégal/);
    const link = /https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/.exec(mail)?.[1];
    expect(link).toBeDefined();

    // A mail scanner opening the link changes nothing.
    const opened = await fetch(`${gateway.url}${link}`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`<form method="post" action="${link}">`);
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions'))[0]!.status).toBe('unconfirmed');

    const confirmed = await press(`${gateway.url}${link}`);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Votre question est confirmée');
    expect((await gateway.db.query<{status: string}>('SELECT status FROM gateway_questions'))[0]!.status).toBe('confirmed');
    expect(await gateway.db.query('SELECT kind FROM gateway_jobs WHERE done_at IS NULL')).toEqual([{kind: 'moderation-issue'}]);

    // Pressed or opened again: already confirmed, not "ask again" (a second question); altered: does not work.
    for (const again of [await press(`${gateway.url}${link}`), await fetch(`${gateway.url}${link}`)]) {
      expect(again.status).toBe(200);
      const text = await again.text();
      expect(text).toContain(say('fr', {key: 'alreadyConfirmedTitle'}));
      expect(text).toContain(say('fr', {key: 'alreadyConfirmed', n: 48}));
    }
    expect(await gateway.db.query('SELECT kind FROM gateway_jobs WHERE done_at IS NULL')).toEqual([{kind: 'moderation-issue'}]);
    const forged = await press(`${gateway.url}${link!.slice(0, -3)}AAA`);
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
    // As a form, the question comes back filled in, to send from the gateway's own page.
    const again = await gateway.post(question(altcha, {email: 'replay@example.org'}));
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain(say('fr', {key: 'challengeReused'}));
    expect(formOf(html)).toMatchObject({title: question('').title, question: question('').question, email: 'replay@example.org'});
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

  describe('a form without the challenge\'s field (a browser without JavaScript)', () => {
    const {altcha: _, ...withoutField} = question('');
    const from = (address: string) => ({headers: {'x-forwarded-for': address}});
    const count = async () => (await gateway.db.query<{n: number}>('SELECT count(*)::int AS n FROM gateway_questions')).at(0)!.n;
    /** A timestamp of the gateway's page, served to `address`'s network `secondsAgo`. */
    const stampFor = (address: string, secondsAgo: number) =>
      signStamp(deriveKeys(fs.readFileSync(path.join(gateway.dataDir, 'secret'), 'utf8').trim()).stamp, addressBlock(address), new Date(Date.now() - secondsAgo * 1000));
    /** The gateway's page sent back in time, as a member without JavaScript does. */
    const laneAsk = (address: string, email: string) => gateway.post({...withoutField, email, stamp: stampFor(address, 10)}, {headers: {origin: GATEWAY, 'x-forwarded-for': address}});

    test('gets the gateway\'s page back, the question filled in as sent; sent back too soon, the same page; a few seconds later, it goes through', async () => {
      const before = await count();
      const first = await gateway.post({...withoutField, email: 'nojs@example.org', locale: 'fr'}, from('100.64.1.1'));
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const html = await first.text();
      expect(html).toContain(`<h1>${say('fr', {key: 'sendTitle'})}</h1>`);
      const form = formOf(html);
      const {stamp, ...rest} = form;
      expect(rest).toEqual({...withoutField, email: 'nojs@example.org', locale: 'fr', website: ''});
      expect(stamp).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
      expect(await count()).toBe(before);

      // The member presses at once: the same page, with a word, and not a letter lost.
      const early = await gateway.post(form, {headers: {origin: GATEWAY, 'x-forwarded-for': '100.64.1.1'}});
      expect(early.status).toBe(200);
      const again = await early.text();
      expect(again).toContain(say('fr', {key: 'stampEarly'}));
      expect({...formOf(again), stamp: ''}).toEqual({...form, stamp: ''});
      expect(await count()).toBe(before);

      // A few seconds later, from the same network (another address of it), the page goes through the lane.
      const later = await gateway.post({...form, stamp: stampFor('100.64.1.1', 6)}, {headers: {origin: GATEWAY, 'x-forwarded-for': '100.64.1.200'}});
      expect(later.status).toBe(202);
      expect(await later.text()).toContain('Consultez vos e-mails');
      expect(await gateway.db.query(`SELECT proven, status, title FROM gateway_questions ORDER BY created_at DESC LIMIT 1`)).toEqual([{proven: false, status: 'unconfirmed', title: withoutField.title}]);
    });

    test('a stamp from another network, a day old, forged, or the honeypot filled on the gateway\'s page: nothing goes through', async () => {
      const before = await count();
      const stale = [stampFor('100.64.2.1', 10), stampFor('100.64.3.1', 25 * 3600), `${Math.floor(Date.now() / 1000) - 60}.${'A'.repeat(43)}`];
      for (const stamp of stale) {
        const response = await gateway.post({...withoutField, email: 'stale@example.org', stamp}, from('100.64.3.1'));
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(say('fr', {key: 'stampStale'}));
      }
      const robot = await gateway.post({...withoutField, email: 'robot@example.org', stamp: stampFor('100.64.3.1', 10), website: 'https://spam.example'}, from('100.64.3.1'));
      expect(robot.status).toBe(202);
      expect(await count()).toBe(before);
      // The widget's field left empty (JavaScript on, the check unfinished), or a program: no lane.
      expect((await gateway.post({...question(''), email: 'empty@example.org'}, from('100.64.3.2'))).status).toBe(400);
      expect((await gateway.post({...withoutField, email: 'program@example.org', stamp: stampFor('100.64.3.3', 10)}, {json: true, headers: {'x-forwarded-for': '100.64.3.3'}})).status).toBe(400);
    });

    test('two an hour from a network; one never confirmed stops counting after 15 minutes; refused, the text is kept', async () => {
      expect((await laneAsk('100.64.4.1', 'block1@example.org')).status).toBe(202);
      expect((await laneAsk('100.64.4.2', 'block2@example.org')).status).toBe(202);
      const third = await laneAsk('100.64.4.3', 'block3@example.org');
      expect(third.status).toBe(429);
      // Until the first of the two stops counting, in a quarter of an hour.
      const wait = Number(third.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(880);
      expect(wait).toBeLessThanOrEqual(900);
      const html = await third.text();
      expect(html).toContain(say('fr', {key: 'limitUnproven', n: 15}));
      expect(formOf(html)).toMatchObject({title: withoutField.title, question: withoutField.question, email: 'block3@example.org'});
      // With a proof of work, the network's own five an hour still apply.
      expect((await gateway.post(question(await gateway.solved(), {email: 'withjs@example.org'}), from('100.64.4.4'))).status).toBe(202);

      // A quarter of an hour later the two unconfirmed ones no longer count; a confirmed one counts for the hour.
      const [{block_key: block}] = (await gateway.db.query<{block_key: string}>(`SELECT block_key FROM gateway_questions WHERE NOT proven ORDER BY created_at DESC LIMIT 1`)) as [{block_key: string}];
      await gateway.db.query(`UPDATE gateway_questions SET created_at = created_at - interval '16 minutes' WHERE block_key = $1`, [block]);
      await gateway.db.query(`UPDATE gateway_questions SET status = 'confirmed', confirmed_at = now() WHERE id = (SELECT id FROM gateway_questions WHERE block_key = $1 AND NOT proven LIMIT 1)`, [block]);
      expect((await laneAsk('100.64.4.5', 'block4@example.org')).status).toBe(202);
      expect((await laneAsk('100.64.4.6', 'block5@example.org')).status).toBe(429);
    });

    test('posts nobody confirms cannot shut it for others: twenty from ten networks, and the eleventh network still asks; twenty confirmed in the hour close it', async () => {
      for (let i = 0; i < 20; i += 1) expect((await laneAsk(`100.65.${i >> 1}.${i}`, `flood${i}@example.org`)).status).toBe(202);
      expect((await laneAsk('100.65.10.1', 'member@example.org')).status).toBe(202);
      await gateway.db.query(`UPDATE gateway_questions SET status = 'confirmed', confirmed_at = now() WHERE NOT proven AND status = 'unconfirmed'`);
      const full = await laneAsk('100.65.11.1', 'late@example.org');
      expect(full.status).toBe(429);
      expect(await full.text()).toContain(say('fr', {key: 'limitUnproven', n: 60}));
      // An hour after they were confirmed, the lane opens again.
      await gateway.db.query(`UPDATE gateway_questions SET created_at = created_at - interval '61 minutes', confirmed_at = confirmed_at - interval '61 minutes' WHERE NOT proven`);
      expect((await laneAsk('100.65.11.1', 'late@example.org')).status).toBe(202);
    });
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

  test('hostile input: a huge body, HTML in the title, a filled honeypot; refused, the form comes back filled in, each problem by its field', async () => {
    expect(await refusedBeforeRead(`${gateway.url}/api/questions`, new URLSearchParams({title: 'Huge', question: 'a'.repeat(200_000), email: EMAIL, altcha: await gateway.solved()}).toString())).toBe(413);
    const title = '<script>alert(1)</script>'.repeat(10);
    const long = 'Ж'.repeat(6000);
    const invalid = await gateway.post(question(await gateway.solved(), {title, question: long, email: 'amina@example', language: 'ar'}));
    expect(invalid.status).toBe(400);
    const page = await invalid.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    const tree = fromHtml(page);
    // The title back as a value, not as markup: a browser builds no script from it.
    expect(selectAll('script', tree)).toEqual([]);
    expect(formOf(page)).toMatchObject({title, question: long, email: 'amina@example', name: 'Amina', study_group: 'SG2', recommendations: ['E.164', 'ITU-T E.212']});
    const problemOf = (id: string) => selectAll(`#${id}-problem`, tree).map((node) => node.children.map((child) => ('value' in child ? child.value : '')).join(''));
    expect(problemOf('title')).toEqual([say('ar', {key: 'titleTooLong', n: 150})]);
    expect(problemOf('question')).toEqual([say('ar', {key: 'questionTooLong', n: 5000})]);
    expect(problemOf('email')).toEqual([say('ar', {key: 'emailInvalid'})]);
    expect(page).toContain(`href="${HUB}/ar/forum/ask?title=`);
    const before = await gateway.db.query('SELECT id FROM gateway_questions');
    const robot = await gateway.post(question(await gateway.solved(), {website: 'http://spam.example'}));
    expect(robot.status).toBe(202);
    expect(await gateway.db.query('SELECT id FROM gateway_questions')).toHaveLength(before.length);
  });

  test('an address\'s limit counts confirmed questions only, and tells nobody anything: over it, the answer is an accepted question\'s, and only its email says why', async () => {
    const send = async (email: string, from: string, json = false) => gateway.post(question(await gateway.solved(), {email, language: 'es'}), {json, headers: {'x-forwarded-for': from}});
    const toLimits = () => smtp.messages.map(decodeQp).filter((mail) => /^To: limits@example\.org$/im.test(mail));
    const sent = toLimits().length;
    // Four questions nobody confirmed lock nobody out: each gets its link.
    for (let i = 0; i < 3; i += 1) expect((await send('Limits@Example.org', `198.51.100.${i + 1}`)).status).toBe(202);
    expect((await send('limits@example.ORG', '198.51.102.1')).status).toBe(202);
    await gateway.drain();
    const links = toLimits().slice(sent).map((mail) => /https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/.exec(mail)![1]!);
    expect(links).toHaveLength(4);
    for (const link of links.slice(0, 3)) expect((await press(`${gateway.url}${link}`)).status).toBe(200);
    // The fourth link, opened by the address's owner: the day's limit is reached; the link works again later.
    const fourth = await press(`${gateway.url}${links[3]}`);
    expect(fourth.status).toBe(429);
    expect(await fourth.text()).toContain(say('es', {key: 'confirmLimit', n: 3}));
    expect((await fetch(`${gateway.url}${links[3]}`)).status).toBe(200);

    // Over the limit: the status and the page (or JSON) of an accepted question, to the byte.
    const accepted = await send('someone-else@example.org', '198.51.103.1');
    const limited = await send('LIMITS@example.org', '198.51.104.1');
    expect(limited.status).toBe(accepted.status);
    // The same page, but for the address each one sent (masked, and kept to correct it).
    const sameBut = (html: string, email: string) => html.replaceAll(maskEmail(email), 'MASKED').replaceAll(email, 'EMAIL');
    expect(sameBut(await limited.text(), 'LIMITS@example.org')).toBe(sameBut(await accepted.text(), 'someone-else@example.org'));
    const acceptedJson = await send('lemon@example.org', '198.51.105.1', true);
    const limitedJson = await send('limits@example.org', '198.51.106.1', true);
    const body = {status: 'received', maskedEmail: 'l•••@example.org', moderationHours: 48, message: say('es', {key: 'received'})};
    expect([limitedJson.status, await limitedJson.json()]).toEqual([202, body]);
    expect([acceptedJson.status, await acceptedJson.json()]).toEqual([202, body]);
    // Its row holds nothing the asker wrote, and counts for its network like any other.
    const [row] = await gateway.db.query<{title: string; question: string; display_name: string; over_email_limit: boolean}>(`SELECT title, question, display_name, over_email_limit FROM gateway_questions ORDER BY created_at DESC LIMIT 1`);
    expect(row).toEqual({title: '', question: '', display_name: '', over_email_limit: true});

    // Its email, in the member's language: the limit, no link to confirm, no text of the asker's.
    await gateway.drain();
    const notices = toLimits().slice(sent + 4);
    expect(notices).toHaveLength(2);
    for (const notice of notices) {
      expect(notice).toContain(say('es', {key: 'limitNotice', n: 3}));
      expect(notice).not.toContain('/confirm/');
      expect(notice).not.toMatch(/Amina|Comment appliquer|numérotation/);
    }
  });

  test('limits per address block: a room of members that confirms can ask, a flood that confirms nothing cannot; refused, the time to retry and the text kept', async () => {
    const send = async (email: string, from: string, json = false) => gateway.post(question(await gateway.solved(), {email, language: 'es'}), {json, headers: {'x-forwarded-for': from}});
    const block = async () => (await gateway.db.query<{block_key: string}>(`SELECT block_key FROM gateway_questions ORDER BY created_at DESC LIMIT 1`))[0]!.block_key;
    const confirmAll = async (key: string) => gateway.db.query(`UPDATE gateway_questions SET status = 'confirmed', confirmed_at = now() WHERE block_key = $1 AND confirmed_at IS NULL`, [key]);
    // Five waiting for confirmation at once from one network; the sixth waits for the first to leave the quarter hour.
    for (let i = 0; i < 5; i += 1) expect((await send(`room${i}@example.org`, `198.51.110.${i + 1}`)).status).toBe(202);
    const room = await block();
    const waiting = await send('room5@example.org', '198.51.110.250');
    expect(waiting.status).toBe(429);
    const wait = Number(waiting.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(880);
    expect(wait).toBeLessThanOrEqual(900);
    const html = await waiting.text();
    expect(html).toContain(say('es', {key: 'limitBlockWaiting', n: 15}));
    expect(formOf(html)).toMatchObject({title: question('').title, question: question('').question, email: 'room5@example.org'});
    const json = await send('room5@example.org', '198.51.110.250', true);
    expect(json.status).toBe(429);
    expect(await json.json()).toEqual({status: 'refused', errors: [{field: 'address', message: say('es', {key: 'limitBlockWaiting', n: 15})}], retryAfterSeconds: Number(json.headers.get('retry-after'))});
    // Another network is not held back.
    expect((await send('elsewhere@example.org', '198.51.111.1')).status).toBe(202);

    // Members who confirm open the way for the others: each confirmed question makes room for one more waiting.
    await confirmAll(room);
    for (let i = 5; i < 15; i += 1) expect((await send(`room${i}@example.org`, '198.51.110.7')).status, `member ${i}`).toBe(202);
    expect((await send('room15@example.org', '198.51.110.7')).status).toBe(429);
    // Questions nobody confirmed stop counting after a quarter of an hour.
    await gateway.db.query(`UPDATE gateway_questions SET created_at = created_at - interval '16 minutes' WHERE block_key = $1 AND confirmed_at IS NULL`, [room]);
    await confirmAll(room);
    // Thirty questions of the hour in all, confirmed or waiting: 15 confirmed now, and 15 more.
    for (let i = 15; i < 30; i += 1) expect((await send(`room${i}@example.org`, '198.51.110.7')).status, `member ${i}`).toBe(202);
    await confirmAll(room);
    const full = await send('room30@example.org', '198.51.110.7');
    expect(full.status).toBe(429);
    // The ten asked "16 minutes ago" are the first to leave the hour, in 44 minutes.
    const hour = Number(full.headers.get('retry-after'));
    expect(hour).toBeGreaterThan(43 * 60);
    expect(hour).toBeLessThanOrEqual(44 * 60);
    expect(await full.text()).toContain(say('es', {key: 'limitBlock', n: 44}));
  });

  test('the buttons behind the emailed links act only from the gateway\'s own page: a POST from another site, or from no page, is refused', async () => {
    expect((await gateway.post(question(await gateway.solved(), {email: 'csrf@example.org'}), {headers: {'x-forwarded-for': '192.0.5.1'}})).status).toBe(202);
    await gateway.drain();
    const mail = decodeQp(smtp.messages.at(-1)!);
    const links = [/https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/, /https:\/\/gateway\.example\.org(\/erase\/[A-Za-z0-9._-]+)/].map((pattern) => pattern.exec(mail)![1]!);
    for (const link of links) {
      for (const headers of [{origin: 'https://evil.example'}, {origin: HUB}, {origin: 'null'}, {referer: 'https://evil.example/page'}, {}] as Record<string, string>[]) {
        const response = await fetch(`${gateway.url}${link}`, {method: 'POST', headers});
        expect(response.status, `${link.split('/')[1]} ${JSON.stringify(headers)}`).toBe(403);
        expect(await response.text()).toContain(say('en', {key: 'originRefused'}));
      }
    }
    expect(await gateway.db.query(`SELECT status FROM gateway_questions WHERE id = $1`, [links[0]!.split('/')[2]!.split('.')[0]])).toEqual([{status: 'unconfirmed'}]);
    expect((await press(`${gateway.url}${links[0]}`)).status).toBe(200);
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
    const mails = smtp.messages.map(decodeQp).filter((mail) => /^To: erase-me@example\.org$/m.test(mail));
    expect(mails).toHaveLength(2);
    const confirm = /https:\/\/gateway\.example\.org(\/confirm\/[A-Za-z0-9._-]+)/.exec(mails[1]!)?.[1];
    expect((await press(`${gateway.url}${confirm}`)).status).toBe(200);
    const link = /https:\/\/gateway\.example\.org(\/erase\/[A-Za-z0-9._-]+)/.exec(mails[0]!)?.[1];
    const before = await count();

    const opened = await fetch(`${gateway.url}${link}`);
    expect(await opened.text()).toContain(`<form method="post" action="${link}"><button type="submit">Tout effacer</button></form>`);
    expect(await count()).toBe(before);
    const erased = await press(`${gateway.url}${link}`);
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('BSG Hub ne conserve plus votre adresse e-mail');
    expect(await count()).toBe(before - 2);
    expect(await gateway.db.query(`SELECT id FROM gateway_jobs WHERE done_at IS NULL AND kind = 'moderation-issue'`)).toEqual([]);
    expect((await press(`${gateway.url}${link}`)).status).toBe(200);
    expect((await press(`${gateway.url}${link!.replace('/erase/', '/confirm/')}`)).status).toBe(404);
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
    expect(decodeQp(smtp.messages[sent]!)).toMatch(/^To: lease@example\.org$/m);
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

describe.each(testEngines())('the hour\'s confirmation emails on %s', (engine) => {
  const SECRET = 'confirmations-test-secret-0123456789abcdef';
  let gateways: TestGateway[] = [];
  let smtp: Smtp;
  let database: Awaited<ReturnType<typeof databaseFor>> | undefined;

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await databaseFor(engine);
    const env = {SMTP_URL: smtp.url, GATEWAY_SECRET: SECRET, CONFIRMATIONS_PER_HOUR: '3', ...database.env};
    // On a server, two instances share the count; PGlite is one process's.
    gateways = [await startTestGateway(env), ...(engine === 'postgres' ? [await startTestGateway(env)] : [])];
  }, 120_000);
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await smtp?.close();
    await database?.stop();
  });

  test('are capped over all instances (CONFIRMATIONS_PER_HOUR): over it, 429 with the time to retry, and the member\'s text kept on the page', async () => {
    const ask = async (i: number) => {
      const gateway = gateways[i % gateways.length]!;
      return gateway.post(question(await gateway.solved(), {email: `cap${i}@example.org`}), {headers: {'x-forwarded-for': `192.0.${100 + i}.1`}});
    };
    const responses = await Promise.all(Array.from({length: 8}, (_, i) => ask(i)));
    expect(responses.map((response) => response.status).sort()).toEqual([202, 202, 202, 429, 429, 429, 429, 429]);
    const refused = responses.find((response) => response.status === 429)!;
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(3500);
    expect(wait).toBeLessThanOrEqual(3600);
    const html = await refused.text();
    expect(html).toContain(say('fr', {key: 'limitConfirmations', n: 60}));
    expect(formOf(html)).toMatchObject({title: question('').title, question: question('').question, recommendations: ['E.164', 'ITU-T E.212'], name: 'Amina', country: 'Sénégal', language: 'fr', study_group: 'SG2'});
    const json = await gateways[0]!.post(question(await gateways[0]!.solved(), {email: 'cap-json@example.org'}), {json: true, headers: {'x-forwarded-for': '192.0.120.1'}});
    expect(json.status).toBe(429);
    expect(json.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await json.json()).toEqual({status: 'refused', errors: [{field: 'address', message: say('fr', {key: 'limitConfirmations', n: 60})}], retryAfterSeconds: Number(json.headers.get('retry-after'))});

    for (const gateway of gateways) await gateway.drain();
    expect(smtp.messages).toHaveLength(3);
    // An hour after the first of them, there is room again.
    await gateways[0]!.db.query(`UPDATE gateway_questions SET created_at = created_at - interval '61 minutes'`);
    expect((await ask(9)).status).toBe(202);
  });
});

describe('a client that reaches the gateway directly, past its proxies', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    // The proxies are elsewhere (10.0.0.0/8): the tests' requests, from 127.0.0.1, come straight from a client.
    gateway = await startTestGateway({TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: '10.0.0.0/8', CONFIRMATIONS_PER_HOUR: '1000'});
  }, 120_000);
  afterAll(() => gateway?.stop());

  test('cannot choose the address block the limits count with X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await gateway.post(question(await gateway.solved(), {email: `spoof${i}@example.org`}), {headers: {'x-forwarded-for': `203.0.${i}.1`}})).status);
    // Five an hour from its own network (127.0.0.0/24), whatever it claims.
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });
});
