import { TransactionContext } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * A replica's URL for the role requests use: the replica's server and database, the app role's name
 * and password (roles are replicated with everything else).
 */
export function replicaUrlAs(replicaUrl: string, appUrl: string): string {
  const replica = new URL(replicaUrl);
  const app = new URL(appUrl);
  replica.username = app.username;
  replica.password = app.password;
  return replica.toString();
}

/** A WAL position ("16/B374D848") as a number that orders. */
function lsn(text: string | null): bigint | null {
  if (!text) return null;
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

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

  /** The primary's WAL position once a second, newest last: what a replica has replayed dates its data. */
  private samples: Array<{ at: number; lsn: bigint }> = [];

  /**
   * How stale each replica's data is: the time since the newest moment at which the primary's WAL
   * was no further than what the replica has replayed. A replica that has replayed the primary's
   * latest position is 0 behind; one that cannot answer is infinitely behind. (Replicas' own
   * replay timestamps cannot tell an idle primary from a stuck replica, so the primary is the clock.)
   */
  async measure(now = Date.now()): Promise<void> {
    try {
      const [primary] = await this.orm.em.getConnection('write').execute<Array<{ lsn: string }>>(`select pg_current_wal_lsn()::text as lsn`);
      this.samples.push({ at: now, lsn: lsn(primary.lsn)! });
      if (this.samples.length > 300) this.samples.shift();
    } catch {
      this.samples = [];
    }
    this.lags = await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const [row] = await replica.execute<Array<{ lsn: string | null }>>(`select pg_last_wal_replay_lsn()::text as lsn`);
          const replayed = lsn(row.lsn);
          if (replayed === null) return Number.POSITIVE_INFINITY;
          for (let i = this.samples.length - 1; i >= 0; i--) {
            if (this.samples[i].lsn <= replayed) return i === this.samples.length - 1 ? 0 : now - this.samples[i].at;
          }
          return Number.POSITIVE_INFINITY;
        } catch {
          return Number.POSITIVE_INFINITY;
        }
      }),
    );
    const healthy = this.lags.length > 0 && this.lags.every((lag) => lag <= this.maxLagMs);
    if (healthy !== this.healthy) this.log.warn({ lags: this.lags }, healthy ? 'reports read from replicas' : 'replicas lag: reports read from the primary');
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
