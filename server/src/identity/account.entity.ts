import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { AgeBand, Role } from '../shared/enums.js';
import type { Forum } from '../proposals/forum.entity.js';
import { Organisation } from './organisation.entity.js';

/**
 * Anyone who can hold a session: staff (email + password), forum members and pseudonymous
 * participants (a code from a worker; no email, no password, no name unless a feature needs one).
 */
@Entity({ tableName: 'account' })
@Index({ properties: ['organisation', 'role'] })
export class Account {
  [OptionalProps]?:
    | 'createdAt'
    | 'email'
    | 'passwordHash'
    | 'displayName'
    | 'ageBand'
    | 'deactivatedAt'
    | 'forum'
    | 'joinedAt'
    | 'lastSignInAt'
    | 'mfaSecret'
    | 'mfaPendingSecret'
    | 'mfaEnabledAt'
    | 'mfaLastStep';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role: Role;

  /** Staff only; stored lower-case, unique across Heard. */
  @Property({ type: 'text', nullable: true, unique: true })
  email: string | null = null;

  /** argon2id. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  displayName: string | null = null;

  @Enum({ items: () => AgeBand, nativeEnumName: 'age_band', nullable: true })
  ageBand: AgeBand | null = null;

  /** The youth forum of a FORUM_MEMBER. */
  @ManyToOne({ entity: 'Forum', nullable: true, deleteRule: 'cascade', index: true })
  forum: Rel<Forum> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null = null;

  /** Staff: when they accepted their invitation (or first signed in with single sign-on); null while invited. */
  @Property({ type: 'timestamptz', nullable: true })
  joinedAt: Date | null = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;

  /** TOTP secret of the authenticator app, sealed with SESSION_SECRET (identity/secrets.ts). */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  mfaSecret: string | null = null;

  /** A secret being enrolled, until a first code from the app confirms it (sealed). */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  mfaPendingSecret: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  mfaEnabledAt: Date | null = null;

  /** The TOTP time step of the last code accepted: a code is never accepted twice. */
  @Property({ type: 'integer', nullable: true, hidden: true })
  mfaLastStep: number | null = null;

  constructor(organisation: Organisation, role: Role) {
    this.organisation = organisation;
    this.role = role;
  }
}
