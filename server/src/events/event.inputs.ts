import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgeBand, Capture } from '../shared/enums.js';
import { EventKind } from './event.entity.js';

@InputType()
export class CreateEventInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Keep the venue to 200 characters.' })
  venue?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Ask at most 20 questions.' })
  @Length(1, 500, { each: true, message: 'Each question must be 1 to 500 characters.' })
  questions?: string[] | null;
}

/**
 * Checked by the use case (recordAttendance), so each error names its place in the list
 * (`attendance.2.count`) and duplicate bands are caught too.
 */
@InputType()
export class AttendanceInput {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => Int)
  count!: number;
}

/**
 * Checked by the use case (recordContribution) in one pass, like a survey submission: the rules
 * there are the ones a retry must meet again.
 */
@InputType()
export class ContributionInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => String, { description: 'Made by the device when recording started; a retry with the same id stores nothing new.' })
  clientSubmissionId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Capture)
  capture!: Capture;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'Who said it, without a name: "group of 4 Year 9s".' })
  speakerLabel?: string | null;

  @Field(() => Boolean)
  consentToQuote!: boolean;
}

/** Corrections to an event: only the fields given change. */
@InputType()
export class UpdateEventInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Enter a title of up to 200 characters.' })
  title?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Keep the venue to 200 characters.' })
  venue?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Ask at most 20 questions.' })
  @Length(1, 500, { each: true, message: 'Each question must be 1 to 500 characters.' })
  questions?: string[] | null;
}
