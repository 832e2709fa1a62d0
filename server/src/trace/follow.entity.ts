import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { Language } from '../shared/language.js';
import { SurveyResponse } from '../surveys/response.entity.js';
import { TenantColumn } from '../shared/tenancy.js';

/**
 * An email address a parent or carer gave on the receipt page, kept only to tell them when a
 * decision or change follows from that response (in their language); deleted with the response or
 * when they stop.
 * One per response (giving another address replaces it).
 */
@Entity({ tableName: 'receipt_follow' })
export class ReceiptFollow {
  /** Filled by the database from the transaction's organisation (row-level security). */
  @TenantColumn()
  organisationId?: string;

  [OptionalProps]?: 'createdAt' | 'language';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SurveyResponse, { deleteRule: 'cascade', unique: true })
  response: Rel<SurveyResponse>;

  @Property({ type: 'text' })
  email: string;

  /** The language of the page they asked from: the emails are written in it. */
  @Property({ type: 'text', default: 'en' })
  language: Language = 'en';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(response: SurveyResponse, email: string) {
    this.response = response;
    this.email = email;
  }
}
