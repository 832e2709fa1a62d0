import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { VoiceInput } from './voice-input.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

export enum ConcernStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  REFERRED = 'REFERRED',
  CLOSED = 'CLOSED',
}
registerEnumType(ConcernStatus, { name: 'ConcernStatus' });

export enum ConcernSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
}
registerEnumType(ConcernSeverity, { name: 'ConcernSeverity' });

/**
 * Something a child or family wrote that may be a disclosure: raised by screening when the text was
 * stored (same transaction) or by a member of staff. Its input is withheld everywhere else.
 */
@Entity({ tableName: 'safeguarding_concern' })
@Index({ properties: ['organisation', 'status', 'dueBy'] })
// One unclosed concern per input, whoever raises it and however many at once: a second flag adds a
// note to the first (safeguarding/concern.service.ts flagInput), never a second queue entry.
@Unique({
  name: 'safeguarding_concern_one_open_per_input',
  expression: `create unique index "safeguarding_concern_one_open_per_input" on "safeguarding_concern" ("input_id") where "status" <> 'CLOSED'`,
})
export class SafeguardingConcern {
  [OptionalProps]?: 'raisedAt' | 'status' | 'raisedByAccount' | 'matchedRules' | 'referralReference' | 'acknowledgedAt' | 'referredAt' | 'closedAt' | 'escalatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @ManyToOne(() => VoiceInput, { deleteRule: 'cascade', index: true })
  input: Rel<VoiceInput>;

  @Enum({ items: () => ConcernStatus, nativeEnumName: 'concern_status', default: ConcernStatus.OPEN })
  status: ConcernStatus = ConcernStatus.OPEN;

  @Enum({ items: () => ConcernSeverity, nativeEnumName: 'concern_severity' })
  severity: ConcernSeverity;

  @Property({ type: 'timestamptz' })
  raisedAt: Date = new Date();

  /** When it must be acknowledged by. */
  @Property({ type: 'timestamptz' })
  dueBy: Date;

  /** SCREENING, or the name of the member of staff who flagged it. */
  @Property({ type: 'text' })
  raisedBy: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  raisedByAccount: Rel<Account> | null = null;

  @Property({ type: 'text[]', default: '{}' })
  matchedRules: string[] = [];

  @Property({ type: 'text', nullable: true })
  referralReference: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  referredAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** When the overdue concern was emailed to every lead and admin; set once, so it escalates once. */
  @Property({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null = null;

  constructor(organisation: Organisation, input: VoiceInput, severity: ConcernSeverity, dueBy: Date, raisedBy: string) {
    this.organisation = organisation;
    this.input = input;
    this.severity = severity;
    this.dueBy = dueBy;
    this.raisedBy = raisedBy;
  }
}

/** The history of a concern: every acknowledgement, referral, closure and note. */
@Entity({ tableName: 'concern_note' })
export class ConcernNote {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SafeguardingConcern, { deleteRule: 'cascade', index: true })
  concern: Rel<SafeguardingConcern>;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  author: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  authorAccount: Rel<Account> | null = null;

  @Property({ type: 'text' })
  text: string;

  constructor(concern: SafeguardingConcern, author: string, text: string) {
    this.concern = concern;
    this.author = author;
    this.text = text;
  }
}

/**
 * An organisation's own screening rules (e.g. in another language), versioned; used together
 * with the default English rules. `rules` is a RuleSet (voices/screening/screening.ts).
 */
@Entity({ tableName: 'screening_rule_set' })
export class ScreeningRuleSet {
  [OptionalProps]?: 'createdAt' | 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Property({ type: 'text' })
  language: string;

  @Property({ type: 'text' })
  version: string;

  @Property({ type: 'jsonb' })
  rules: unknown;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(organisation: Organisation, language: string, version: string, rules: unknown) {
    this.organisation = organisation;
    this.language = language;
    this.version = version;
    this.rules = rules;
  }
}
