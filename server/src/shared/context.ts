import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { SurveyDefinition } from '../surveys/survey-submission.js';
import type { Role } from './enums.js';
import type { FailureLimiter } from './rate-limit.js';

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
  /** Published surveys' frozen questions, cached briefly (surveys/survey-submission.ts). */
  surveyDefinitions: Map<string, { at: number; definition: SurveyDefinition }>;
  limits: {
    signInByAccount: FailureLimiter;
    signInByIp: FailureLimiter;
    joinByIp: FailureLimiter;
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
