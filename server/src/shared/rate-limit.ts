import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from './jobs.js';
import { outsideTransaction } from './tenancy.js';

/**
 * Counts failures (not successes) per key in a sliding window, so a class of 30 joining from one
 * school IP all get in while guessing codes or passwords is stopped. The counts live in PostgreSQL
 * (an UNLOGGED table: fast, and losing it in a crash only forgives recent failures), so a failure
 * counts wherever it arrives, however many instances run. Keys are stored as SHA-256 digests:
 * addresses and emails are not kept in the clear.
 */
export class FailureLimiter {
  constructor(
    /** Names the limit, so the same address counts separately for sign-ins and joins. */
    private readonly name: string,
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  private digest(key: string): string {
    return createHash('sha256').update(`${this.name}\u0000${key}`).digest('hex');
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  async retryAfter(em: EntityManager, key: string, now = new Date()): Promise<number> {
    // The maxFailures-th most recent failure in the window: until it leaves the window, no more tries.
    const rows = await em.getConnection().execute<Array<{ at: Date | string }>>(
      `select at from rate_limit_failure where key = ? and at > ? order by at desc limit 1 offset ?`,
      [this.digest(key), new Date(now.getTime() - this.windowMs), this.maxFailures - 1],
      'all',
      em.getTransactionContext(),
    );
    if (!rows.length) return 0;
    return Math.max(1, Math.ceil((new Date(rows[0].at).getTime() + this.windowMs - now.getTime()) / 1000));
  }

  async fail(em: EntityManager, key: string, now = new Date()): Promise<void> {
    // Outside any transaction: a failure counts even when the request's work is rolled back.
    await outsideTransaction(() =>
      em.getConnection().execute(`insert into rate_limit_failure (key, at, expires_at) values (?, ?, ?)`, [
        this.digest(key),
        now,
        new Date(now.getTime() + this.windowMs),
      ]),
    );
  }

  async reset(em: EntityManager, key: string): Promise<void> {
    await em.getConnection().execute(`delete from rate_limit_failure where key = ?`, [this.digest(key)]);
  }
}

/** Drops failures that have left every window (once an hour, in one instance). */
export const sweepRateLimits: Job = {
  name: 'sweep-rate-limits',
  everyMs: 3_600_000,
  run: async ({ orm, now }) => orm.em.fork().getConnection().execute(`delete from rate_limit_failure where expires_at < ?`, [now]),
};
