import { IsInt, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProposalView } from '../proposals/proposal.types.js';
import type { Proposal } from '../proposals/proposal.entity.js';
import { AgeBand } from '../shared/enums.js';
import { VoiceInputView } from '../voices/voice-input.type.js';
import { ChangeStatus, Outcome } from './decision.entity.js';
import { DecisionView, ServiceChangeView } from './decision.types.js';
import { ThemeView } from './theme.types.js';

export enum TraceLinkKind {
  /** A voice input tagged to a theme. */
  TAGGED = 'TAGGED',
  /** A theme that inspired a proposal. */
  INSPIRED = 'INSPIRED',
  /** Said on a proposal (a comment or a vote reason). */
  SAID_ON = 'SAID_ON',
  /** A decision citing an input, theme or proposal. */
  CITED = 'CITED',
  /** A service change following a decision. */
  FOLLOWED = 'FOLLOWED',
}
registerEnumType(TraceLinkKind, { name: 'TraceLinkKind' });

/** One link of a trace: from what to what, when it was made and by whom (staff only). */
@ObjectType()
export class TraceLink {
  @Field(() => TraceLinkKind)
  kind!: TraceLinkKind;

  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The member of staff who made the link.' })
  by!: string | null;
}

@ObjectType()
export class Trace {
  @Field(() => VoiceInputView)
  input!: VoiceInputView;

  @Field(() => [ThemeView])
  themes!: ThemeView[];

  @Field(() => [ProposalView])
  proposals!: Proposal[];

  @Field(() => [DecisionView])
  decisions!: DecisionView[];

  @Field(() => [ServiceChangeView])
  changes!: ServiceChangeView[];

  @Field(() => [TraceLink], { description: 'Every link of the chain, with when and by whom: the chain as a query.' })
  links!: TraceLink[];
}

// What a receipt code shows: never the words themselves, only where they went.
@ObjectType()
export class ReceiptChange {
  @Field(() => String)
  title!: string;

  @Field(() => ChangeStatus)
  status!: ChangeStatus;
}

@ObjectType()
export class ReceiptOutcome {
  @Field(() => String, { description: 'What the decision was about, e.g. "Open the family hub on Saturdays".' })
  title!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  youSaidWeDid!: string;

  /** Why (and why not): told to the children who spoke. */
  @Field(() => String)
  rationale!: string;

  @Field(() => Date, { nullable: true, description: 'When the decision was last updated, so the person who spoke can see it changed.' })
  amendedAt!: Date | null;

  @Field(() => [ReceiptChange])
  changes!: ReceiptChange[];
}

@ObjectType()
export class ReceiptTrace {
  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => String)
  sourceTitle!: string;

  @Field(() => [String])
  themes!: string[];

  @Field(() => [ReceiptOutcome])
  outcomes!: ReceiptOutcome[];

  @Field(() => Boolean, { description: 'An email address is following this receipt for news.' })
  emailUpdates!: boolean;
}

/** One month of an influence report: inputs, and how many of them a decision rests on. Small counts withheld. */
@ObjectType()
export class InfluenceMonth {
  @Field(() => Date)
  month!: Date;

  @Field(() => Int, { nullable: true, description: 'Rounded to the nearest 5; null when under the suppression threshold.' })
  inputs!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rounded to the nearest 5; null when under the suppression threshold.' })
  linked!: number | null;

  @Field(() => Boolean, { description: 'Either figure is withheld.' })
  suppressed!: boolean;
}

@ObjectType()
export class InfluenceReport {
  @Field(() => Int, { description: 'Rounded to the nearest 5 (1 to 7 show as 5).' })
  inputs!: number;

  @Field(() => Int, { description: 'Rounded to the nearest 5 (1 to 7 show as 5).' })
  inputsLinkedToDecision!: number;

  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  decisionsCitingVoices!: number;

  @Field(() => Float, { nullable: true, description: 'Null when fewer inputs than the suppression threshold had feedback.' })
  medianDaysToFeedback!: number | null;

  @Field(() => Int)
  changesDone!: number;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => [InfluenceMonth])
  months!: InfluenceMonth[];

  @Field(() => Int)
  suppressionThreshold!: number;
}

export enum FlowNodeKind {
  SOURCE = 'SOURCE',
  THEME = 'THEME',
  PROPOSAL = 'PROPOSAL',
  DECISION = 'DECISION',
  CHANGE = 'CHANGE',
}
registerEnumType(FlowNodeKind, { name: 'FlowNodeKind' });

@ObjectType()
export class FlowNode {
  /** The record id, or the input kind for SOURCE nodes. */
  @Field(() => ID)
  id!: string;

  @Field(() => FlowNodeKind)
  kind!: FlowNodeKind;

  @Field(() => String)
  label!: string;

  /** Outcome of a decision, status of a proposal or change. */
  @Field(() => String, { nullable: true })
  status!: string | null;
}

@ObjectType()
export class FlowLink {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Int, { nullable: true, description: 'Voices flowing along the link, rounded to the nearest 5; null when under the suppression threshold.' })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

/** The chain from voices to changes for a service: nodes and links for a Sankey diagram. */
@ObjectType()
export class TraceFlow {
  @Field(() => [FlowNode])
  nodes!: FlowNode[];

  @Field(() => [FlowLink])
  links!: FlowLink[];

  @Field(() => Int)
  suppressionThreshold!: number;
}

@ObjectType()
export class Representation {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => Int, { nullable: true })
  heard!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => Int, { nullable: true })
  cohort!: number | null;
}

@InputType()
export class AgeBandCountInput {
  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => Int)
  @IsInt({ message: 'Enter a whole number.' })
  @Min(0, { message: 'Enter a number of 0 or more.' })
  @Max(10_000_000, { message: 'Enter a number of at most 10,000,000.' })
  count!: number;
}
