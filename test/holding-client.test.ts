import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deriveAppUrl } from '../server/src/database.js';
import { openAppOrm } from '../server/src/orm.js';
import { enterOrganisationOf, inRequestTransaction, setTenant } from '../server/src/shared/tenancy.js';
import { startTestApp, type TestApp } from './support/app.js';

/**
 * A request's BEGIN and its organisation travel with its first statement, in one message
 * (server/src/holding-client.ts). Every message a connection sends is recorded here.
 */
let t: TestApp;
let orm: MikroORM;
let organisationId: string;
let serviceId: string;
let sent: string[] = [];
const original = pg.Client.prototype.query;

beforeAll(async () => {
  t = await startTestApp();
  orm = await openAppOrm(deriveAppUrl(t.databaseUrl), { pool: { min: 0, max: 1 } });
  const owner = new pg.Client({ connectionString: t.databaseUrl });
  await owner.connect();
  [{ organisation_id: organisationId, id: serviceId }] = (await owner.query(`select organisation_id, id from service order by name limit 1`)).rows;
  await owner.end();
  pg.Client.prototype.query = function (this: any, config: any, ...rest: any[]) {
    sent.push(String(typeof config === 'string' ? config : config?.text).trim());
    return (original as any).call(this, config, ...rest);
  } as any;
});

afterAll(async () => {
  pg.Client.prototype.query = original;
  await orm?.close();
  await t?.close();
});

beforeEach(() => {
  sent = [];
});

describe('BEGIN and the organisation go with the first statement', () => {
  it('a request that sets its organisation and runs one statement sends two messages, and the statement sees the organisation and gets its own rows', async () => {
    const { result, aborted } = await inRequestTransaction(orm, async (em) => {
      await setTenant(em, organisationId);
      return em.getConnection().execute(`select current_setting('heard.organisation_id', true) as org, 41 + 1 as answer`);
    });
    expect(aborted).toBe(false);
    expect(result).toEqual([{ org: organisationId, answer: 42 }]);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^BEGIN;\s*select set_config\('heard\.organisation_id', '[0-9a-f-]{36}', true\);\s*select current_setting/);
    expect(sent[1]).toMatch(/^COMMIT/);
  });

  it('a statement that reads the organisation it enters (a public entry point) goes with BEGIN and keeps its result', async () => {
    const { result } = await inRequestTransaction(orm, async (em) => enterOrganisationOf(em, 'service', serviceId));
    expect(result).toBe(organisationId);
    expect(sent[0]).toMatch(/^BEGIN;\s*select k\.id, set_config/);
    expect(sent).toHaveLength(2);
  });

  it('a request that runs no statement sends nothing at all', async () => {
    await inRequestTransaction(orm, async (em) => setTenant(em, organisationId));
    expect(sent).toEqual([]);
  });

  it('a failing first statement fails as it would alone: the request is rolled back and the organisation does not outlive it', async () => {
    const { aborted } = await inRequestTransaction(orm, async (em) => {
      await setTenant(em, organisationId);
      await em.getConnection().execute(`select 1 / 0`).catch(() => undefined);
    });
    expect(aborted).toBe(true);
    expect(sent.at(-1)).toMatch(/^ROLLBACK/);
    // The pool's only connection, outside any transaction.
    const after = await orm.em.fork().execute(`select current_setting('heard.organisation_id', true) as org`);
    expect(after).toEqual([{ org: '' }]);
  });

  it('a statement with parameters (which must go alone) has the held ones sent just before it, and still sees the organisation', async () => {
    const { result } = await inRequestTransaction(orm, async (em) => {
      await setTenant(em, organisationId);
      const trx = em.getTransactionContext<any>();
      return trx.raw(`select current_setting(?, true) as org`, ['heard.organisation_id']);
    });
    expect(result.rows).toEqual([{ org: organisationId }]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^BEGIN;\s*select set_config/);
    expect(sent[1]).toMatch(/^select current_setting\(\$1/);
  });
});
