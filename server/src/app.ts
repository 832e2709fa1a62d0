import 'reflect-metadata';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import helmet from 'helmet';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { safeLogger } from './shared/log-safe.js';
import type { Config } from './config.js';
import { JOIN_LIMITS, resolveActor } from './identity/identity.service.js';
import { registerOidcRoutes } from './identity/oidc.js';
import { SESSION_COOKIE } from './identity/session-cookie.js';
import { heardSchema } from './schema.js';
import { classifierFor } from './voices/screening/classifier.js';
import { BUILT_IN_RULE_SETS } from './voices/screening/layers.js';
import { screenText } from './voices/screening/screening.js';
import { CONSULTATION_STAFF } from './shared/auth.js';
import { Role } from './shared/enums.js';
import { auditSurveyExport, exportSurveyResultsCsv } from './surveys/survey-export.js';
import { SURVEY_PAGE_QUERY, surveyPage, type PageSurvey, type Words } from './surveys/survey-page.js';
import { pickLanguage } from './shared/language.js';
import { exportParticipant } from './lifecycle/participant.service.js';
import type { Actor, AppState, Context } from './shared/context.js';
import { databaseUnavailable, formatError, isConnectionError } from './shared/errors.js';
import { FailureLimiter } from './shared/rate-limit.js';
import { isUuid } from './shared/input-guard.js';
import { LocalCaches } from './shared/local-caches.js';
import { jobs } from './jobs.js';
import { CacheBus } from './shared/cache-bus.js';
import { forgetAccount, forgetToken } from './identity/session-cache.js';
import { startJobs } from './shared/jobs.js';
import { consoleTransport, fileTransport, smtpTransport, type MailTransport } from './shared/mail.js';
import { prepareAppRole } from './database.js';
import { openAppOrm } from './orm.js';
import { ReplicaReads, replicaUrlAs } from './shared/replicas.js';
import { inRequestTransaction } from './shared/tenancy.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** A GraphQL request's context, set when its transaction begins. */
    heardContext: Context | null;
  }
}

export interface AppOptions {
  /** Connected as the database owner: used at start only, to prepare the app role. */
  orm: MikroORM;
  /** Connected as the app role, for requests; by default opened from DATABASE_APP_URL (or derived). */
  appOrm?: MikroORM;
  config: Config;
  logger?: Logger;
  /** Defaults to MAIL_TRANSPORT: the log (console), DATA_DIR/mail/outbox.jsonl (file) or SMTP_URL (smtp). */
  mail?: MailTransport;
}

const MINUTE = 60_000;

export function createLogger(config: Config, destination?: DestinationStream): Logger {
  // Errors by class, code, constraint and table only; requests without their query string (shared/log-safe.ts).
  return safeLogger({ level: config.logLevel, base: { app: 'heard' }, redact: ['req.headers.cookie', 'res.headers["set-cookie"]'] }, destination);
}

/** Apollo's own messages embed the errors they report (`Unexpected error processing request: ${error}`): keep the fixed part. */
function apolloLogger(logger: Logger) {
  const line = (level: 'debug' | 'info' | 'warn' | 'error') => (message: unknown) =>
    message instanceof Error ? logger[level]({ err: message }, 'apollo') : logger[level]({ apollo: String(message).split(':')[0].slice(0, 120) }, 'apollo');
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

/**
 * Builds Heard's HTTP server: GraphQL at /graphql (Apollo on Fastify), health checks, and the built
 * client at /. One factory for main.ts and the tests; nothing listens until the caller says so.
 */
export async function createApp({ orm: ownerOrm, appOrm, config, logger = createLogger(config), mail }: AppOptions): Promise<FastifyInstance> {
  const production = config.nodeEnv === 'production';
  // Requests never use the owner: they connect as a role that row-level security applies to.
  const orm = appOrm ?? (await openAppRoleOrm(ownerOrm, config));
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });

  const state: AppState = {
    config,
    log: logger,
    mail: mail ?? mailFor(config, logger),
    caches: new LocalCaches(),
    reports: new ReplicaReads(orm, config.replicaMaxLagMs, logger),
    // Loaded now so a missing or malformed SCREENING_MODEL stops the start, not a child's submission.
    classifier: classifierFor(config.screeningModel),
    limits: {
      signInByAccount: new FailureLimiter('signInByAccount', 5, 15 * MINUTE),
      signInByIp: new FailureLimiter('signInByIp', 50, 15 * MINUTE),
      // Join codes: see JOIN_LIMITS in identity/identity.service.ts for the arithmetic.
      joinByIp: new FailureLimiter('joinByIp', JOIN_LIMITS.perAddress, JOIN_LIMITS.windowMs),
      joinByPrefix: new FailureLimiter('joinByPrefix', JOIN_LIMITS.perPrefix, JOIN_LIMITS.windowMs),
      receiptByIp: new FailureLimiter('receiptByIp', 20, 10 * MINUTE),
      resetByAccount: new FailureLimiter('resetByAccount', 3, 60 * MINUTE),
      resetByIp: new FailureLimiter('resetByIp', 20, 15 * MINUTE),
    },
  };

  await app.register(fastifyCookie);
  // Helmet's middleware, built once: the Fastify wrapper builds it again on every request (its
  // directives parsed each time), a cost every submission paid.
  const securityHeaders = helmet({
    // Nothing from anywhere else: no CDNs, fonts or analytics on any page.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    strictTransportSecurity: production,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));

  // Outside GraphQL (downloads): a 5xx says nothing of the error (its message may hold SQL and
  // values); it is logged by class and code like any other (shared/log-safe.ts).
  app.setErrorHandler((error: any, request, reply) => {
    const status = typeof error?.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(isConnectionError(error) ? 503 : 500).send({ error: 'Something went wrong on our side.', code: isConnectionError(error) ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR' });
    }
    return reply.code(status).send({ error: error.message, code: error.code ?? 'BAD_REQUEST' });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      // Reports read from replicas while they keep up; "lagging" means they read from the primary.
      const replicas = config.databaseReplicaUrls.length ? (state.reports.inUse ? 'in use' : 'lagging') : 'none';
      return { status: 'ready', database: 'up', replicas };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'down' });
    }
  });

  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 5000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema: await heardSchema(),
    // Armor's types come from Apollo's CommonJS build; the plugins are the same objects. No drain
    // plugin: fastify.close() drains in-flight requests itself, then stops Apollo (onClose below).
    plugins: armor.plugins as unknown as ApolloServerPlugin<Context>[],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    logger: apolloLogger(logger),
    formatError: (formatted, error) => formatError(formatted, error, (e) => logger.error({ err: e }, 'unexpected error')),
  });
  await apollo.start();
  // Changes committed by any instance reach this one's caches (shared/cache-bus.ts).
  const bus = new CacheBus(orm.config.get('clientUrl') ?? null, logger);
  const forget = <V>(map: Map<string, V>) => (key: string) => (key === '*' ? map.clear() : map.delete(key));
  bus.on('session', forgetToken);
  bus.on('account', forgetAccount);
  bus.on('survey', forget(state.caches.of('survey-definitions')));
  bus.on('organisation', forget(state.caches.of('screening')));
  await bus.start();
  app.addHook('onClose', () => bus.close());
  state.reports.start();
  app.addHook('onClose', async () => state.reports.stop());
  if (config.runJobs) {
    const stopJobs = startJobs(orm, state, jobs);
    app.addHook('onClose', stopJobs);
  }
  // Compile the default screening rules now rather than on the first child's submission.
  screenText('', BUILT_IN_RULE_SETS);
  app.addHook('onClose', async () => {
    await apollo.stop();
    if (!appOrm) await orm.close();
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/graphql')) reply.header('cache-control', 'no-store');
    return payload;
  });
  const unavailable = (reply: FastifyReply) => {
    const e = databaseUnavailable();
    return reply.code(503).header('content-type', 'application/json; charset=utf-8').send({ errors: [{ message: e.message, extensions: e.extensions }] });
  };
  // The request's context is kept on the request itself, not in a WeakMap keyed by the request: the
  // context points back at the request, and V8's young-generation collections treat a WeakMap's
  // values as strong, so every request's objects would outlive them and wait for a full collection.
  app.decorateRequest('heardContext', null);
  const graphql = fastifyApolloHandler(apollo, {
    context: async (request): Promise<Context> => {
      const context = request.heardContext!;
      try {
        context.actor = await resolveActor(context.em, config.sessionSecret, request.cookies[SESSION_COOKIE]);
        return context;
      } catch (error) {
        if (isConnectionError(error)) {
          const e = databaseUnavailable();
          e.extensions.http = { status: 503 };
          throw e;
        }
        throw error;
      }
    },
  });
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // Each request is one transaction on one connection, with its organisation set on it
    // (shared/tenancy.ts); it commits before the response leaves.
    handler: async (request, reply) => {
      try {
        const { result, aborted } = await inRequestTransaction(orm, async (em) => {
          request.heardContext = { em, actor: null, ip: request.ip, request, reply, log: request.log as Logger, app: state, loaders: new Map() };
          return graphql.call(app, request as any, reply as any) as Promise<unknown>;
        });
        if (aborted && typeof result === 'string' && !JSON.parse(result).errors) {
          // A statement failed and was caught, so nothing of this request was kept: never report success.
          request.log.error('a statement failed inside a request that reported success; rolled back');
          return reply.code(500).send({ errors: [{ message: 'Something went wrong on our side. Nothing was saved; please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        }
        return result;
      } catch (error) {
        if (isConnectionError(error)) return unavailable(reply);
        throw error;
      }
    },
  });

  // Single sign-on with the organisation's identity provider (OpenID Connect, PKCE, state and nonce).
  registerOidcRoutes(app, orm, state);

  // Downloads a browser opens directly (a GraphQL response cannot be saved as a file). Same
  // session cookie, same role and organisation checks as the API, one transaction under the
  // actor's organisation as every request (shared/tenancy.ts). The file leaves only once that
  // transaction has committed, so its audit entry is in before anyone holds the data.
  interface Download {
    status: number;
    body: string | { error: string; code: string };
    headers?: Record<string, string>;
  }
  const refused = (status: number, code: string, error: string): Download => ({ status, body: { error, code } });
  const attachment = (type: string, filename: string, body: string): Download => ({
    status: 200,
    body,
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  });
  async function download(request: FastifyRequest, reply: FastifyReply, roles: readonly Role[], make: (em: EntityManager, actor: Actor) => Promise<Download>) {
    const { result, aborted } = await inRequestTransaction(orm, async (em): Promise<Download> => {
      const actor = await resolveActor(em, config.sessionSecret, request.cookies[SESSION_COOKIE]);
      if (!actor) return refused(401, 'UNAUTHENTICATED', 'Please sign in first.');
      if (!roles.includes(actor.role)) return refused(403, 'FORBIDDEN', 'You do not have permission to do that.');
      try {
        return await make(em, actor);
      } catch (error: any) {
        if (error?.extensions?.code === 'NOT_FOUND') return refused(404, 'NOT_FOUND', error.message);
        throw error;
      }
    });
    if (aborted) return reply.code(500).send({ error: 'Something went wrong; please try again.', code: 'INTERNAL_SERVER_ERROR' });
    return reply.code(result.status).headers(result.headers ?? {}).send(result.body);
  }

  app.get<{ Params: { id: string } }>('/exports/surveys/:id/results.csv', (request, reply) =>
    download(request, reply, CONSULTATION_STAFF, async (em, actor) => {
      if (!isUuid(request.params.id)) return refused(404, 'NOT_FOUND', 'Survey was not found.');
      const { filename, csv, surveyId } = await state.reports.read(em, actor.organisationId, (em) => exportSurveyResultsCsv(em, actor, request.params.id));
      await auditSurveyExport(em, actor, surveyId);
      return attachment('text/csv; charset=utf-8', filename, '\uFEFF' + csv);
    }),
  );

  // A subject access request: everything held about one participant or forum member (ADMIN; audited).
  app.get<{ Params: { id: string } }>('/exports/participants/:id', (request, reply) =>
    download(request, reply, [Role.ADMIN], async (em, actor) => {
      const match = /^(.+)\.json$/.exec(request.params.id);
      if (!match || !isUuid(match[1])) return refused(404, 'NOT_FOUND', 'Not found');
      const data = await exportParticipant(em, actor, match[1]);
      return attachment('application/json; charset=utf-8', `participant-${match[1]}.json`, JSON.stringify(data, null, 2));
    }),
  );

  const clientDir = config.clientDir;
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      // The build writes .br and .gz beside each text file (client/build-plugins.ts): sent as they
      // are to browsers that accept them, so nothing is compressed per request.
      preCompressed: true,
      setHeaders: (res, path) => {
        res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const hasSurveyShell = existsSync(join(clientDir, 'survey.html'));
    // The shell and the words for a survey's first screen (surveys/survey-page.ts), read again only
    // when a new build has replaced them (the shell names that build's hashed files).
    let surveyFiles: { at: number; shell: string; words: Words } | null = null;
    const firstScreenFiles = () => {
      const at = statSync(join(clientDir, 'survey.html'), { throwIfNoEntry: false })?.mtimeMs;
      if (at === undefined || !existsSync(join(clientDir, 'survey-words.json'))) return null;
      if (surveyFiles?.at !== at) {
        surveyFiles = { at, shell: readFileSync(join(clientDir, 'survey.html'), 'utf8'), words: JSON.parse(readFileSync(join(clientDir, 'survey-words.json'), 'utf8')) };
      }
      return surveyFiles;
    };
    /**
     * A survey link's page with its first screen written in, or null for the plain shell (a code that
     * finds no open survey anyone may answer, or a database that does not answer within a second:
     * the page then asks for the survey itself, or shows the copy this phone kept).
     */
    async function surveyLinkPage(request: FastifyRequest, reply: FastifyReply, segment: string): Promise<string | null> {
      const files = firstScreenFiles();
      if (!files) return null;
      const code = decodeURIComponent(segment);
      const language = pickLanguage(request.headers['accept-language']);
      const read = inRequestTransaction(orm, (em) =>
        apollo.executeOperation<{ surveyByShareCode: PageSurvey | null }>(
          { query: SURVEY_PAGE_QUERY, variables: { code, language } },
          // Nobody's session is read: the page is the same for everyone who has the link.
          { contextValue: { em, actor: null, ip: request.ip, request, reply, log: request.log as Logger, app: state, loaders: new Map() } },
        ),
      ).then(({ result }) => (result.body.kind === 'single' && !result.body.singleResult.errors ? (result.body.singleResult.data?.surveyByShareCode ?? null) : null));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 1000)));
      try {
        const survey = await Promise.race([read, late]);
        return surveyPage(files.shell, files.words, language, code, survey);
      } catch (error) {
        request.log.warn({ err: error }, 'survey page without its first screen');
        return null;
      } finally {
        clearTimeout(timer);
        read.catch(() => {}); // a late failure has nobody left to tell
      }
    }
    // Client-side routes: any other GET for a page answers with the app shell.
    app.setNotFoundHandler(async (request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) {
        const survey = /^\/s\/([^/?#]+)\/?(?:[?#]|$)/.exec(request.url);
        if (survey) {
          // The first screen is in the language Accept-Language asks for, so caches keep a copy per language.
          reply.header('vary', 'accept-language');
          const page = await surveyLinkPage(request, reply, survey[1]).catch(() => null);
          if (page) return sendCompressed(request, reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8'), page);
        }
        // A survey link gets the shell that preloads the survey page's chunks, when the build made one.
        const shell = request.url.startsWith('/s/') && hasSurveyShell ? 'survey.html' : 'index.html';
        return reply.header('cache-control', 'no-cache').sendFile(shell);
      }
      return reply.code(404).send({ error: 'Not found' });
    });
  }

  return app;
}

/**
 * A page made for this request, compressed as the browser accepts: brotli at a quality that takes
 * about a millisecond for a page, else gzip. (Files of the build are compressed once, at build time.)
 */
function sendCompressed(request: FastifyRequest, reply: FastifyReply, body: string) {
  const accepts = String(request.headers['accept-encoding'] ?? '');
  reply.header('vary', [reply.getHeader('vary'), 'accept-encoding'].filter(Boolean).join(', '));
  if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }));
  if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(gzipSync(body));
  return reply.send(body);
}

/** The mail transport MAIL_TRANSPORT names (also used by command-line tools). */
export function mailFor(config: Config, logger: Logger): MailTransport {
  if (config.mailTransport === 'smtp') return smtpTransport(config.smtpUrl!, config.mailFrom);
  if (config.mailTransport === 'file') return fileTransport(config.dataDir);
  return consoleTransport(logger);
}

/**
 * The ORM requests use: connected as the app role (prepared by the owner), with the streaming replicas
 * that reports may read from. Reads go to a replica only when asked (ReplicaReads.read), never by default.
 */
async function openAppRoleOrm(ownerOrm: MikroORM, config: Config): Promise<MikroORM> {
  const appUrl = await prepareAppRole(ownerOrm.config.get('clientUrl')!, config.databaseAppUrl);
  return openAppOrm(appUrl, {
    replicas: config.databaseReplicaUrls.map((url, i) => ({ name: `replica-${i + 1}`, clientUrl: replicaUrlAs(url, appUrl) })),
    preferReadReplicas: false,
  });
}
