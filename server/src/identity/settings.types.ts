import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** Someone a child can talk to, shown with Childline and 999 when what they wrote may need help. */
@ObjectType()
export class SupportContact {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

/** Everything an organisation decides for itself (changed by its ADMIN, audited). */
@ObjectType()
export class OrganisationSettings {
  @Field(() => Int, { description: 'Counts from 1 up to this, minus one, are suppressed. Never below 5; 10 unless changed.' })
  suppressionThreshold!: number;

  @Field(() => Int, { description: 'Hours a safeguarding lead has to acknowledge a HIGH concern.' })
  concernHighDueHours!: number;

  @Field(() => Int, { description: 'Working days (England and Wales bank holidays excluded) to acknowledge any other concern.' })
  concernDueWorkingDays!: number;

  @Field(() => String, { description: 'Shown kindly to a child whose words may be a disclosure, with the contacts below.' })
  supportMessage!: string;

  @Field(() => [SupportContact])
  supportContacts!: SupportContact[];

  @Field(() => Boolean, { description: 'Free text waits for a practitioner to read it before commissioners, forums or the public see the words.' })
  reviewFreeText!: boolean;

  @Field(() => [String], { description: 'Languages surveys can be offered in, as BCP 47 tags (en, ur, pl, …).' })
  contentLanguages!: string[];

  @Field(() => Int, { nullable: true, description: 'Months after which words are erased (counts and coded answers stay). Null keeps them.' })
  retainWordsMonths!: number | null;

  @Field(() => Boolean, { description: 'Staff must use a second factor (an authenticator app) when they sign in with a password.' })
  requireStaffMfa!: boolean;
}

@InputType()
export class SupportContactInput {
  @Field(() => String)
  @Length(1, 100, { message: 'Enter a name of up to 100 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'Enter a phone number of up to 40 characters.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter a web address starting with https://.' })
  url?: string | null;
}

@InputType()
export class OrganisationSettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(5, { message: 'The threshold cannot be below 5: smaller counts can identify a child.' })
  @Max(100, { message: 'The threshold can be at most 100.' })
  suppressionThreshold?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Give at least 1 hour.' })
  @Max(72, { message: 'A high concern must be acknowledged within 72 hours at most.' })
  concernHighDueHours?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Give at least 1 working day.' })
  @Max(10, { message: 'Give at most 10 working days.' })
  concernDueWorkingDays?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000, { message: 'Write a message of up to 1000 characters.' })
  supportMessage?: string | null;

  @Field(() => [SupportContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'List at most 10 contacts.' })
  @ValidateNested({ each: true })
  supportContacts?: SupportContactInput[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  reviewFreeText?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'List at most 20 languages.' })
  contentLanguages?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Keep words for at least 1 month, or clear the box to keep them.' })
  @Max(120, { message: 'Keep words for at most 120 months.' })
  retainWordsMonths?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requireStaffMfa?: boolean | null;
}
