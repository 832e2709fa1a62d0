import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inRequestTransaction } from '../server/src/shared/tenancy.js';
import { Survey } from '../server/src/surveys/survey.entity.js';
import { startTestApp, type TestApp } from './support/app.js';

/**
 * A request is one transaction on one connection, and a connection runs one query at a time. Reads a
 * service starts together (`Promise.all`) must reach pg one after another (orm.ts, TenantConnection):
 * pg 8 queues a query handed over while another runs, with a deprecation warning, and pg 9 refuses it.
 */
let t: TestApp;
let overlaps = 0;
const original = pg.Client.prototype.query;

beforeAll(async () => {
  t = await startTestApp();
  // Counts every query handed to a connection that is still running or holding another.
  pg.Client.prototype.query = function (this: any, ...args: any[]) {
    if (this._activeQuery || this._queryQueue.length > 0) overlaps++;
    return (original as any).apply(this, args);
  } as any;
});

afterAll(async () => {
  pg.Client.prototype.query = original;
  await t?.close();
});

describe('one transaction, one query at a time', () => {
  it('sends raw reads and ORM reads started together on the request transaction one after another, each with its own answer', async () => {
    overlaps = 0;
    const { result } = await inRequestTransaction(t.orm, (em) =>
      Promise.all([
        ...Array.from({ length: 5 }, (_, i) => em.getConnection().execute<Array<{ i: number }>>('select pg_sleep(0.01), ?::int as i', [i]).then((rows) => rows[0].i)),
        em.find(Survey, {}).then((surveys) => surveys.length),
      ]),
    );
    expect(result.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(result[5]).toBeGreaterThan(0);
    expect(overlaps).toBe(0);
  });

  it('a failed read does not stop the ones queued behind it from being answered (they fail as the aborted transaction makes them)', async () => {
    overlaps = 0;
    const outcomes = await inRequestTransaction(t.orm, (em) =>
      Promise.allSettled([
        em.getConnection().execute('select 1/0'),
        em.getConnection().execute('select 1 as one'),
      ]),
    ).then(({ result, aborted }) => ({ statuses: result.map((r) => r.status), aborted }));
    expect(outcomes).toEqual({ statuses: ['rejected', 'rejected'], aborted: true });
    expect(overlaps).toBe(0);
  });

  it('the count sees queries handed to pg together when they go round the queue (straight to the transaction)', async () => {
    overlaps = 0;
    await inRequestTransaction(t.orm, async (em) => {
      const trx = em.getTransactionContext<any>();
      await Promise.all(Array.from({ length: 5 }, () => trx.raw('select pg_sleep(0.01)')));
    });
    expect(overlaps).toBeGreaterThan(0);
  });
});
