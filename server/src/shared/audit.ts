import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { Actor } from './context.js';

interface Target {
  id: string;
}

/** How an actor is named in the audit log. */
export function actorLabel(actor: Actor | null): string {
  if (!actor) return 'system';
  return actor.displayName ? `${actor.displayName} (${actor.role})` : actor.role;
}

/**
 * The one audited path for change: runs `change` in a transaction and writes an AuditEntry for the
 * record it returns in the same transaction, so a change without its audit row cannot be committed.
 * The actor's organisation owns the entry. Errors from `change` roll everything back. `details` may be
 * a function of the changed record (e.g. to keep the state before and after a correction).
 */
export async function performAction<T extends Target>(
  em: EntityManager,
  actor: Actor,
  action: string,
  change: (em: EntityManager) => Promise<T>,
  details?: Record<string, unknown> | ((target: T) => Record<string, unknown>),
): Promise<T> {
  return em.transactional(async (tx) => {
    const target = await change(tx);
    // A function sees the changed record, for entries that keep what it was before and after.
    recordAudit(tx, actor, action, target, typeof details === 'function' ? details(target) : details);
    await tx.flush();
    return target;
  });
}

/** Adds an audit row to the unit of work (for reads that must be audited, or batched changes). */
export function recordAudit(em: EntityManager, actor: Actor, action: string, target: Target, details?: Record<string, unknown>): void {
  const entry = new AuditEntry(
    em.getReference(Organisation, actor.organisationId),
    actorLabel(actor),
    action,
    target.constructor.name,
    target.id,
  );
  entry.actorId = actor.accountId;
  entry.details = details ?? null;
  em.persist(entry);
}

/**
 * The fields whose values differ between two snapshots of a record, as `{ before, after }`: what
 * a correction's audit row keeps, so the trail shows exactly what was changed from what.
 */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
