import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AgeBand, Capture, Channel, InputKind } from '../shared/enums.js';
import { ConnectionTypes } from '../shared/pagination.js';

/** A voice input as staff may see it: the words are null when withheld (safeguarding review). */
@ObjectType('VoiceInput')
export class VoiceInputView {
  @Field(() => ID)
  id!: string;

  @Field(() => InputKind)
  kind!: InputKind;

  @Field(() => String, { nullable: true, description: 'Null when withheld from this viewer (e.g. under safeguarding review) or erased.' })
  text!: string | null;

  @Field(() => Boolean)
  withheld!: boolean;

  @Field(() => Boolean, { description: 'The words were erased (by the person, an admin or retention); counts and coded answers stay.' })
  erased!: boolean;
  @Field(() => Boolean, { description: 'A practitioner has read it (see OrganisationSettings.reviewFreeText).' })
  reviewed!: boolean;

  @Field(() => Date, { nullable: true, description: 'While waiting to be read: when a practitioner should have read it (two working days).' })
  reviewDueBy!: Date | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Capture)
  capture!: Capture;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { description: 'Where it was said: the survey and question, the event, or the proposal.' })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: 'Who said it, without a name ("group of 4 Year 9s"); event contributions only. Null when withheld.' })
  speakerLabel!: string | null;

  @Field(() => Boolean, { description: 'They agreed it may be quoted on participant-facing and exported pages.' })
  consentToQuote!: boolean;

  @Field(() => String, { nullable: true, description: 'The language the words were written or spoken in, as a BCP 47 tag, when known.' })
  language!: string | null;
}

export const { Edge: VoiceInputEdge, Connection: VoiceInputConnection } = ConnectionTypes('VoiceInput', VoiceInputView, true);

@InputType()
export class InputFilter {
  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => InputKind, { nullable: true })
  kind?: InputKind | null;

  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  untagged?: boolean | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  /** Inputs from one survey (or one question of it). */
  @Field(() => ID, { nullable: true })
  surveyId?: string | null;

  @Field(() => ID, { nullable: true })
  questionId?: string | null;

  /** Contributions recorded at one consultation event. */
  @Field(() => ID, { nullable: true })
  eventId?: string | null;
}
