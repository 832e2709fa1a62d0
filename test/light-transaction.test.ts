import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inRequestTransaction } from '../server/src/shared/tenancy.js';
import { startTestApp, type TestApp } from './support/app.js';

/**
 * A request's transaction hands out a small transactor rather than a knex instance
 * (server/src/light-transaction.ts). It must keep what knex's gives: queries stay on the
 * transaction's connection, refuse to run once it is over, and savepoints work inside it.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

const setting = `select current_setting('heard.test_light', true) as v`;

describe("a request's transaction", () => {
  it('hands out a small transactor (an object, where knex hands out a knex instance: a function), bound to its connection', async () => {
    await inRequestTransaction(t.orm, async (em) => {
      const trx = em.getTransactionContext<any>();
      expect(typeof trx).toBe('object');
      expect(trx.client.transacting).toBe(true);
    });
  });

  it('refuses a query handed to it after it has committed, rather than running it on a pooled connection', async () => {
    let finished: any;
    await inRequestTransaction(t.orm, async (em) => {
      finished = em.getTransactionContext<any>();
      await finished.raw('select 1');
    });
    await expect(finished.raw('select 1')).rejects.toThrow(/already complete/);
  });

  it('opens savepoints inside itself: a savepoint sees its settings, and rolling one back undoes only what was set in it', async () => {
    const { result } = await inRequestTransaction(t.orm, async (em) => {
      const connection = em.getConnection();
      const trx = em.getTransactionContext<any>();
      await connection.execute(`select set_config('heard.test_light', 'outer', true)`, [], 'all', trx);
      const savepoint = await connection.begin({ ctx: trx });
      const seen = (await connection.execute(setting, [], 'all', savepoint))[0].v;
      await connection.execute(`select set_config('heard.test_light', 'inner', true)`, [], 'all', savepoint);
      const inside = (await connection.execute(setting, [], 'all', savepoint))[0].v;
      await connection.rollback(savepoint);
      const after = (await connection.execute(setting, [], 'all', trx))[0].v;
      return { seen, inside, after };
    });
    expect(result).toEqual({ seen: 'outer', inside: 'inner', after: 'outer' });
  });
});
