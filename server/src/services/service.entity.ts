import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../identity/organisation.entity.js';

/** A council service children and families use (Early Help, Child Protection, …). */
@ObjectType()
@Entity({ tableName: 'service' })
@Unique({ properties: ['organisation', 'name'] })
export class Service {
  [OptionalProps]?: 'createdAt' | 'description';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Field(() => String)
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(organisation: Organisation, name: string, description?: string | null) {
    this.organisation = organisation;
    this.name = name;
    this.description = description ?? null;
  }
}
