import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Service } from '../services/service.entity.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

/** A theme that voices are grouped into ("Waiting too long for a reply"). */
@Entity({ tableName: 'theme' })
export class Theme {
  [OptionalProps]?: 'createdAt' | 'description' | 'service';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Property({ type: 'text' })
  label: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service: Rel<Service> | null = null;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(organisation: Organisation, label: string, createdBy: Account) {
    this.organisation = organisation;
    this.label = label;
    this.createdBy = createdBy;
  }
}

/**
 * The link from a voice input to a theme: who made it and when, so the chain stands up to scrutiny.
 * It also keeps a copy of the input's service and time (they never change), so a service's tagged
 * inputs over a period are read from one index (influence, trace/trace.service.ts).
 */
@Entity({ tableName: 'theme_input' })
@Index({
  name: 'theme_input_input_service_created',
  expression: 'create index "theme_input_input_service_created" on "theme_input" ("input_service_id", "input_created_at") include ("theme_id", "tagged_at", "input_id")',
})
export class ThemeInput {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'taggedAt';

  @ManyToOne(() => Theme, { primary: true, deleteRule: 'cascade' })
  theme: Rel<Theme>;

  @ManyToOne(() => VoiceInput, { primary: true, deleteRule: 'cascade', index: true })
  input: Rel<VoiceInput>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  taggedBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  taggedAt: Date = new Date();

  /** The input's service when it was said (copied from voice_input). */
  @Property({ type: 'uuid', nullable: true })
  inputServiceId: string | null;

  /** When the input was said (copied from voice_input). */
  @Property({ type: 'timestamptz' })
  inputCreatedAt: Date;

  constructor(theme: Theme, input: VoiceInput, taggedBy: Account) {
    this.theme = theme;
    this.input = input;
    this.taggedBy = taggedBy;
    this.inputServiceId = input.service?.id ?? null;
    this.inputCreatedAt = input.createdAt;
  }
}
