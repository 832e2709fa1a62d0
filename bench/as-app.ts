import type { EntityManager } from '@mikro-orm/postgresql';
import { prepareAppRole } from '../server/src/database.js';
import { openAppOrm } from '../server/src/orm.js';
import { withTenant } from '../server/src/shared/tenancy.js';

/**
 * Reads as a request does: connected as the app role (row-level security applies) and each call one
 * transaction with its organisation set. Seeding runs as the owner; what is timed runs through this.
 */
export async function asApp(ownerUrl: string): Promise<{ run: <T>(organisationId: string, fn: (em: EntityManager) => Promise<T>) => Promise<T>; close: () => Promise<void> }> {
  const orm = await openAppOrm(await prepareAppRole(ownerUrl, undefined));
  return {
    run: (organisationId, fn) => withTenant(orm, organisationId, fn),
    close: () => orm.close(),
  };
}
