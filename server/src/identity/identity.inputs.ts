import { IsEmail, IsEnum, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../shared/enums.js';

@InputType()
export class InviteStaffInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@example.org.' })
  @MaxLength(200)
  email!: string;

  @Field(() => String)
  @Length(1, 100, { message: 'Enter a name of up to 100 characters.' })
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

/** An account made with a starting password: an invitation's fields and the password. */
@InputType()
export class CreateStaffAccountInput extends InviteStaffInput {
  // Checked by the one password rule every new password meets (passwords.ts, checkNewPassword).
  @Field(() => String)
  password!: string;
}
