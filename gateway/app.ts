/**
 * The gateway's HTTP routes, thin: each reads the request, calls a module,
 * and answers with JSON or an HTML page in the member's language.
 */
import type {Locale} from '../locales';
import {Hono} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {cors} from 'hono/cors';
import {getConnInfo} from '@hono/node-server/conninfo';
import {say} from './messages';
import {confirmedPage, confirmExpiredPage, confirmLimitPage, confirmPage, erasePage, followUpPage, messagePage, questionPage, receivedPage, refusedPage, page, unsubscribePage} from './pages';
import {maskEmail} from './questions/maskEmail';
import {newChallenge} from './questions/challenge';
import {confirmQuestion, confirmState} from './questions/confirm';
import {erase, eraseState} from './questions/erase';
import {followUpState, submitFollowUp} from './questions/followUp';
import {unsubscribe, unsubscribeState} from './questions/unsubscribe';
import {LIMITS, memberLocale} from './questions/fields';
import {submitQuestion} from './questions/submit';
import {browserLocale, clientAddress, originAllowed, wantsJson} from './request';
import {errorFields} from './log';
import {forumAnswer, isDeliveryId, moderationDecision, moderationWithdrawal, queueDecision, queueWithdrawal, recordDelivery, validSignature} from './github/webhook';
import {recordAnswer} from './questions/answers';
import type {Context} from 'hono';
import type {Config} from './config';
import type {Keys} from './crypto';
import type {Database, Sql} from './db/database';
import type {Logger} from './log';
import type {ChallengeOptions} from './questions/challenge';
import type {FieldProblem} from './questions/fields';
import type {ConfirmState} from './questions/confirm';
import type {EraseState} from './questions/erase';
import type {UnsubscribeState} from './questions/unsubscribe';
import type {FollowUpState} from './questions/followUp';
import type {Reader} from './pages';

/** What every email link's state has: altered or unknown, expired (in the member's language when known), or its own. */
type LinkState = {status: string; locale?: Locale | null};

/** `stampMinSeconds`: how old the gateway's question page must be before it is sent back (`STAMP.minSeconds`). */
export type AppContext = {config: Config; db: Database; keys: Keys; log: Logger; challenge: ChallengeOptions; stampMinSeconds: number; now: () => Date};

// Pages hold no script and load nothing; forms post only to the gateway.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function createApp(context: AppContext): Hono {
  const {config, db, keys, log} = context;
  const app = new Hono();
  const gatewayOrigin = new URL(config.gatewayUrl).origin;

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    // Links in paths are capabilities: no address leaves for another site. Same-origin, not `no-referrer`, under
    // which a browser sends `Origin: null` with a form's POST, and the follow-up form could not prove where it is from.
    c.header('referrer-policy', 'same-origin');
    // The route's pattern, never the path: a confirmation path is a capability.
    log.info('request', {method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started)});
  });
  app.onError((error, c) => {
    log.error('request-failed', {route: c.req.routePath, ...errorFields(error)});
    return c.json({error: 'internal error'}, 500);
  });
  app.use('/api/*', cors({origin: config.hubOrigin, allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], maxAge: 600}));

  app.get('/health', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({status: 'ok', database: db.engine});
    } catch (error) {
      log.error('health-failed', errorFields(error));
      return c.json({status: 'unavailable'}, 503);
    }
  });

  app.get('/api/challenge', async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await newChallenge(context.challenge, context.now()));
  });

  const reader = (locale: Locale): Reader => ({locale, hubUrl: config.hubUrl});
  const json = (c: Context) => wantsJson((name) => c.req.header(name));
  const jsonRefusal = (locale: Locale, problems: FieldProblem[], retryAfterSeconds?: number) => ({
    status: 'refused',
    errors: problems.map((p) => ({field: p.field, message: say(locale, p.message)})),
    ...(retryAfterSeconds ? {retryAfterSeconds} : {}),
  });
  /** A post the gateway could not read as a question (too large, unreadable, from another origin): there is nothing of it to give back. */
  const unread = (c: Context, locale: Locale, status: 403 | 413 | 415, problem: FieldProblem) =>
    json(c) ? c.json(jsonRefusal(locale, [problem]), status) : c.html(refusedPage(reader(locale), [problem.message]), status);

  app.post(
    '/api/questions',
    bodyLimit({maxSize: LIMITS.bodyKilobytes * 1024, onError: (c) => unread(c, browserLocale((n) => c.req.header(n)), 413, {field: 'body', message: {key: 'tooLarge', n: LIMITS.bodyKilobytes}})}),
    async (c) => {
      const header = (name: string) => c.req.header(name);
      const fallback = browserLocale(header);
      const fields = await readBody(c);
      if (!fields) return unread(c, fallback, 415, {field: 'body', message: {key: 'unreadable'}});
      // The site's form, or the gateway's own page that sends a question again.
      if (!originAllowed(header, [config.hubOrigin, gatewayOrigin])) return unread(c, memberLocale(fields, fallback), 403, {field: 'origin', message: {key: 'originRefused'}});
      const address = clientAddress(header, getConnInfo(c).remote.address, {hops: config.trustProxyHops, trusted: config.trustedProxies});
      const outcome = await submitQuestion(context, fields, {address, locale: fallback, form: !json(c)});
      log.info('question', {outcome: outcome.status, ...('problems' in outcome ? {fields: outcome.problems.map((p) => p.field).join(',')} : {})});
      c.header('cache-control', 'no-store');
      if (outcome.status === 'resend') {
        if (outcome.retryAfterSeconds) c.header('retry-after', String(outcome.retryAfterSeconds));
        // A form gets its question back, filled in as sent; the site's script gets each problem by field.
        if (json(c)) return c.json(jsonRefusal(outcome.locale, outcome.problems, outcome.retryAfterSeconds), outcome.httpStatus === 200 ? 400 : outcome.httpStatus);
        return c.html(questionPage(reader(outcome.locale), outcome.sent, {stamp: outcome.stamp, problems: outcome.problems, refused: outcome.httpStatus !== 200}), outcome.httpStatus);
      }
      // Accepted, over its address's limit, or a robot's: one answer, made only of what was sent, which tells nothing about the address.
      const masked = maskEmail(outcome.sent.email);
      return json(c)
        ? c.json({status: 'received', maskedEmail: masked, moderationHours: config.moderationHours, message: say(outcome.locale, {key: 'received'})}, 202)
        : c.html(receivedPage(reader(outcome.locale), {masked, sent: outcome.sent, moderationHours: config.moderationHours}), 202);
    },
  );

  /**
   * A link from an email: opening it (GET) only shows its state and a button
   * (or a form), since mail scanners open links; the button (POST) acts, and
   * only from the gateway's own page (another site's page cannot make a
   * browser confirm or erase for its reader), unless `anyOrigin`. A link
   * altered or not known is answered 404, one expired 410 (with `expired`'s
   * words); `answer` renders every other state, with the address the button
   * posts to.
   */
  const emailLink = <State extends LinkState>(
    name: string,
    read: (token: string) => Promise<State>,
    act: (token: string, c: Context) => Promise<State | Response>,
    answer: (c: Context, state: Exclude<State, {status: 'invalid' | 'expired'}>, action: string) => Response,
    {expired = (locale) => messagePage(reader(locale), 'linkTitle', {key: 'linkExpired'}), anyOrigin = false}: {expired?: (locale: Locale) => string; anyOrigin?: boolean} = {},
  ) => {
    const tooLarge = bodyLimit({maxSize: LIMITS.bodyKilobytes * 1024, onError: (c) => c.html(messagePage(reader(requestLocale(c)), 'refusedTitle', {key: 'unreadable'}), 413)});
    for (const [method, run] of [['get', read], ['post', act]] as const) {
      app[method](`/${name}/:token`, tooLarge, async (c) => {
        c.header('cache-control', 'no-store');
        if (method === 'post' && !anyOrigin && !originAllowed((n) => c.req.header(n), [gatewayOrigin])) return c.html(messagePage(reader(requestLocale(c)), 'refusedTitle', {key: 'originRefused'}), 403);
        const token = c.req.param('token');
        const state = await run(token, c);
        if (state instanceof Response) return state;
        if (state.status === 'invalid') return c.html(messagePage(reader(requestLocale(c)), 'linkTitle', {key: 'linkInvalid'}), 404);
        if (state.status === 'expired') return c.html(expired(state.locale ?? requestLocale(c)), 410);
        return answer(c, state as Exclude<State, {status: 'invalid' | 'expired'}>, `/${name}/${encodeURIComponent(token)}`);
      });
    }
  };
  const requestLocale = (c: Context) => browserLocale((n) => c.req.header(n));

  // A link used already says so, apart from one expired or altered: opened again, it must not invite the same question twice.
  emailLink<ConfirmState>(
    'confirm',
    (token) => confirmState(db, keys, token, context.now()),
    (token) => confirmQuestion(db, keys, token, context.now()),
    (c, state, action) => {
      const to = reader(state.locale);
      switch (state.status) {
        case 'confirmed':
        case 'done':
          return c.html(confirmedPage(to, config.moderationHours, state.status === 'done'));
        case 'limit':
          return c.html(confirmLimitPage(to), 429);
        case 'pending':
          return c.html(confirmPage(to, action));
      }
    },
    {expired: (locale) => confirmExpiredPage(reader(locale))},
  );

  emailLink<EraseState>('erase', (token) => eraseState(db, keys, token, context.now()), (token) => erase(db, keys, token, context.now()), (c, state, action) => {
    const to = reader(state.locale ?? requestLocale(c));
    if (state.status === 'erased') return c.html(messagePage(to, 'deletedTitle', {key: 'deleted'}));
    return c.html(erasePage(to, action));
  });

  // The page's button and RFC 8058's one-click POST (`List-Unsubscribe=One-Click`, from the mail provider) both land on the POST.
  emailLink<UnsubscribeState>(
    'unsubscribe',
    (token) => unsubscribeState(db, keys, token, context.now()),
    (token) => unsubscribe(db, keys, token, context.now()),
    (c, state, action) => {
      const to = reader(state.locale ?? requestLocale(c));
      if (state.status === 'unsubscribed') return c.html(messagePage(to, 'unsubscribedTitle', {key: 'unsubscribed'}));
      return c.html(unsubscribePage(to, action));
    },
    // A mail provider's one-click POST comes from no page; stopping emails is all it can do.
    {anyOrigin: true},
  );

  // The form behind the link is the gateway's own page: what it posts is checked as a question's text.
  emailLink<FollowUpState>(
    'follow-up',
    (token) => followUpState(db, keys, token, context.now()),
    async (token, c) => {
      const fields = await readBody(c);
      if (!fields) return c.html(messagePage(reader(requestLocale(c)), 'refusedTitle', {key: 'unreadable'}), 415);
      const state = await submitFollowUp(db, keys, token, fields, context.now());
      log.info('follow-up', {outcome: state.status});
      return state;
    },
    (c, state, action) => {
      const to = reader(state.locale);
      switch (state.status) {
        case 'used':
          return c.html(messagePage(to, 'linkTitle', {key: 'followUpUsed'}), 410);
        case 'received':
          return c.html(messagePage(to, 'followUpReceivedTitle', {key: 'followUpReceived'}), 202);
        case 'refused':
          return c.html(followUpPage(to, state.title, action, {text: state.text, problems: state.problems.map((p) => p.message)}), 400);
        case 'open':
          return c.html(followUpPage(to, state.title, action));
      }
    },
    {expired: (locale) => messagePage(reader(locale), 'linkTitle', {key: 'followUpExpired'})},
  );

  // Verified before anything is read from it; decisions wait in the queue for the job that acts on them.
  app.post('/webhooks/github', bodyLimit({maxSize: 1024 * 1024, onError: (c) => c.json({error: 'payload too large'}, 413)}), async (c) => {
    if (!config.webhookSecret || !config.githubApp) return c.json({error: 'webhooks are not configured'}, 503);
    const raw = await c.req.text();
    if (!validSignature(config.webhookSecret, raw, c.req.header('x-hub-signature-256'))) return c.json({error: 'invalid signature'}, 401);
    const delivery = c.req.header('x-github-delivery');
    if (!isDeliveryId(delivery)) return c.json({error: 'missing or malformed X-GitHub-Delivery'}, 400);
    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      return c.json({error: 'the payload is not JSON'}, 400);
    }
    const event = c.req.header('x-github-event');
    const decision = moderationDecision(event, payload, config.githubApp.moderationRepository);
    const withdrawal = moderationWithdrawal(event, payload, config.githubApp.moderationRepository);
    const answer = forumAnswer(event, payload, config.forumRepository);
    const act = decision ? queueDecision(decision) : withdrawal ? queueWithdrawal(withdrawal) : answer ? (tx: Sql) => recordAnswer(tx, answer, config.answersDelayMinutes) : null;
    const first = await recordDelivery(db, delivery, act);
    log.info('webhook', {event: event ?? null, duplicate: !first, decision: decision?.decision ?? null, withdrawal: withdrawal?.action ?? null, answer: answer?.kind ?? null});
    return c.json({status: first ? (act ? 'queued' : 'ignored') : 'duplicate'}, first && act ? 202 : 200);
  });

  app.notFound((c) => c.html(page(reader(requestLocale(c)), 'linkTitle', []), 404));
  return app;
}

/** The fields of a JSON object or a form; null when the body is neither. */
async function readBody(c: Context): Promise<Record<string, unknown> | null> {
  const type = c.req.header('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const json: unknown = await c.req.json();
      return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
    }
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) return await c.req.parseBody({all: true});
  } catch {
    return null;
  }
  return null;
}
