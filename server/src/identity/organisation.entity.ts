import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A council or partner; every record belongs to exactly one. */
@ObjectType()
@Entity({ tableName: 'organisation' })
export class Organisation {
  [OptionalProps]?: 'createdAt' | 'suppressionThreshold';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name: string;

  /** Counts from 1 to threshold−1 are suppressed in anything staff can slice; never below 5. */
  @Property({ type: 'integer', default: 10 })
  suppressionThreshold: number = 10;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(name: string) {
    this.name = name;
  }
}
