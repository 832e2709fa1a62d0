import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { Service } from '../services/service.entity.js';
import { AgeBand } from '../shared/enums.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { Theme } from './theme.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

export enum Outcome {
  ADOPTED = 'ADOPTED',
  ADOPTED_WITH_CHANGES = 'ADOPTED_WITH_CHANGES',
  NOT_ADOPTED = 'NOT_ADOPTED',
  DEFERRED = 'DEFERRED',
}
registerEnumType(Outcome, { name: 'Outcome' });

export enum ChangeStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ChangeStatus, { name: 'ChangeStatus' });

/** A decision by a board or commissioner, with why (and why not), and what it rests on. */
@Entity({ tableName: 'decision' })
@Index({ properties: ['organisation', 'decidedAt'] })
export class Decision {
  [OptionalProps]?: 'createdAt' | 'service' | 'published' | 'amendedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service: Rel<Service> | null = null;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  /** Why — including why not, when NOT_ADOPTED. */
  @Property({ type: 'text' })
  rationale: string;

  @Enum({ items: () => Outcome, nativeEnumName: 'outcome' })
  outcome: Outcome;

  @Property({ type: 'timestamptz' })
  decidedAt: Date;

  @Property({ type: 'text' })
  decidedBy: string;

  /** Plain words for children and families: what you said, what we did. */
  @Property({ type: 'text' })
  youSaidWeDid: string;

  /** Shown on the public "you said, we did" page. */
  @Property({ type: 'boolean', default: true })
  published: boolean = true;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** When it was last amended (amendDecision): receipts and "you said, we did" say "updated on". */
  @Property({ type: 'timestamptz', nullable: true })
  amendedAt: Date | null = null;

  constructor(
    organisation: Organisation,
    createdBy: Account,
    fields: { title: string; summary: string; rationale: string; outcome: Outcome; decidedAt: Date; decidedBy: string; youSaidWeDid: string },
  ) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.title = fields.title;
    this.summary = fields.summary;
    this.rationale = fields.rationale;
    this.outcome = fields.outcome;
    this.decidedAt = fields.decidedAt;
    this.decidedBy = fields.decidedBy;
    this.youSaidWeDid = fields.youSaidWeDid;
  }
}

/** A decision as it stood before an amendment, with who amended it, when and why. Never updated. */
@Entity({ tableName: 'decision_version' })
@Index({ properties: ['decision', 'at'] })
export class DecisionVersion {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Decision, { deleteRule: 'cascade' })
  decision: Rel<Decision>;

  /** When the amendment that replaced this version was made. */
  @Property({ type: 'timestamptz' })
  at: Date;

  /** Who amended it, as named in the audit log. */
  @Property({ type: 'text' })
  by: string;

  @Property({ type: 'text' })
  reason: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  @Property({ type: 'text' })
  rationale: string;

  @Enum({ items: () => Outcome, nativeEnumName: 'outcome' })
  outcome: Outcome;

  @Property({ type: 'text' })
  youSaidWeDid: string;

  @Property({ type: 'boolean' })
  published: boolean;

  constructor(decision: Decision, at: Date, by: string, reason: string) {
    this.decision = decision;
    this.at = at;
    this.by = by;
    this.reason = reason;
    this.title = decision.title;
    this.summary = decision.summary;
    this.rationale = decision.rationale;
    this.outcome = decision.outcome;
    this.youSaidWeDid = decision.youSaidWeDid;
    this.published = decision.published;
  }
}

/** Evidence links: named rows with who made them and when, so a trace is a query. */
@Entity({ tableName: 'decision_theme' })
export class DecisionTheme {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'linkedAt';
  @ManyToOne(() => Decision, { primary: true, deleteRule: 'cascade' }) decision: Rel<Decision>;
  @ManyToOne(() => Theme, { primary: true, deleteRule: 'cascade', index: true }) theme: Rel<Theme>;
  @ManyToOne(() => Account, { deleteRule: 'cascade' }) linkedBy: Rel<Account>;
  @Property({ type: 'timestamptz' }) linkedAt: Date = new Date();
  constructor(decision: Decision, theme: Theme, linkedBy: Account) {
    this.decision = decision;
    this.theme = theme;
    this.linkedBy = linkedBy;
  }
}

@Entity({ tableName: 'decision_proposal' })
export class DecisionProposal {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'linkedAt';
  @ManyToOne(() => Decision, { primary: true, deleteRule: 'cascade' }) decision: Rel<Decision>;
  @ManyToOne(() => Proposal, { primary: true, deleteRule: 'cascade', index: true }) proposal: Rel<Proposal>;
  @ManyToOne(() => Account, { deleteRule: 'cascade' }) linkedBy: Rel<Account>;
  @Property({ type: 'timestamptz' }) linkedAt: Date = new Date();
  constructor(decision: Decision, proposal: Proposal, linkedBy: Account) {
    this.decision = decision;
    this.proposal = proposal;
    this.linkedBy = linkedBy;
  }
}

@Entity({ tableName: 'decision_input' })
export class DecisionInput {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'linkedAt';
  @ManyToOne(() => Decision, { primary: true, deleteRule: 'cascade' }) decision: Rel<Decision>;
  @ManyToOne(() => VoiceInput, { primary: true, deleteRule: 'cascade', index: true }) input: Rel<VoiceInput>;
  @ManyToOne(() => Account, { deleteRule: 'cascade' }) linkedBy: Rel<Account>;
  @Property({ type: 'timestamptz' }) linkedAt: Date = new Date();
  constructor(decision: Decision, input: VoiceInput, linkedBy: Account) {
    this.decision = decision;
    this.input = input;
    this.linkedBy = linkedBy;
  }
}

/** A change to a service that follows a decision. PLANNED → IN_PROGRESS → DONE, or DROPPED with a reason. */
@Entity({ tableName: 'service_change' })
export class ServiceChange {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @ManyToOne(() => Decision, { deleteRule: 'cascade', index: true })
  decision: Rel<Decision>;

  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service: Rel<Service>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => ChangeStatus, nativeEnumName: 'change_status' })
  status: ChangeStatus;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(organisation: Organisation, decision: Decision, service: Service, createdBy: Account, fields: { title: string; description: string; status: ChangeStatus }) {
    this.organisation = organisation;
    this.decision = decision;
    this.service = service;
    this.createdBy = createdBy;
    this.title = fields.title;
    this.description = fields.description;
    this.status = fields.status;
  }
}

/** Each dated status update of a service change, with its note. */
@Entity({ tableName: 'change_update' })
export class ChangeUpdate {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceChange, { deleteRule: 'cascade', index: true })
  change: Rel<ServiceChange>;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Enum({ items: () => ChangeStatus, nativeEnumName: 'change_status' })
  status: ChangeStatus;

  @Property({ type: 'text' })
  note: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  by: Rel<Account>;

  constructor(change: ServiceChange, status: ChangeStatus, note: string, by: Account) {
    this.change = change;
    this.status = status;
    this.note = note;
    this.by = by;
  }
}

/** How many children and families, by age band, a service works with (for "who we heard"). */
@Entity({ tableName: 'service_cohort' })
export class ServiceCohort {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'updatedAt';
  @ManyToOne(() => Service, { primary: true, deleteRule: 'cascade' }) service: Rel<Service>;
  @Enum({ items: () => AgeBand, nativeEnumName: 'age_band', primary: true }) ageBand: AgeBand;
  @Property({ type: 'integer' }) count: number;
  @ManyToOne(() => Account, { deleteRule: 'cascade' }) updatedBy: Rel<Account>;
  @Property({ type: 'timestamptz' }) updatedAt: Date = new Date();
  constructor(service: Service, ageBand: AgeBand, count: number, updatedBy: Account) {
    this.service = service;
    this.ageBand = ageBand;
    this.count = count;
    this.updatedBy = updatedBy;
  }
}
/** An in-app notice to a forum member or participant (e.g. "a decision was made on a proposal you voted on"). */
@Entity({ tableName: 'notification' })
@Index({ properties: ['account', 'createdAt'] })
export class Notification {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'createdAt' | 'readAt' | 'link';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account: Rel<Account>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  constructor(account: Account, title: string, body: string) {
    this.account = account;
    this.title = title;
    this.body = body;
  }
}
