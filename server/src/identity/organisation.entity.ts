import { randomUUID } from 'node:crypto';
import { Check, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A council or partner; every record belongs to exactly one. */
@ObjectType()
@Entity({ tableName: 'organisation' })
// The database refuses what the settings page refuses, whoever writes the row.
@Check({ name: 'organisation_threshold_floor', expression: 'suppression_threshold >= 5' })
@Check({ name: 'organisation_deadlines_positive', expression: 'high_concern_due_minutes >= 60 and medium_concern_due_working_days >= 1' })
@Check({ name: 'organisation_retention_positive', expression: 'retain_words_months is null or retain_words_months >= 1' })
export class Organisation {
  [OptionalProps]?:
    | 'createdAt'
    | 'suppressionThreshold'
    | 'supportContacts'
    | 'highConcernDueMinutes'
    | 'mediumConcernDueWorkingDays'
    | 'supportMessage'
    | 'reviewFreeText'
    | 'contentLanguages'
    | 'retainWordsMonths'
    | 'requireStaffMfa'
    | 'retainConcernWordsMonths'
    | 'privacyContact'
    | 'oidcIssuer'
    | 'oidcClientId'
    | 'oidcClientSecret';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name: string;

  /** Counts from 1 to threshold−1 are suppressed in anything staff can slice; never below 5 (a check constraint). */
  @Property({ type: 'integer', default: 10 })
  suppressionThreshold: number = 10;

  /** Who a child can talk to, shown with Childline and 999 when what they wrote may need help. */
  @Property({ type: 'jsonb', default: '[]' })
  supportContacts: Array<{ name: string; phone: string | null; url: string | null }> = [];

  /** How soon a safeguarding lead must acknowledge a high-severity concern. */
  @Property({ type: 'integer', default: 60 })
  highConcernDueMinutes: number = 60;

  /** Working days (Monday to Friday, less England and Wales bank holidays) to acknowledge a medium-severity concern. */
  @Property({ type: 'integer', default: 1 })
  mediumConcernDueWorkingDays: number = 1;

  /** The organisation's own words for a child who may need help; null shows Heard's default in the child's language. */
  @Property({ type: 'text', nullable: true })
  supportMessage: string | null = null;

  /** Free text waits for a practitioner to read it before anyone else sees the words. */
  @Property({ type: 'boolean', default: true })
  reviewFreeText: boolean = true;

  /** BCP 47 tags of the languages surveys can be offered in. */
  @Property({ type: 'jsonb', default: '["en","ur","pl"]' })
  contentLanguages: string[] = ['en', 'ur', 'pl'];

  /** Months after which words are erased (counts and coded answers stay); null keeps them. */
  @Property({ type: 'integer', nullable: true, default: 24 })
  retainWordsMonths: number | null = 24;

  /** Staff must add an authenticator-app code when they sign in with a password. */
  @Property({ type: 'boolean', default: false })
  requireStaffMfa: boolean = false;

  /**
   * Months after a safeguarding concern is closed that the words it holds are erased (open
   * concerns keep them). 72 by default: six years, the limitation period for a claim about how a
   * concern was handled; the case itself lives in the council's social care record, which has its
   * own, longer schedule. See docs/data-protection.md.
   */
  @Property({ type: 'integer', default: 72 })
  retainConcernWordsMonths: number = 72;

  /** How to reach the organisation's data protection officer, shown on the privacy notice. */
  @Property({ type: 'text', nullable: true })
  privacyContact: string | null = null;
  /** Single sign-on: the council's OpenID Connect issuer (e.g. https://login.microsoftonline.com/<tenant>/v2.0). */
  @Property({ type: 'text', nullable: true })
  oidcIssuer: string | null = null;

  @Property({ type: 'text', nullable: true })
  oidcClientId: string | null = null;

  /** Sealed with SESSION_SECRET (identity/secrets.ts): the database alone does not give it away. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  oidcClientSecret: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(name: string) {
    this.name = name;
  }
}
