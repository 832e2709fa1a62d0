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

  @Field(() => Boolean, { description: 'Staff: an authenticator app is set up for sign-in.' })
  mfaEnabled!: boolean;
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

  @Field(() => Boolean, { description: 'Invited and not yet accepted.' })
  invitePending!: boolean;

  @Field(() => Boolean)
  mfaEnabled!: boolean;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;
}

@ObjectType()
export class MfaEnrolment {
  @Field(() => String, { description: 'Base32 secret for an authenticator app.' })
  secret!: string;

  @Field(() => String)
  otpauthUrl!: string;
}
