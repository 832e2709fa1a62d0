import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Service } from '../services/service.entity.js';
// Type only: a proposal links to the evidence chain's themes by entity name, so there is no import cycle.
import type { Theme } from '../trace/theme.entity.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { Forum } from './forum.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  OPEN_FOR_VOTING = 'OPEN_FOR_VOTING',
  VOTING_CLOSED = 'VOTING_CLOSED',
  ACCEPTED = 'ACCEPTED',
  ACCEPTED_WITH_CHANGES = 'ACCEPTED_WITH_CHANGES',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  IMPLEMENTED = 'IMPLEMENTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, { name: 'VoteChoice' });

/** A service-design proposal that goes to a youth forum for a vote. */
@Entity({ tableName: 'proposal' })
@Index({ properties: ['organisation', 'status'] })
export class Proposal {
  [OptionalProps]?: 'createdAt' | 'status' | 'service' | 'forum' | 'quorum' | 'votingOpenedAt' | 'votingClosesAt' | 'votingClosedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service: Rel<Service> | null = null;

  @ManyToOne(() => Forum, { nullable: true, deleteRule: 'set null' })
  forum: Rel<Forum> | null = null;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  problem: string;

  @Property({ type: 'text' })
  proposedChange: string;

  /** Plain words for children, shown first to forum members. */
  @Property({ type: 'text' })
  childSummary: string;

  @Enum({ items: () => ProposalStatus, nativeEnumName: 'proposal_status', default: ProposalStatus.DRAFT })
  status: ProposalStatus = ProposalStatus.DRAFT;

  @Property({ type: 'integer', nullable: true })
  quorum: number | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  votingOpenedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  votingClosesAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  votingClosedAt: Date | null = null;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(organisation: Organisation, createdBy: Account, fields: { title: string; problem: string; proposedChange: string; childSummary: string }) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.title = fields.title;
    this.problem = fields.problem;
    this.proposedChange = fields.proposedChange;
    this.childSummary = fields.childSummary;
  }
}

/** Which themes inspired a proposal: a named, audited link. */
@Entity({ tableName: 'proposal_theme' })
export class ProposalTheme {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'linkedAt';

  @ManyToOne(() => Proposal, { primary: true, deleteRule: 'cascade' })
  proposal: Rel<Proposal>;

  @ManyToOne({ entity: 'Theme', primary: true, deleteRule: 'cascade', index: true })
  theme: Rel<Theme>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  linkedBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  linkedAt: Date = new Date();

  constructor(proposal: Proposal, theme: Theme, linkedBy: Account) {
    this.proposal = proposal;
    this.theme = theme;
    this.linkedBy = linkedBy;
  }
}

/**
 * One member's vote on a proposal. The database allows exactly one per member per proposal
 * (unique constraint; cast with INSERT … ON CONFLICT DO UPDATE), so the last choice wins.
 */
@Entity({ tableName: 'vote' })
@Unique({ name: 'vote_one_per_member', properties: ['proposal', 'member'] })
export class Vote {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'castAt' | 'updatedAt' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Proposal, { deleteRule: 'cascade' })
  proposal: Rel<Proposal>;

  /** Kept when a member leaves: their vote stays counted; it is never shown with their name. */
  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  member: Rel<Account>;

  @Enum({ items: () => VoteChoice, nativeEnumName: 'vote_choice' })
  choice: VoteChoice;

  /** The member's reason, as a voice input (kind VOTE_REASON). */
  @ManyToOne(() => VoiceInput, { nullable: true, deleteRule: 'set null' })
  reason: Rel<VoiceInput> | null = null;

  @Property({ type: 'timestamptz' })
  castAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  constructor(proposal: Proposal, member: Account, choice: VoteChoice) {
    this.proposal = proposal;
    this.member = member;
    this.choice = choice;
  }
}

/**
 * A comment or question on a proposal. A member's words are a voice input (kind PROPOSAL_COMMENT);
 * a member of staff's answer keeps its text here. Hiding keeps the comment, with the reason, audited.
 */
@Entity({ tableName: 'proposal_comment' })
@Unique({ properties: ['proposal', 'clientSubmissionId'] })
export class ProposalComment {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'createdAt' | 'input' | 'text' | 'hiddenAt' | 'hiddenReason' | 'hiddenBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Proposal, { deleteRule: 'cascade', index: true })
  proposal: Rel<Proposal>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  author: Rel<Account>;

  @ManyToOne(() => VoiceInput, { nullable: true, deleteRule: 'cascade' })
  input: Rel<VoiceInput> | null = null;

  /** Staff answers only; members' words live in the voice input. */
  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  @Property({ type: 'text' })
  clientSubmissionId: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  hiddenReason: string | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  hiddenBy: Rel<Account> | null = null;

  constructor(proposal: Proposal, author: Account, clientSubmissionId: string) {
    this.proposal = proposal;
    this.author = author;
    this.clientSubmissionId = clientSubmissionId;
  }
}
