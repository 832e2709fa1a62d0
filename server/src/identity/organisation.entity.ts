import { randomUUID } from 'node:crypto';
import { Check, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A council or partner; every record belongs to exactly one. */
@ObjectType()
@Entity({ tableName: 'organisation' })
export class Organisation {
  [OptionalProps]?: 'createdAt' | 'suppressionThreshold' | 'supportContacts' | 'highConcernDueMinutes' | 'mediumConcernDueWorkingDays';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name: string;

  /** Counts from 1 to threshold−1 are suppressed in anything staff can slice; never below 5. */
  // The floor is in the database too, so no script or console edit can lower it (see docs/disclosure-control.md).
  @Check({ name: 'organisation_suppression_threshold_floor', expression: 'suppression_threshold >= 5' })
  @Property({ type: 'integer', default: 10 })
  suppressionThreshold: number = 10;

  /** Who a child can talk to, shown with Childline and 999 when what they wrote may need help. */
  @Property({ type: 'jsonb', default: '[]' })
  supportContacts: Array<{ name: string; phone: string | null; url: string | null }> = [];

  /** How soon a safeguarding lead must acknowledge a high-severity concern. */
  @Property({ type: 'integer', default: 60 })
  highConcernDueMinutes: number = 60;

  /** Working days (Monday to Friday) to acknowledge a medium-severity concern. */
  @Property({ type: 'integer', default: 1 })
  mediumConcernDueWorkingDays: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(name: string) {
    this.name = name;
  }
}
