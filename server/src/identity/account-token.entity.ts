import { TenantColumn } from '../shared/tenancy.js';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from './account.entity.js';

export enum AccountTokenPurpose {
  /** Sets the first password of an invited member of staff (7 days). */
  INVITE = 'INVITE',
  /** Sets a new password after "forgot password" (1 hour). */
  RESET = 'RESET',
}

/**
 * A single-use link sent by email. Only the HMAC of the token is stored (keyed by SESSION_SECRET,
 * like session tokens), so the database alone cannot be used to take over an account.
 */
@Entity({ tableName: 'account_token' })
export class AccountToken {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade', index: true })
  account: Rel<Account>;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: 'account_token_purpose' })
  purpose: AccountTokenPurpose;

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link is used or replaced by a newer one: it then never works again. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  constructor(account: Account, purpose: AccountTokenPurpose, tokenHash: string, expiresAt: Date) {
    this.account = account;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }
}
