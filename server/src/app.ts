import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { safeLogger } from './shared/log-safe.js';
import type { Config } from './config.js';
import { resolveActor } from './identity/identity.service.js';
import { SESSION_COOKIE } from './identity/session-cookie.js';
import { heardSchema } from './schema.js';
import { DEFAULT_RULES_EN } from './voices/screening/rules.en.js';
import { screenText } from './voices/screening/screening.js';
import { CONSULTATION_STAFF } from './shared/auth.js';
import { Role } from './shared/enums.js';
import { exportSurveyResultsCsv } from './surveys/survey-export.js';
import { exportParticipant } from './lifecycle/participant.service.js';
import type { AppState, Context } from './shared/context.js';
import { databaseUnavailable, formatError, isConnectionError } from './shared/errors.js';
import { FailureLimiter } from './shared/rate-limit.js';
import { isUuid } from './shared/input-guard.js';
import { LocalCaches } from './shared/local-caches.js';
import { jobs } from './jobs.js';
import { CacheBus } from './shared/cache-bus.js';
import { forgetAccount, forgetToken } from './identity/session-cache.js';
import { startJobs } from './shared/jobs.js';
import { consoleTransport, fileTransport, smtpTransport, type MailTransport } from './shared/mail.js';

export interface AppOptions {
  orm: MikroORM;
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
export async function createApp({ orm, config, logger = createLogger(config), mail }: AppOptions): Promise<FastifyInstance> {
  const production = config.nodeEnv === 'production';
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
    limits: {
      signInByAccount: new FailureLimiter('signInByAccount', 5, 15 * MINUTE),
      signInByIp: new FailureLimiter('signInByIp', 50, 15 * MINUTE),
      joinByIp: new FailureLimiter('joinByIp', 20, 10 * MINUTE),
      receiptByIp: new FailureLimiter('receiptByIp', 20, 10 * MINUTE),
    },
  };

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
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
      return { status: 'ready', database: 'up' };
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
  if (config.runJobs) {
    const stopJobs = startJobs(orm, state, jobs);
    app.addHook('onClose', stopJobs);
  }
  // Compile the default screening rules now rather than on the first child's submission.
  screenText('', [DEFAULT_RULES_EN]);
  app.addHook('onClose', async () => apollo.stop());

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/graphql')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request, reply): Promise<Context> => {
        // A fresh identity map per request; never the global em.
        const em = orm.em.fork();
        try {
          const actor = await resolveActor(em, config.sessionSecret, request.cookies[SESSION_COOKIE]);
          return { em, actor, ip: request.ip, request, reply, log: request.log as Logger, app: state, loaders: new Map() };
        } catch (error) {
          if (isConnectionError(error)) {
            const e = databaseUnavailable();
            e.extensions.http = { status: 503 };
            throw e;
          }
          throw error;
        }
      },
    }),
  });

  // Downloads a browser opens directly (a GraphQL response cannot be saved as a file). Same
  // session cookie, same role and organisation checks as the API.
  app.get<{ Params: { id: string } }>('/exports/surveys/:id/results.csv', async (request, reply) => {
    const em = orm.em.fork();
    const actor = await resolveActor(em, config.sessionSecret, request.cookies[SESSION_COOKIE]);
    if (!actor) return reply.code(401).send({ error: 'Please sign in first.', code: 'UNAUTHENTICATED' });
    if (!CONSULTATION_STAFF.includes(actor.role)) return reply.code(403).send({ error: 'You do not have permission to do that.', code: 'FORBIDDEN' });
    if (!isUuid(request.params.id)) return reply.code(404).send({ error: 'Survey was not found.', code: 'NOT_FOUND' });
    try {
      const { filename, csv } = await exportSurveyResultsCsv(em, actor, request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send('\uFEFF' + csv);
    } catch (error: any) {
      if (error?.extensions?.code === 'NOT_FOUND') return reply.code(404).send({ error: error.message, code: 'NOT_FOUND' });
      throw error;
    }
  });

  // A subject access request: everything held about one participant or forum member (ADMIN; audited).
  app.get<{ Params: { id: string } }>('/exports/participants/:id', async (request, reply) => {
    const match = /^(.+)\.json$/.exec(request.params.id);
    if (!match) return reply.code(404).send({ error: 'Not found', code: 'NOT_FOUND' });
    const em = orm.em.fork();
    const actor = await resolveActor(em, config.sessionSecret, request.cookies[SESSION_COOKIE]);
    if (!actor) return reply.code(401).send({ error: 'Please sign in first.', code: 'UNAUTHENTICATED' });
    if (actor.role !== Role.ADMIN) return reply.code(403).send({ error: 'You do not have permission to do that.', code: 'FORBIDDEN' });
    try {
      const data = await exportParticipant(em, actor, match[1]);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="participant-${match[1]}.json"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    } catch (error: any) {
      if (error?.extensions?.code === 'NOT_FOUND') return reply.code(404).send({ error: error.message, code: 'NOT_FOUND' });
      throw error;
    }
  });

  const clientDir = config.clientDir;
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      setHeaders: (res, path) => {
        res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes: any other GET for a page answers with the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not found' });
    });
  }

  return app;
}

function mailFor(config: Config, logger: Logger): MailTransport {
  if (config.mailTransport === 'smtp') return smtpTransport(config.smtpUrl!, config.mailFrom);
  if (config.mailTransport === 'file') return fileTransport(config.dataDir);
  return consoleTransport(logger);
}
