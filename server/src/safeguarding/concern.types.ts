import { Field, ID, ObjectType } from 'type-graphql';
import { VoiceInputView } from '../voices/voice-input.type.js';
import { ConcernSeverity, ConcernStatus } from '../voices/concern.entity.js';

@ObjectType('ConcernNote')
export class ConcernNoteView {
  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  author!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType('SafeguardingConcern')
export class SafeguardingConcernView {
  @Field(() => ID)
  id!: string;

  @Field(() => ConcernStatus)
  status!: ConcernStatus;

  @Field(() => ConcernSeverity)
  severity!: ConcernSeverity;

  @Field(() => Date)
  raisedAt!: Date;

  @Field(() => Date, { description: 'When it must be acknowledged by.' })
  dueBy!: Date;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => VoiceInputView)
  input!: VoiceInputView;

  @Field(() => String, { description: 'SCREENING, or the name of the member of staff who flagged it.' })
  raisedBy!: string;

  @Field(() => [String])
  matchedRules!: string[];

  @Field(() => [String], { description: 'Which screening layers flagged it: rules, classifier (empty when raised by a member of staff).' })
  screeningLayers!: string[];

  @Field(() => Date, { nullable: true, description: 'When the overdue concern was escalated (emailed to every lead and admin), if it was.' })
  escalatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  referralReference!: string | null;

  @Field(() => [ConcernNoteView])
  notes!: ConcernNoteView[];
}
