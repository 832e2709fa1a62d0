import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One failed sign-in, join or receipt look-up, for the limits in shared/rate-limit.ts. UNLOGGED
 * (set in the migration): written on every failure, worthless after a crash, so not WAL-logged.
 * Not tenant data: keys are digests of addresses and emails, across organisations.
 */
@Entity({ tableName: 'rate_limit_failure' })
@Index({ properties: ['key', 'at'] })
export class RateLimitFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  key: string;

  @Property({ type: 'timestamptz' })
  at: Date;

  @Property({ type: 'timestamptz', index: true })
  expiresAt: Date;

  constructor(key: string, at: Date, expiresAt: Date) {
    this.key = key;
    this.at = at;
    this.expiresAt = expiresAt;
  }
}
