import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { openOrm } from '../server/src/orm.js';
import { seedDemo } from '../server/src/seed/demo.js';
import { Agent, DEMO_PASSWORD } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';
import { startPrimaryWithReplica, type Replicated } from './support/replica.js';

/**
 * Reports read from a real streaming replica while it keeps up, and from the primary once it lags
 * past REPLICA_MAX_LAG_MS. The replica's replay is paused to make it fall behind on purpose.
 */
let db: Replicated;
let close: () => Promise<void>;
let url: string;
let staff: Agent;
let s: SurveyFixture;
const MAX_LAG_MS = 4000;

async function onReplica(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: db.replicaUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }`;
const responses = async () => (await staff.gql(RESULTS, { id: s.id })).surveyResults.responseCount as number;
const readyz = async () => (await (await fetch(`${url}/readyz`)).json()).replicas as string;
const submit = (n: number) =>
  Promise.all(Array.from({ length: n }, () => new Agent(url).gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(s) } })));

async function until(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  db = await startPrimaryWithReplica();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CLIENT_DIR: '',
    DATABASE_REPLICA_URLS: db.replicaUrl,
    REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
  });
  const orm = await openOrm(db.primaryUrl);
  await seedDemo(orm, DEMO_PASSWORD);
  const app = await createApp({ orm, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  close = async () => {
    await app.close();
    await orm.close();
  };
  staff = await new Agent(url).signIn('practitioner@northbridge.example');
  s = await survey(staff, 'open', { access: 'ANYONE_WITH_LINK' });
}, 120_000);

afterAll(async () => {
  await close?.();
  db?.stop();
});

describe('reports on a streaming replica', () => {
  it('read from the replica while it keeps up, so they do not see what it has not replayed yet', async () => {
    await submit(12);
    await until(async () => (await readyz()) === 'in use' && (await responses()) === 12, 15_000);
    await onReplica('select pg_wal_replay_pause()');
    await submit(10);
    // Committed on the primary, not yet replayed: a report still counts 12, as the replica has it.
    expect(await responses()).toBe(12);
  });

  it('read from the primary once the replica lags past the maximum, and go back when it catches up', async () => {
    await until(async () => (await readyz()) === 'lagging', MAX_LAG_MS + 5000);
    expect(await responses()).toBe(22);
    await onReplica('select pg_wal_replay_resume()');
    await until(async () => (await readyz()) === 'in use', 15_000);
    expect(await responses()).toBe(22);
  });

  it('keep writes and a person’s own reads on the primary throughout', async () => {
    await onReplica('select pg_wal_replay_pause()');
    const [receipt] = await submit(1);
    const { receipt: found } = await new Agent(url).gql(`query($c: String!) { receipt(code: $c) { submittedAt } }`, { c: receipt.submitResponse.receiptCode });
    expect(found).not.toBeNull();
    await onReplica('select pg_wal_replay_resume()');
  });
});
