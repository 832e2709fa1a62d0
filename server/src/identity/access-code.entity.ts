import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from './account.entity.js';
import { Organisation } from './organisation.entity.js';

export enum AccessCodePurpose {
  /** Makes a new pseudonymous participant for PARTICIPANTS_ONLY surveys. */
  PARTICIPANT = 'PARTICIPANT',
  /** Signs in an existing forum member (the account) on a new device. */
  FORUM_MEMBER = 'FORUM_MEMBER',
}

/** A code a worker hands to a child or family. Stored as an HMAC; the code itself is shown once. */
@Entity({ tableName: 'access_code' })
export class AccessCode {
  [OptionalProps]?: 'createdAt' | 'uses' | 'maxUses' | 'revokedAt' | 'account';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Property({ type: 'text', unique: true })
  codeHash: string;

  @Enum({ items: () => AccessCodePurpose, nativeEnumName: 'access_code_purpose' })
  purpose: AccessCodePurpose;

  /** The forum member this code signs in (FORUM_MEMBER codes only). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  account: Rel<Account> | null = null;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'integer', default: 1 })
  maxUses: number = 1;

  @Property({ type: 'integer', default: 0 })
  uses: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  constructor(organisation: Organisation, codeHash: string, purpose: AccessCodePurpose, createdBy: Account, expiresAt: Date) {
    this.organisation = organisation;
    this.codeHash = codeHash;
    this.purpose = purpose;
    this.createdBy = createdBy;
    this.expiresAt = expiresAt;
  }
}
