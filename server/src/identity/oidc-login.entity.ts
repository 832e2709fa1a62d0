import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Organisation } from './organisation.entity.js';

/**
 * One single sign-on attempt between /auth/oidc/start and /auth/oidc/callback: the state (as an
 * HMAC), the nonce and the PKCE verifier (sealed). Used once: a replayed callback finds it used.
 */
@Entity({ tableName: 'oidc_login' })
export class OidcLogin {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation: Rel<Organisation>;

  @Property({ type: 'text', unique: true })
  stateHash: string;

  @Property({ type: 'text' })
  nonce: string;

  @Property({ type: 'text' })
  codeVerifier: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  constructor(organisation: Organisation, stateHash: string, nonce: string, codeVerifier: string, expiresAt: Date) {
    this.organisation = organisation;
    this.stateHash = stateHash;
    this.nonce = nonce;
    this.codeVerifier = codeVerifier;
    this.expiresAt = expiresAt;
  }
}
