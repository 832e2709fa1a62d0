import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Service } from '../services/service.entity.js';
import { AgeBand } from '../shared/enums.js';
import { Choice, QuestionWording } from './survey.types.js';
import { TenantColumn } from '../shared/tenancy.js';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });

export enum SurveyAccess {
  ANYONE_WITH_LINK = 'ANYONE_WITH_LINK',
  PARTICIPANTS_ONLY = 'PARTICIPANTS_ONLY',
}
registerEnumType(SurveyAccess, { name: 'SurveyAccess' });

export enum QuestionType {
  SCALE = 'SCALE',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  YES_NO = 'YES_NO',
  TEXT = 'TEXT',
}
registerEnumType(QuestionType, { name: 'QuestionType' });

export interface StoredChoice {
  id: string;
  label: string;
  emoji: string | null;
}

export interface StoredWording {
  ageBand: AgeBand;
  text: string;
}

/** One question in another language; choice labels follow the question's choice order. */
export interface StoredQuestionTranslation {
  prompt: string;
  wordings: StoredWording[];
  choiceLabels: string[];
}

/** A survey's text in another language. Missing parts fall back to the survey's own language. */
export interface StoredTranslation {
  title: string;
  purpose: string;
  whatHappensNext: string;
  /** By question id. */
  questions: Record<string, StoredQuestionTranslation>;
}

/** A survey: drafted by staff, frozen when published, answered through its share code. */
@ObjectType()
@Entity({ tableName: 'survey' })
export class Survey {
  [OptionalProps]?: 'createdAt' | 'status' | 'access' | 'service' | 'closesAt' | 'publishedAt' | 'closedAt' | 'language' | 'translations';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service: Rel<Service> | null = null;

  // title, purpose and whatHappensNext reach GraphQL through SurveyResolver, in the language asked for.
  @Property({ type: 'text' })
  title: string;

  /** Why children are asked, in plain words. */
  @Property({ type: 'text' })
  purpose: string;

  /** What will happen with their answers. */
  @Property({ type: 'text' })
  whatHappensNext: string;

  @Field(() => String, { description: 'The language the survey is written in.' })
  @Property({ type: 'text', default: 'en' })
  language: string = 'en';

  /**
   * Translations by language tag. Kept on the survey (jsonb) rather than in a table of their own:
   * they are always read with the survey (the share-code page, the staff screen), copied with it,
   * and a language is replaced or removed whole; nothing queries inside them.
   */
  @Property({ type: 'jsonb', default: '{}' })
  translations: Record<string, StoredTranslation> = {};

  @Field(() => SurveyStatus)
  @Enum({ items: () => SurveyStatus, nativeEnumName: 'survey_status', default: SurveyStatus.DRAFT })
  status: SurveyStatus = SurveyStatus.DRAFT;

  @Field(() => SurveyAccess)
  @Enum({ items: () => SurveyAccess, nativeEnumName: 'survey_access', default: SurveyAccess.ANYONE_WITH_LINK })
  access: SurveyAccess = SurveyAccess.ANYONE_WITH_LINK;

  @Field(() => [AgeBand])
  @Property({ type: 'text[]' })
  audience: AgeBand[];

  /** The code in the share link and QR code. */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  shareCode: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closesAt: Date | null = null;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @OneToMany(() => Question, (q) => q.survey, { orderBy: { position: 'asc' } })
  questions = new Collection<Question>(this);

  constructor(organisation: Organisation, createdBy: Account, fields: { title: string; purpose: string; whatHappensNext: string; audience: AgeBand[]; shareCode: string }) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.title = fields.title;
    this.purpose = fields.purpose;
    this.whatHappensNext = fields.whatHappensNext;
    this.audience = fields.audience;
    this.shareCode = fields.shareCode;
  }
}

@ObjectType()
@Entity({ tableName: 'question' })
export class Question {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'required' | 'choices' | 'wordings' | 'scaleMax' | 'maxLength';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Survey, { deleteRule: 'cascade', index: true })
  survey: Rel<Survey>;

  /** 1-based order within the survey. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  position: number;

  @Field(() => QuestionType)
  @Enum({ items: () => QuestionType, nativeEnumName: 'question_type' })
  type: QuestionType;

  // prompt, wordings and choices reach GraphQL through QuestionResolver, in the language asked for.
  @Property({ type: 'text' })
  prompt: string;

  @Property({ type: 'jsonb', default: '[]' })
  wordings: StoredWording[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  required: boolean = false;

  @Property({ type: 'jsonb', default: '[]' })
  choices: StoredChoice[] = [];

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  scaleMax: number | null = null;

  /** Longest text answer accepted (TEXT questions). */
  @Property({ type: 'integer', default: 2000 })
  maxLength: number = 2000;

  @Field(() => Int, { name: 'maxLength', nullable: true, description: 'Longest text answer accepted, in characters (text questions only).' })
  get textLimit(): number | null {
    return this.type === QuestionType.TEXT ? this.maxLength : null;
  }

  constructor(survey: Survey, position: number, type: QuestionType, prompt: string) {
    this.survey = survey;
    this.position = position;
    this.type = type;
    this.prompt = prompt;
  }
}
