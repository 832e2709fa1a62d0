import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Every setting Heard reads from the environment, validated once at boot (README: Configuration). */
export interface Config {
  port: number;
  host: string;
  /** Set to use a PostgreSQL server; unset starts embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  /**
   * The role requests connect as (row-level security applies to it). Unset: heard_app on the
   * owner's server, created and given a derived password at boot (database.ts, prepareAppRole).
   */
  databaseAppUrl: string | undefined;
  /** Streaming replicas for reporting reads (DATABASE_REPLICA_URLS, comma-separated); none by default. */
  databaseReplicaUrls: string[];
  /** Past this lag, reports read from the primary until the replicas catch up. */
  replicaMaxLagMs: number;
  dataDir: string;
  nodeEnv: NodeEnv;
  /** Keys the HMACs that make session tokens and access codes unreadable in the database. */
  sessionSecret: string;
  logLevel: LogLevel;
  demoPassword: string;
  /** Load demo organisations into an empty database (never in production). */
  seedDemo: boolean;
  /** Mark cookies Secure. Defaults to true in production (Heard runs behind TLS there). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (for client IPs in rate limits, and TLS detection). */
  trustProxy: boolean;
  sessionTtlHours: number;
  /** How long a participant's or forum member's device stays signed in. */
  memberSessionDays: number;
  /** Where the built client is served from; empty disables static serving. */
  clientDir: string;
  /** How emails are sent: written to the log, appended to DATA_DIR/mail/outbox.jsonl, or over SMTP. */
  mailTransport: 'console' | 'file' | 'smtp';
  /** smtp(s)://user:pass@host:port, required when mailTransport is smtp. */
  smtpUrl: string | undefined;
  /** The From address of every email. */
  mailFrom: string;
  /** The address people reach Heard at, for links in emails (invitations, password resets). */
  publicUrl: string;
  /** Tick background jobs in this instance (they fire once across instances); off in tests unless asked. */
  runJobs: boolean;
  /** A stronger screening model (JSON, voices/screening/classifier.ts) used instead of the built-in one. */
  screeningModel: string | undefined;
}

export class ConfigError extends Error {}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DEV_SECRET = 'heard-development-secret-not-for-production';

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function mailTransport(raw: string | undefined): 'console' | 'file' | 'smtp' {
  if (!raw || raw === 'console') return 'console';
  if (raw === 'file' || raw === 'smtp') return raw;
  throw new ConfigError(`MAIL_TRANSPORT must be console, file or smtp (got "${raw}")`);
}

function smtpUrl(transport: string, raw: string | undefined): string | undefined {
  if (transport !== 'smtp') return raw || undefined;
  if (!raw || !/^smtps?:\/\//.test(raw)) throw new ConfigError('SMTP_URL must be set to smtp://… or smtps://… when MAIL_TRANSPORT=smtp');
  return raw;
}

function replicaUrls(raw: string | undefined): string[] {
  const urls = (raw ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas (got "${url}")`);
  }
  return urls;
}

/** Reads and validates the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (env.NODE_ENV || 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';
  const logLevel = (env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const sessionSecret = env.SESSION_SECRET || (production ? '' : DEV_SECRET);
  if (sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be set to at least 32 characters in production');
  }
  const dataDir = resolve(env.DATA_DIR || '.data');
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databaseReplicaUrls: replicaUrls(env.DATABASE_REPLICA_URLS),
    replicaMaxLagMs: int(env, 'REPLICA_MAX_LAG_MS', 5000, 0, 3_600_000),
    dataDir,
    nodeEnv,
    sessionSecret,
    logLevel,
    demoPassword: env.DEMO_PASSWORD || 'heard-demo',
    seedDemo: !production && bool(env, 'SEED_DEMO', true),
    secureCookies: bool(env, 'SECURE_COOKIES', production),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    memberSessionDays: int(env, 'MEMBER_SESSION_DAYS', 90, 1, 365),
    clientDir: env.CLIENT_DIR ?? resolve(import.meta.dirname, '../../client/dist'),
    mailTransport: mailTransport(env.MAIL_TRANSPORT),
    smtpUrl: smtpUrl(mailTransport(env.MAIL_TRANSPORT), env.SMTP_URL),
    mailFrom: env.MAIL_FROM || 'Heard <no-reply@heard.invalid>',
    runJobs: bool(env, 'RUN_JOBS', nodeEnv !== 'test'),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT || 4000}`).replace(/\/$/, ''),
    screeningModel: env.SCREENING_MODEL ? resolve(env.SCREENING_MODEL) : undefined,
  };
}
