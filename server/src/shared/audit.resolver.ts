import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from './enums.js';
import { AuditEntry } from './audit-entry.entity.js';
import { requireActor } from './auth.js';
import type { Actor, Context } from './context.js';
import { ConnectionTypes, connectionFrom, decodeCursor, pageSize } from './pagination.js';

export const { Edge: AuditEntryEdge, Connection: AuditEntryConnection } = ConnectionTypes('AuditEntry', AuditEntry);

/** The organisation's audit log, newest first, optionally for one record. */
export async function listAudit(em: EntityManager, actor: Actor, targetId: string | null, first: number | null, after: string | null) {
  const size = pageSize(first);
  const cursor = decodeCursor(after);
  const rows = await em.find(
    AuditEntry,
    {
      organisation: actor.organisationId,
      ...(targetId ? { targetId } : {}),
      ...(cursor ? { $or: [{ at: { $lt: cursor.at } }, { at: cursor.at, id: { $lt: cursor.id } }] } : {}),
    },
    { orderBy: { at: 'desc', id: 'desc' }, limit: size + 1 },
  );
  return connectionFrom(rows, size, (r) => ({ at: r.at, id: r.id }), (r) => r);
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection)
  auditLog(
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return listAudit(em, requireActor(actor), targetId, first, after);
  }
}
