import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AccessCode } from './identity/access-code.entity.js';
import { Account } from './identity/account.entity.js';
import { Organisation } from './identity/organisation.entity.js';
import { Session } from './identity/session.entity.js';
import { migrationsList } from './migrations/list.js';
import { Service } from './services/service.entity.js';
import { AuditEntry } from './shared/audit-entry.entity.js';
import { JobRun } from './shared/job-run.entity.js';
import { RateLimitFailure } from './shared/rate-limit-failure.entity.js';
import { SurveyResponse, Answer } from './surveys/response.entity.js';
import { Question, Survey } from './surveys/survey.entity.js';
import { Theme, ThemeInput } from './trace/theme.entity.js';
import { VoiceInput } from './voices/voice-input.entity.js';
import { ConsultationEvent } from './events/event.entity.js';
import { Forum } from './proposals/forum.entity.js';
import { Proposal, ProposalComment, ProposalTheme, Vote } from './proposals/proposal.entity.js';
import { ChangeUpdate, Decision, DecisionInput, DecisionProposal, DecisionTheme, Notification, ServiceChange, ServiceCohort } from './trace/decision.entity.js';
import { ConcernNote, SafeguardingConcern, ScreeningRuleSet } from './voices/concern.entity.js';
import { ReceiptFollow } from './trace/follow.entity.js';

/** Every entity, listed once: discovery by folder scan would differ between tsx, vitest and dist. */
export const entities = [
  Organisation,
  Account,
  Session,
  AccessCode,
  Service,
  AuditEntry,
  JobRun,
  RateLimitFailure,
  Survey,
  Question,
  SurveyResponse,
  Answer,
  VoiceInput,
  Theme,
  ThemeInput,
  ConsultationEvent,
  Forum,
  Proposal,
  ProposalTheme,
  Vote,
  ProposalComment,
  Decision,
  DecisionTheme,
  DecisionProposal,
  DecisionInput,
  ServiceChange,
  ChangeUpdate,
  ServiceCohort,
  Notification,
  SafeguardingConcern,
  ConcernNote,
  ScreeningRuleSet,
  ReceiptFollow,
];

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    // Identity maps are per request (em.fork() in the GraphQL context), never the global em.
    allowGlobalContext: false,
    // Fail fast instead of hanging when PostgreSQL is away; the pool recovers once it is back. Enough
    // connections that concurrent commits share PostgreSQL's group commit (fsync is the bottleneck).
    pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX) || 32, acquireTimeoutMillis: 5000, idleTimeoutMillis: 10_000 },
    driverOptions: { connection: { connectionTimeoutMillis: 3000, statement_timeout: 30_000 } },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'server/src/migrations',
      pathTs: 'server/src/migrations',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    debug: false,
    ...overrides,
  };
}

/** Connects and applies the committed migrations (never schema sync at runtime). */
export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  await orm.getMigrator().up();
  return orm;
}
