import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';

/**
 * A youth forum, youth council or Children in Care Council. Its members are accounts with role
 * FORUM_MEMBER whose `forum` is this (they join on a phone with a code from the facilitator).
 */
@Entity({ tableName: 'forum' })
export class Forum {
  [OptionalProps]?: 'createdAt' | 'description';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(organisation: Organisation, name: string, createdBy: Account) {
    this.organisation = organisation;
    this.name = name;
    this.createdBy = createdBy;
  }
}
