import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from './account.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

/**
 * A signed-in device. The cookie holds a random token; only its HMAC is stored, so a database
 * leak does not hand out sessions. Sign-out and expiry end the row, and so the session.
 */
@Entity({ tableName: 'session' })
export class Session {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'createdAt' | 'revokedAt';

  @PrimaryKey({ type: 'text' })
  tokenHash: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  constructor(tokenHash: string, account: Account, expiresAt: Date) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.expiresAt = expiresAt;
  }
}
