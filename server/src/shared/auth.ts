import type { AuthChecker } from 'type-graphql';
import { Role, STAFF_ROLES } from './enums.js';
import type { Actor, Context } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';

/**
 * Every operation declares who may call it with `@Authorized(...)`; a test fails for any root
 * field without one. `PUBLIC` marks the few that anyone may call (sign-in, join, public pages).
 */
export const PUBLIC = 'PUBLIC';
export const STAFF = [...STAFF_ROLES];
/** Staff who build and run consultations. */
export const CONSULTATION_STAFF = [Role.ADMIN, Role.COMMISSIONER, Role.PRACTITIONER];

export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  if (!context.actor) throw unauthenticated();
  if (roles.length === 0 || roles.includes(context.actor.role)) return true;
  throw forbidden();
};

/** The signed-in actor, for services called from an `@Authorized` operation. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw forbidden();
}

/**
 * Object-level check: a record of another organisation is reported as not found, so its
 * existence is not revealed.
 */
export function sameOrganisation<T extends { organisation: { id: string } }>(actor: Actor, entity: T | null, what: string): T {
  if (!entity || entity.organisation.id !== actor.organisationId) throw notFound(what);
  return entity;
}
