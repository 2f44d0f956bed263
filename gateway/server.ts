/**
 * `npm run gateway`: reads the configuration, opens and migrates the
 * database, serves HTTP and runs the queue, until SIGTERM or SIGINT; then it
 * stops accepting connections, lets requests and the job in hand finish, and
 * closes the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import {serve} from '@hono/node-server';
import {createApp} from './app';
import {ConfigError, loadConfig} from './config';
import {deriveKeys} from './crypto';
import {openDatabase} from './db/database';
import {migrate} from './db/migrate';
import {createLogger, errorFields} from './log';
import {createMailer} from './mail/mailer';
import {DEFAULT_CHALLENGE} from './questions/challenge';
import {STAMP} from './questions/stamp';
import {CONFIRMATION_JOB} from './questions/submit';
import {sendConfirmation} from './jobs/sendConfirmation';
import {housekeeping} from './questions/housekeeping';
import {followUpIssue, moderationIssue} from './jobs/moderationIssue';
import {FOLLOW_UP_JOB} from './questions/followUp';
import {moderationDecision} from './jobs/moderationDecision';
import {moderationWithdrawal} from './jobs/moderationWithdrawal';
import {DECISION_EMAIL_JOB} from './jobs/moderationSubjects';
import {moderatorCheck} from './github/moderators';
import {sendDecision} from './jobs/sendDecision';
import {sendAnswers} from './jobs/sendAnswers';
import {ANSWERS_JOB} from './questions/answers';
import {loadExperts} from './questions/answerTrust';
import {readAnswerComments} from './github/answerComments';
import {forumIds} from './github/forumDiscussion';
import {DECISION_JOB, WITHDRAWAL_JOB} from './github/webhook';
import {installationClient} from './github/client';
import {MODERATION_JOB} from './questions/confirm';
import {createWorker} from './queue/worker';
import {GITHUB_PACE} from './github/client';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Config, GitHubAppConfig} from './config';
import type {Database} from './db/database';
import type {Handler} from './queue/worker';
import type {Logger} from './log';
import type {Octokit} from '@octokit/rest';

/** The checkout (or the image's /app): `data/people/` lists the forum's experts. */
const ROOT = path.join(__dirname, '..');

/** How often unconfirmed questions past their link's expiry and old finished jobs are removed. */
const HOUSEKEEPING_MS = 10 * 60_000;

export type Running = {url: string; db: Database; drain: () => Promise<number>; stop: () => Promise<void>};

/** What tests change: more job kinds, an easier challenge, a shorter wait before the page without JavaScript is sent back, the log's destination, no polling worker. */
export type StartOptions = {handlers?: Record<string, Handler>; challenge?: Partial<typeof DEFAULT_CHALLENGE>; stampMinSeconds?: number; writeLog?: (line: string) => void; poll?: boolean};

export async function startGateway(env: Record<string, string | undefined>, options: StartOptions = {}): Promise<Running> {
  const log = createLogger(options.writeLog);
  const config = loadConfig(env);
  // Whatever the configuration: the embedded database and the outbox live there, and an operator's own secret writes nothing that would create it.
  fs.mkdirSync(config.dataDir, {recursive: true});
  const experts = loadExperts(ROOT);
  const db = await openDatabase({databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, 'db')});
  const applied = await migrate(db);
  const keys = deriveKeys(config.secret);
  const mailer = createMailer({smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, 'outbox'), from: config.mailFrom});
  const forum = config.githubApp ? installationClient(config.githubApp, config.githubApiUrl, config.forumRepository) : null;
  const readComments = async (ids: readonly string[]) => {
    // Thrown, the job is retried with backoff until the App is configured.
    if (!forum) throw new Error('The GitHub App is not configured: the answers email waits for it');
    return readAnswerComments((await forum()).graphql, ids);
  };
  const worker = createWorker({
    db,
    log,
    paces: [GITHUB_PACE],
    handlers: {
      [CONFIRMATION_JOB]: sendConfirmation({db, keys, mailer, gatewayUrl: config.gatewayUrl, log}),
      [DECISION_EMAIL_JOB]: sendDecision({db, keys, mailer, gatewayUrl: config.gatewayUrl, hubUrl: config.hubUrl}),
      [ANSWERS_JOB]: sendAnswers({db, keys, mailer, gatewayUrl: config.gatewayUrl, hubUrl: config.hubUrl, delayMinutes: config.answersDelayMinutes, experts, readComments}),
      // Without the App, confirmed questions wait in the queue until it is configured.
      ...(config.githubApp && forum ? githubHandlers(db, config.githubApp, forum, config, log) : {}),
      ...options.handlers,
    },
  });
  const app = createApp({config, db, keys, log, challenge: {secret: keys.challenge, ...DEFAULT_CHALLENGE, ...options.challenge}, stampMinSeconds: options.stampMinSeconds ?? STAMP.minSeconds, now: () => new Date()});
  const server = serve({fetch: app.fetch, port: config.port, hostname: config.host});
  await new Promise<void>((resolve) => server.once('listening', resolve));
  if (options.poll !== false) worker.start();
  const tidy = () => housekeeping(db, config.retentionDays).then((removed) => log.info('housekeeping', removed), (error: unknown) => log.error('housekeeping-failed', errorFields(error)));
  const tidying = options.poll === false ? undefined : setInterval(() => void tidy(), HOUSEKEEPING_MS);
  const {port} = server.address() as AddressInfo;
  log.info('started', {port, database: db.engine, mail: mailer.mode, migrations: applied.length, production: config.production});
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    drain: worker.drain,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as Server).closeIdleConnections();
      });
      clearInterval(tidying);
      await worker.stop();
      mailer.close();
      await db.close();
      log.info('stopped');
    },
  };
}

/** The jobs that need the GitHub App; the moderation and forum repositories may be different installations. */
function githubHandlers(db: Database, app: GitHubAppConfig, forumClient: () => Promise<Octokit>, config: Config, log: Logger): Record<string, Handler> {
  const moderation = {github: installationClient(app, config.githubApiUrl, app.moderationRepository), repository: app.moderationRepository};
  const forum = {github: forumClient, repository: config.forumRepository, ids: forumIds(config.forumRepository, config.forumCategory)};
  const decisions = {db, moderation, forum, isModerator: moderatorCheck(config.moderators, app.moderationRepository), log};
  return {
    [MODERATION_JOB]: moderationIssue({db, ...moderation}),
    [FOLLOW_UP_JOB]: followUpIssue({db, ...moderation}),
    [DECISION_JOB]: moderationDecision(decisions),
    [WITHDRAWAL_JOB]: moderationWithdrawal(decisions),
  };
}

if (require.main === module) {
  startGateway(process.env).then(
    (running) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`${signal}: finishing requests and the job in hand…\n`);
        running.stop().then(() => process.exit(0), () => process.exit(1));
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    },
    (error: unknown) => {
      process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `The gateway could not start: ${JSON.stringify(errorFields(error))} ${(error as Error).message ?? ''}\n`);
      process.exit(1);
    },
  );
}
