import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AgeBand, Capture } from '../shared/enums.js';
import { AgeBandCount } from '../shared/age-band-count.type.js';
import { EventKind, EventStatus } from './event.entity.js';

@ObjectType()
export class AttendanceCount {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => Int)
  count!: number;
}

/**
 * A consultation event as staff see it. Resolvers return the entity (events/event.entity.ts);
 * computed fields (service, totalAttendance, contributions, quality) are field resolvers.
 */
@ObjectType('ConsultationEvent')
export class ConsultationEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => [String])
  questions!: string[];

  @Field(() => [AttendanceCount])
  attendance!: AttendanceCount[];

  @Field(() => String, { nullable: true, description: 'Internal report, written when the event is closed.' })
  report!: string | null;

  @Field(() => String, { nullable: true, description: 'Feedback written for the people who came, in plain words.' })
  whatWeHeard!: string | null;

  @Field(() => String, { description: 'The code of the public "what we heard" page (/e/<code>), for the link or QR code handed out.' })
  feedbackCode!: string;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the event was cancelled (status CANCELLED).' })
  cancelledReason!: string | null;
}

/** How many contributions were captured one way, and their share of all counted contributions. */
@ObjectType()
export class CaptureCount {
  @Field(() => Capture)
  capture!: Capture;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'count / contributions, from 0 to 1; null when suppressed or there are none.' })
  share!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

/**
 * How faithfully voices were recorded at one event or across a service's events. Contributions
 * withheld for safeguarding review are not counted: a disclosure never goes into a chart.
 * For a service, counts under the organisation's threshold (and any count that would give one
 * away) come back as null with `suppressed: true`; an event's own counts are never suppressed.
 */
@ObjectType()
export class VoiceQuality {
  @Field(() => Int, { description: 'Events counted (1 for an event).' })
  events!: number;

  @Field(() => Int, { description: 'Contributions counted (not withheld).' })
  contributions!: number;

  @Field(() => [CaptureCount], { description: 'In their own words, scribed as said, summarised by a worker.' })
  byCapture!: CaptureCount[];

  @Field(() => Int, { nullable: true, description: 'Contributions that may be quoted publicly.' })
  consentToQuote!: number | null;

  @Field(() => Float, { nullable: true })
  consentToQuoteShare!: number | null;

  @Field(() => Boolean)
  consentToQuoteSuppressed!: boolean;

  @Field(() => [AgeBandCount], { description: 'Attendance by age band.' })
  attendance!: AgeBandCount[];

  @Field(() => Int)
  totalAttendance!: number;

  @Field(() => Int, { nullable: true, description: 'The suppression threshold applied (always set; nullable for older clients).' })
  suppressionThreshold!: number | null;
}

/** A quote someone agreed could be shared, as the public page shows it: no names, no speaker labels. */
@ObjectType()
export class FeedbackQuote {
  @Field(() => String)
  text!: string;

  @Field(() => Capture, { description: 'How it was recorded, so a worker’s summary is never shown as the child’s own words.' })
  capture!: Capture;

  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;
}

/** The public "what we heard" page of a closed event. */
@ObjectType()
export class EventFeedback {
  @Field(() => String)
  title!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true })
  serviceName!: string | null;

  @Field(() => String)
  whatWeHeard!: string;

  @Field(() => [FeedbackQuote], { description: 'Only what people agreed could be quoted, and nothing under safeguarding review.' })
  quotes!: FeedbackQuote[];
}
