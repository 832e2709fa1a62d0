import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { MailTransport } from './mail.js';
import type { Role } from './enums.js';
import type { FailureLimiter } from './rate-limit.js';
import type { LocalCaches } from './local-caches.js';

/** Who is making a request: resolved once per request from the session cookie. */
export interface Actor {
  accountId: string;
  organisationId: string;
  role: Role;
  sessionTokenHash: string;
  /** Staff name, or a forum member's display name; null for participants. */
  displayName: string | null;
}

/** Long-lived state of one app instance, shared by its requests. */
export interface AppState {
  config: Config;
  log: Logger;
  mail: MailTransport;
  /** Short-lived caches, named and typed by their owners (survey definitions, screening rules). */
  caches: LocalCaches;
  limits: {
    signInByAccount: FailureLimiter;
    signInByIp: FailureLimiter;
    joinByIp: FailureLimiter;
    /** Failed receipt-code look-ups (trace/trace.service.ts): codes cannot be guessed online. */
    receiptByIp: FailureLimiter;
  };
}

export interface Context {
  em: EntityManager;
  actor: Actor | null;
  ip: string;
  request: FastifyRequest;
  reply: FastifyReply;
  log: Logger;
  app: AppState;
  /** Per-request DataLoaders (shared/loaders.ts). */
  loaders: Map<string, unknown>;
}
