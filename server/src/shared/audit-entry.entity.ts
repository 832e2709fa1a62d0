import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../identity/organisation.entity.js';

/** One state change (or one view of withheld text): who, what, to which record, when. Never updated. */
@ObjectType()
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['organisation', 'at'] })
@Index({ properties: ['organisation', 'targetId'] })
export class AuditEntry {
  [OptionalProps]?: 'at' | 'details' | 'actorId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  /** The account that acted; null for the system (screening, seed). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  /** Readable name at the time: staff display name and role, or "participant", "system". */
  @Field(() => String)
  @Property({ type: 'text' })
  actor: string;

  @Field(() => String)
  @Property({ type: 'text' })
  action: string;

  @Field(() => String)
  @Property({ type: 'text' })
  targetType: string;

  @Field(() => ID)
  @Property({ type: 'text' })
  targetId: string;

  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  constructor(organisation: Organisation, actor: string, action: string, targetType: string, targetId: string) {
    this.organisation = organisation;
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
  }
}
