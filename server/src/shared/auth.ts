import type { AuthChecker } from 'type-graphql';
import { Role, STAFF_ROLES } from './enums.js';
import type { Actor, Context } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';

/**
 * Every operation, and every field that returns another object, words, names or notes, declares
 * who may read it with `@Authorized(...roles)`; tests fail for an operation without one and for a
 * declaration without roles. `PUBLIC` marks what anyone may read (sign-in, join, public pages).
 */
export const PUBLIC = 'PUBLIC';
export const STAFF = [...STAFF_ROLES];
/** Staff who build and run consultations. */
export const CONSULTATION_STAFF = [Role.ADMIN, Role.COMMISSIONER, Role.PRACTITIONER];
/** Anyone signed in: every role, named (a declaration never leaves its roles implicit). */
export const SIGNED_IN = Object.values(Role);

/**
 * The organisation an object belongs to, when the object says: an entity's `organisation`
 * relation, or a view's `organisationId`. Null for plain values (counts, notes) that are only
 * reached through an object that does say.
 */
export function organisationOf(root: unknown): string | null {
  if (!root || typeof root !== 'object') return null;
  const r = root as { organisationId?: unknown; organisation?: { id?: unknown } | null };
  if (typeof r.organisationId === 'string') return r.organisationId;
  if (r.organisation && typeof r.organisation.id === 'string') return r.organisation.id;
  return null;
}

/**
 * The role the actor reads an object with: their own inside their organisation; outside it none,
 * so another organisation's staff see exactly what the public sees.
 */
export function roleOver(actor: Actor | null, root: unknown): Role | null {
  if (!actor) return null;
  const organisationId = organisationOf(root);
  if (organisationId !== null && organisationId !== actor.organisationId) return null;
  return actor.role;
}

/** Whether the actor is staff of the object's organisation (not merely staff somewhere). */
export function staffOver(actor: Actor | null, root: unknown): boolean {
  const role = roleOver(actor, root);
  return role !== null && (STAFF_ROLES as readonly Role[]).includes(role);
}

/**
 * Checks a root operation's roles against the actor, and a field's roles against the role the
 * actor has over the field's parent object (none for another organisation's object).
 */
export const authChecker: AuthChecker<Context, string> = ({ context, root }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  if (!context.actor) throw unauthenticated();
  const role = roleOver(context.actor, root);
  if (role !== null && roles.includes(role)) return true;
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
