import { TransactionContext } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** How far behind a replica is, in milliseconds: 0 when it has replayed all it has received (or is no replica). */
const LAG_SQL = `select case
  when not pg_is_in_recovery() then 0
  when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000, 0) end::float8 as lag_ms`;

/**
 * Reporting reads (influence, trace flow, survey results, CSV) from PostgreSQL's streaming replicas,
 * configured with DATABASE_REPLICA_URLS, while every replica keeps within REPLICA_MAX_LAG_MS of the
 * primary; from the primary otherwise, and always when none is configured. Writes and a person's own
 * reads never come here: they stay on the primary in the request's transaction.
 *
 * Each instance measures the lag every second; a replica that cannot answer counts as lagging.
 */
export class ReplicaReads {
  private healthy = false;
  private timer: NodeJS.Timeout | null = null;
  /** The lag each replica reported last (ms; Infinity when it did not answer), for /readyz and tests. */
  lags: number[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly maxLagMs: number,
    private readonly log: Logger,
  ) {}

  private get replicas() {
    return ((this.orm.em.getDriver() as any).replicas ?? []) as Array<ReturnType<EntityManager['getConnection']>>;
  }

  /** Whether reports currently go to a replica. */
  get inUse(): boolean {
    return this.healthy;
  }

  async measure(): Promise<void> {
    this.lags = await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const [row] = await replica.execute<Array<{ lag_ms: number }>>(LAG_SQL);
          return Number(row.lag_ms);
        } catch {
          return Number.POSITIVE_INFINITY;
        }
      }),
    );
    const healthy = this.lags.length > 0 && this.lags.every((lag) => lag <= this.maxLagMs);
    if (healthy !== this.healthy && this.lags.length) this.log.warn({ lags: this.lags }, healthy ? 'reports read from replicas' : 'replicas lag: reports read from the primary');
    this.healthy = healthy;
  }

  start(): void {
    if (!this.replicas.length || this.timer) return;
    void this.measure();
    this.timer = setInterval(() => void this.measure(), 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Runs a report's queries: on a replica (in a read-only transaction of its own, with the
   * organisation set as on the primary) while replicas keep up, else on `em` as any other read.
   */
  async read<T>(em: EntityManager, organisationId: string, report: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.healthy) return report(em);
    const replica = em.getConnection('read');
    const trx = await replica.begin({ readOnly: true });
    const onReplica = em.fork({ clear: true, keepTransactionContext: false });
    onReplica.setTransactionContext(trx);
    try {
      await replica.execute(`select set_config('heard.organisation_id', ?, true)`, [organisationId], 'all', trx);
      // Queries that name no transaction go to the one of the async context (orm.ts): this one.
      const result = await TransactionContext.create(onReplica, () => report(onReplica));
      await replica.commit(trx);
      return result;
    } catch (error) {
      await replica.rollback(trx).catch(() => {});
      throw error;
    }
  }
}
