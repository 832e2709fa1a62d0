import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { TenantColumn } from '../shared/tenancy.js';
import { Survey } from './survey.entity.js';

/**
 * A survey's counts up to `through`, computed by a background job (surveys/survey-counts.ts) so a
 * large survey's results count only the responses that came after it. Dropped by the database
 * whenever a response or answer it counted is changed or removed.
 */
@Entity({ tableName: 'survey_count' })
export class SurveyCount {
  @ManyToOne(() => Survey, { primary: true, deleteRule: 'cascade' })
  survey!: Rel<Survey>;

  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  @Property({ type: 'timestamptz' })
  through!: Date;

  @Property({ type: 'jsonb' })
  counts!: unknown;

  @Property({ type: 'timestamptz' })
  computedAt!: Date;
}
