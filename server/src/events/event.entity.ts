import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Service } from '../services/service.entity.js';
import { AgeBand } from '../shared/enums.js';

export enum EventKind {
  YOUTH_FORUM = 'YOUTH_FORUM',
  DROP_IN = 'DROP_IN',
  FOCUS_GROUP = 'FOCUS_GROUP',
  SCHOOL_SESSION = 'SCHOOL_SESSION',
  HOME_VISIT = 'HOME_VISIT',
  ONLINE = 'ONLINE',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum EventStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CLOSED = 'CLOSED',
  /** Called off before it was held, with the reason (cancelEvent). */
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, { name: 'EventStatus' });

/**
 * A consultation event (youth forum, drop-in, school session, home visit…). What was said there is
 * recorded as voice inputs (kind EVENT_CONTRIBUTION, event_id = this). PLANNED → HELD (first
 * attendance or contribution) → CLOSED (report and "what we heard" written).
 */
@Entity({ tableName: 'consultation_event' })
@Index({ properties: ['organisation', 'startsAt'] })
export class ConsultationEvent {
  [OptionalProps]?: 'createdAt' | 'status' | 'service' | 'endsAt' | 'venue' | 'questions' | 'attendance' | 'report' | 'whatWeHeard' | 'closedAt' | 'cancelledReason' | 'cancelledAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service: Rel<Service> | null = null;

  @Property({ type: 'text' })
  title: string;

  @Enum({ items: () => EventKind, nativeEnumName: 'event_kind' })
  kind: EventKind;

  @Enum({ items: () => EventStatus, nativeEnumName: 'event_status', default: EventStatus.PLANNED })
  status: EventStatus = EventStatus.PLANNED;

  @Property({ type: 'timestamptz' })
  startsAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endsAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  venue: string | null = null;

  /** The questions to be asked at the event. */
  @Property({ type: 'text[]', default: '{}' })
  questions: string[] = [];

  /** Head counts per age band; no names needed. */
  @Property({ type: 'jsonb', default: '[]' })
  attendance: Array<{ ageBand: AgeBand; count: number }> = [];

  /** Internal report (staff only). */
  @Property({ type: 'text', nullable: true })
  report: string | null = null;

  /** Feedback in plain words for the people who came. */
  @Property({ type: 'text', nullable: true })
  whatWeHeard: string | null = null;

  /** The code on the link/QR handed out at the event for the "what we heard" page. */
  @Property({ type: 'text', unique: true })
  feedbackCode: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  createdBy: Rel<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** Why it was called off (CANCELLED only). */
  @Property({ type: 'text', nullable: true })
  cancelledReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  constructor(organisation: Organisation, createdBy: Account, fields: { title: string; kind: EventKind; startsAt: Date; feedbackCode: string }) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.title = fields.title;
    this.kind = fields.kind;
    this.startsAt = fields.startsAt;
    this.feedbackCode = fields.feedbackCode;
  }
}
