import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import type { ConsultationEvent } from '../events/event.entity.js';
import type { Proposal } from '../proposals/proposal.entity.js';
import { Service } from '../services/service.entity.js';
import { AgeBand, Capture, Channel, InputKind } from '../shared/enums.js';

/**
 * Anything a child or family said, in their words or a worker's: a survey text answer, an event
 * contribution, a proposal comment or a vote reason. The unit that is screened, tagged to themes,
 * cited by decisions and traced. `withheld` keeps the text out of everything but the safeguarding queue.
 */
@Entity({ tableName: 'voice_input' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
// One voice input per client submission (event contributions, comments): a retry stores nothing new.
@Index({ name: 'voice_input_client_submission', expression: 'create unique index "voice_input_client_submission" on "voice_input" ("organisation_id", "client_submission_id") where "client_submission_id" is not null' })
@Index({ properties: ['service', 'createdAt'] })
// Influence (trace/trace.service.ts): a service's comments and vote reasons on proposals, by time.
@Index({ name: 'voice_input_proposal_voices', expression: 'create index "voice_input_proposal_voices" on "voice_input" ("service_id", "created_at") include ("proposal_id") where "proposal_id" is not null' })
// Word search in the tagging workspace (prefix matching with to_tsquery).
@Index({ name: 'voice_input_text_search', expression: `create index "voice_input_text_search" on "voice_input" using gin (to_tsvector('simple', "text"))` })
export class VoiceInput {
  [OptionalProps]?:
    | 'createdAt'
    | 'ageBand'
    | 'service'
    | 'surveyId'
    | 'questionId'
    | 'responseId'
    | 'speakerLabel'
    | 'consentToQuote'
    | 'enteredBy'
    | 'author'
    | 'withheld'
    | 'event'
    | 'proposal'
    | 'clientSubmissionId'
    | 'payloadHash'
    | 'language'
    | 'erasedAt'
    | 'erasedBy'
    | 'reviewedAt'
    | 'reviewedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Enum({ items: () => InputKind, nativeEnumName: 'input_kind' })
  kind: InputKind;

  @Property({ type: 'text' })
  text: string;

  @Enum({ items: () => AgeBand, nativeEnumName: 'age_band', nullable: true })
  ageBand: AgeBand | null = null;

  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel: Channel;

  @Enum({ items: () => Capture, nativeEnumName: 'capture' })
  capture: Capture;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Where it was said, fixed when it was said: "Survey — question", the event, the proposal. */
  @Property({ type: 'text' })
  sourceTitle: string;

  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service: Rel<Service> | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  surveyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  questionId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  responseId: string | null = null;

  @ManyToOne({ entity: 'ConsultationEvent', nullable: true, deleteRule: 'cascade', index: true })
  event: Rel<ConsultationEvent> | null = null;

  @ManyToOne({ entity: 'Proposal', nullable: true, deleteRule: 'cascade', index: true })
  proposal: Rel<Proposal> | null = null;

  /** Made by the client when recording started; with payloadHash, makes retries idempotent. */
  @Property({ type: 'text', nullable: true })
  clientSubmissionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  payloadHash: string | null = null;

  /** "Group of 4 Year 9s" — never a name by default. */
  @Property({ type: 'text', nullable: true })
  speakerLabel: string | null = null;

  /** May be quoted on participant-facing and exported pages. */
  @Property({ type: 'boolean', default: false })
  consentToQuote: boolean = false;

  /** The worker who wrote it down or entered it (ASSISTED, PAPER, SCRIBED, SUMMARISED). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  enteredBy: Rel<Account> | null = null;

  /** The pseudonymous participant or forum member who said it, when signed in. Never shown to staff. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  author: Rel<Account> | null = null;

  /** Under safeguarding review: the text is shown only in the safeguarding queue. */
  @Property({ type: 'boolean', default: false })
  withheld: boolean = false;

  /** The language the words were written or spoken in (BCP 47), when known. */
  @Property({ type: 'text', nullable: true })
  language: string | null = null;

  /**
   * When the words were erased (by the person with their receipt code, by an admin, or by the
   * retention rule): the text is then empty and the speaker label gone, while the row stays so that
   * counts, coded answers, themes' counts and decisions' evidence still add up.
   */
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;

  /** PERSON (receipt code), ADMIN (eraseParticipant) or RETENTION. No reason text: that is in the audit. */
  @Property({ type: 'text', nullable: true })
  erasedBy: string | null = null;

  /**
   * When a practitioner read the words (OrganisationSettings.reviewFreeText): until then only
   * practitioners and safeguarding leads see them. Set once; a second reading changes nothing.
   */
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  reviewedBy: Rel<Account> | null = null;

  constructor(organisation: Organisation, kind: InputKind, text: string, channel: Channel, capture: Capture, sourceTitle: string) {
    this.organisation = organisation;
    this.kind = kind;
    this.text = text;
    this.channel = channel;
    this.capture = capture;
    this.sourceTitle = sourceTitle;
  }
}
