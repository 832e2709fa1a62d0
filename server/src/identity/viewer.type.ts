import { Field, ID, ObjectType } from 'type-graphql';
import { AgeBand, Role } from '../shared/enums.js';
import { Organisation } from './organisation.entity.js';

/** The signed-in person as they may see themselves. */
@ObjectType()
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;

  @Field(() => Organisation)
  organisation!: Organisation;
}

/** A staff account as an ADMIN sees it. */
@ObjectType()
export class StaffAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Boolean)
  active!: boolean;
}
