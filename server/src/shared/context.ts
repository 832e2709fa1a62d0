import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { MailTransport } from './mail.js';
import type { ReplicaReads } from './replicas.js';
import type { RuleSet } from '../voices/screening/screening.js';
import type { Classifier } from '../voices/screening/classifier.js';
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
  log: Logger;
  mail: MailTransport;
  /** Where reporting queries read from: a streaming replica while it keeps up, else the primary. */
  reports: ReplicaReads;
  /** Published surveys' frozen questions, cached briefly (surveys/survey-submission.ts). */
  surveyDefinitions: Map<string, { at: number; definition: SurveyDefinition }>;
  /** Each organisation's screening rules and concern deadlines, cached briefly (voices/screening/screen-inputs.ts). */
  screening: Map<string, { at: number; ruleSets: RuleSet[]; deadlines: { high_concern_due_minutes: number; medium_concern_due_working_days: number } }>;
  /** The learned screening layer: SCREENING_MODEL when configured, else the built-in model. */
  classifier: Classifier;
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
