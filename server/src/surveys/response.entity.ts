import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { AgeBand, Capture, Channel } from '../shared/enums.js';
import { Question, Survey } from './survey.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

/**
 * One person's submitted answers. Stored once per client submission id (a retry returns the same
 * receipt); `payloadHash` tells a retry from a different payload under the same id (CONFLICT).
 * Written by one SQL statement in survey-submission.ts, so the entity is for reading.
 */
@Entity({ tableName: 'survey_response' })
@Unique({ properties: ['survey', 'clientSubmissionId'] })
@Index({ properties: ['survey', 'ageBand'] })
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Rel<Organisation>;

  @ManyToOne(() => Survey, { deleteRule: 'cascade' })
  survey!: Rel<Survey>;

  @Property({ type: 'text' })
  clientSubmissionId!: string;

  @Property({ type: 'text' })
  payloadHash!: string;

  /** Words and digits, easy to read aloud; unique for ever. */
  @Property({ type: 'text', unique: true })
  receiptCode!: string;

  @Enum({ items: () => AgeBand, nativeEnumName: 'age_band' })
  ageBand!: AgeBand;

  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @Enum({ items: () => Capture, nativeEnumName: 'capture' })
  capture!: Capture;

  /** The worker who entered an ASSISTED or PAPER response. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  enteredBy!: Rel<Account> | null;

  /** The participant who answered, when they joined with a code. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  participant!: Rel<Account> | null;

  /** The language the person answered in (BCP 47), when known. */
  @Property({ type: 'text', nullable: true })
  language!: string | null;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;
}

/** One answered question of a response (text answers keep their words in voice_input). */
@Entity({ tableName: 'answer' })
@Index({ properties: ['question', 'ageBand'] })
export class Answer {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SurveyResponse, { deleteRule: 'cascade', index: true })
  response!: Rel<SurveyResponse>;

  @ManyToOne(() => Question, { deleteRule: 'cascade' })
  question!: Rel<Question>;

  @Property({ type: 'uuid[]', nullable: true })
  choiceIds!: string[] | null;

  @Property({ type: 'integer', nullable: true })
  scale!: number | null;

  /** Copied from the response so results filter by age band without a join. */
  @Enum({ items: () => AgeBand, nativeEnumName: 'age_band' })
  ageBand!: AgeBand;
}
