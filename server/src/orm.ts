import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AccessCode } from './identity/access-code.entity.js';
import { Account } from './identity/account.entity.js';
import { Organisation } from './identity/organisation.entity.js';
import { Session } from './identity/session.entity.js';
import { migrationsList } from './migrations/list.js';
import { Service } from './services/service.entity.js';
import { AuditEntry } from './shared/audit-entry.entity.js';

/** Every entity, listed once: discovery by folder scan would differ between tsx, vitest and dist. */
export const entities = [Organisation, Account, Session, AccessCode, Service, AuditEntry];

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    // Identity maps are per request (em.fork() in the GraphQL context), never the global em.
    allowGlobalContext: false,
    // Fail fast instead of hanging when PostgreSQL is away; the pool recovers once it is back.
    pool: { min: 0, max: 10, acquireTimeoutMillis: 5000, idleTimeoutMillis: 10_000 },
    driverOptions: { connection: { connectionTimeoutMillis: 3000, statement_timeout: 30_000 } },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'server/src/migrations',
      pathTs: 'server/src/migrations',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    debug: false,
    ...overrides,
  };
}

/** Connects and applies the committed migrations (never schema sync at runtime). */
export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  await orm.getMigrator().up();
  return orm;
}
