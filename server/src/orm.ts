import { TransactionContext, type Configuration, type Transaction } from '@mikro-orm/core';
import { MikroORM, PostgreSqlConnection, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AccessCode } from './identity/access-code.entity.js';
import { AccountToken } from './identity/account-token.entity.js';
import { OidcLogin } from './identity/oidc-login.entity.js';
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
import { ChangeUpdate, Decision, DecisionInput, DecisionProposal, DecisionTheme, DecisionVersion, Notification, ServiceChange, ServiceCohort } from './trace/decision.entity.js';
import { ConcernNote, SafeguardingConcern, ScreeningRuleSet } from './voices/concern.entity.js';
import { ReceiptFollow } from './trace/follow.entity.js';
import { SurveyCount } from './surveys/survey-count.entity.js';
import { markFailed } from './shared/tenancy.js';
import { HoldingClient } from './holding-client.js';
import { LightTransaction } from './light-transaction.js';

/** Every entity, listed once: discovery by folder scan would differ between tsx, vitest and dist. */
export const entities = [
  Organisation,
  Account,
  Session,
  AccessCode,
  AccountToken,
  OidcLogin,
  Service,
  AuditEntry,
  JobRun,
  RateLimitFailure,
  Survey,
  Question,
  SurveyResponse,
  Answer,
  SurveyCount,
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
  DecisionVersion,
  ServiceChange,
  ChangeUpdate,
  ServiceCohort,
  Notification,
  SafeguardingConcern,
  ConcernNote,
  ScreeningRuleSet,
  ReceiptFollow,
];

/**
 * Queries that name no transaction (`em.getConnection().execute(sql)`, used throughout for raw SQL)
 * would otherwise go to any pooled connection, where the organisation set on the request's
 * transaction does not apply. Here they go to the innermost transaction of the async context (the
 * request's, or an `em.transactional` block's) while it is open. A failed statement is noted, so
 * the request does not try to commit a transaction PostgreSQL has already aborted.
 *
 * A transaction is one connection, and a connection runs one query at a time: reads a service
 * starts together (`Promise.all`) are queued here, one after another, rather than handed to pg at
 * once (which pg 8 queues with a deprecation warning and pg 9 refuses).
 */
class TenantConnection extends PostgreSqlConnection {
  /** Per open transaction, the last query sent to it (settled either way). */
  private readonly tails = new WeakMap<object, Promise<unknown>>();

  override createKnex(): void {
    super.createKnex();
    // Connections are HoldingClients (holding-client.ts): BEGIN and the organisation go with the first statement.
    const client = (this.client as any).client;
    client.driver = Object.assign(Object.create(client.driver), { Client: HoldingClient });
    // Top-level transactions hand out a small transactor, not a knex instance each (light-transaction.ts).
    const knexTransaction = client.transaction;
    client.transaction = function (container: unknown, config: unknown, outerTx: unknown) {
      return outerTx ? knexTransaction.call(this, container, config, outerTx) : new LightTransaction(this, container, config);
    };
  }

  /**
   * Sends `sql`, whose result nobody reads, with the transaction's next statement (after those
   * already queued), in the same message: shared/tenancy.ts sets the organisation this way.
   */
  async hold(trx: Transaction, sql: string): Promise<void> {
    await this.inTurn(trx, async () => ((await (trx as any).client.acquireConnection()) as HoldingClient).hold(sql));
  }

  /** Runs `work` on `trx` once everything queued on it before has settled. */
  private inTurn<T>(trx: object, work: () => Promise<T>): Promise<T> {
    const tail = this.tails.get(trx);
    const result = tail ? tail.then(work) : work();
    this.tails.set(trx, result.catch(() => undefined));
    return result;
  }

  override async execute(query: any, params?: unknown[], method?: 'all' | 'get' | 'run', ctx?: Transaction, loggerContext?: any): Promise<any> {
    let trx = ctx;
    if (!trx) {
      const open = TransactionContext.currentTransactionContext()?.em.getTransactionContext<any>();
      if (open && !open.isCompleted?.()) trx = open;
    }
    if (!trx) return super.execute(query, params, method, trx, loggerContext);
    try {
      return await this.inTurn(trx, () => super.execute(query, params, method, trx, loggerContext));
    } catch (error) {
      markFailed(trx);
      throw error;
    }
  }
}

export class HeardDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as any).connection = new TenantConnection(this.config);
  }
}

/** How long a pooled connection may sit unused before the pool closes it. */
export const POOL_IDLE_TIMEOUT_MS = 10_000;

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    driver: HeardDriver,
    entities,
    extensions: [Migrator],
    // Identity maps are per request (em.fork() in the GraphQL context), never the global em.
    allowGlobalContext: false,
    // Fail fast instead of hanging when PostgreSQL is away; the pool recovers once it is back. Enough
    // connections that concurrent commits share PostgreSQL's group commit (fsync is the bottleneck).
    pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX) || 32, acquireTimeoutMillis: 5000, idleTimeoutMillis: POOL_IDLE_TIMEOUT_MS },
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

/**
 * Connects as the database owner and applies the committed migrations (never schema sync at
 * runtime). The owner is also used for the demo seed; requests use openAppOrm.
 */
export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  await orm.getMigrator().up();
  return orm;
}

/** Connects as the app role (no migrations: it may not change the schema). Used for every request. */
export async function openAppOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}
