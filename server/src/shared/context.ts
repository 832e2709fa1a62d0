import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { MailTransport } from './mail.js';
import type { ReplicaReads } from './replicas.js';
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
  /** Where reporting queries read from: a streaming replica while it keeps up, else the primary. */
  reports: ReplicaReads;
  /** The learned screening layer (voices/screening/classifier.ts): SCREENING_MODEL when configured, else the built-in model. */
  classifier: { version: string; threshold: number; score(text: string): number };
  limits: {
    signInByAccount: FailureLimiter;
    signInByIp: FailureLimiter;
    joinByIp: FailureLimiter;
    /** Failed joins by the code's first two characters, from every address together. */
    joinByPrefix: FailureLimiter;
    /** Failed receipt-code look-ups (trace/trace.service.ts): codes cannot be guessed online. */
    receiptByIp: FailureLimiter;
    /** Password-reset emails per address and per IP: nobody can flood an inbox through Heard. */
    resetByAccount: FailureLimiter;
    resetByIp: FailureLimiter;
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
