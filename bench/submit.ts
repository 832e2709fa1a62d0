import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { INSERT_RESPONSE_SQL, insertResponseParams } from '../server/src/surveys/survey-submission.js';
import { newReceiptCode } from '../server/src/surveys/receipt-code.js';
import { AgeBand, Capture, Channel } from '../server/src/shared/enums.js';
import { Agent } from '../test/support/app.js';
import { answersFor, survey } from '../test/support/factories.js';
import { openLoop } from './open-loop.js';
import { deriveAppUrl } from '../server/src/database.js';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { POOL_IDLE_TIMEOUT_MS } from '../server/src/orm.js';

export const CONCURRENCY = 32;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The throughput runs are taken in this many turns each. */
const SLICES = 6;

export interface SubmitFigures {
  'submitResponse.raw_rps': number;
  'submitResponse.http_rps': number;
  'submitResponse.ratio': number;
  'submitResponse.raw_same_messages_rps': number;
  'submitResponse.ratio_same_messages': number;
  'submitResponse.p50_ms': number;
  'submitResponse.p99_ms': number;
  'submitResponse.half_rate_rps': number;
}

/** Knex-style `?` placeholders to pg's `$n`. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?(?!\?)/g, () => `$${++n}`);
};

/**
 * submitResponse over HTTP (session cookie, GraphQL, validation, idempotency, one-statement
 * insert) against raw `pg` running the same INSERT … ON CONFLICT statement with the same rows,
 * at the same concurrency, in the same run: once as a plain pg client sends it (four messages),
 * once in the two messages Heard sends (so the second ratio is the cost of everything but the
 * wire). Then latency at half the HTTP saturation rate, with requests arriving evenly at that rate
 * (open loop).
 */
/**
 * An open survey and a child signed in on one phone, and the request that submits a new answer to it:
 * every body a fresh submission, every good response a fresh receipt.
 */
export async function prepareSubmissions(serverUrl: string) {
  const staff = await new Agent(serverUrl).signIn('practitioner@northbridge.example');
  const s = await survey(staff, 'open');
  const { createParticipantCodes: [code] } = await staff.gql(`mutation { createParticipantCodes(count: 1) }`);
  const child = new Agent(serverUrl);
  await child.gql(`mutation($c: String!) { joinWithCode(code: $c, ageBand: AGE_12_TO_17) { id } }`, { c: code });
  const answers = answersFor(s, 'I would like more time to talk to my worker after school.');
  const headers = { 'content-type': 'application/json', cookie: child.cookie };
  const body = () =>
    JSON.stringify({
      query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { receiptCode duplicate } }',
      variables: { i: { surveyId: s.id, clientSubmissionId: randomUUID(), ageBand: 'AGE_12_TO_17', answers } },
    });
  const ok = (status: number, text: string) =>
    status === 200 && text.includes('"receiptCode"') && !text.includes('"errors"') && !text.includes('"duplicate":true');
  return { survey: s, answers, headers, body, ok };
}

export async function benchSubmit(databaseUrl: string, serverUrl: string): Promise<SubmitFigures> {
  const { survey: s, answers, headers, body, ok } = await prepareSubmissions(serverUrl);

  // Baseline: the same statement and rows through raw pg, CONCURRENCY at a time, under the same
  // rules as Heard's requests: as the app role (row-level security applies), each in a transaction
  // with the organisation set first (shared/tenancy.ts).
  const owner = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const pool = new pg.Pool({ connectionString: deriveAppUrl(databaseUrl), max: CONCURRENCY });
  // An idle client's error (the database stopping at the end) must not crash the run.
  owner.on('error', () => {});
  pool.on('error', () => {});
  const [{ organisation_id: organisationId }] = (await owner.query('select organisation_id from survey where id = $1', [s.id])).rows;
  const sql = numbered(INSERT_RESPONSE_SQL);
  const textQuestion = s.questions.find((q) => q.type === 'TEXT')!;
  /** `statement` begins the transaction (and sets the organisation) as it sends its messages; then commit. */
  const inTransaction = async (statement: (client: pg.PoolClient) => Promise<pg.QueryResult>) => {
    const client = await pool.connect();
    try {
      const result = await statement(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const row = () =>
    insertResponseParams({
      surveyId: s.id,
      responseId: randomUUID(),
      clientSubmissionId: `raw-${randomUUID()}`,
      payloadHash: 'x',
      receiptCode: newReceiptCode() + randomUUID().slice(0, 4),
      ageBand: AgeBand.AGE_12_TO_17,
      channel: Channel.ONLINE,
      capture: Capture.OWN_WORDS,
      enteredBy: null,
      participantId: null,
      answers: answers.map((a) => ({ id: randomUUID(), question_id: a.questionId, choice_ids: a.choiceIds ?? null, scale: a.scale ?? null })),
      voices: [{ id: randomUUID(), text: 'I would like more time to talk to my worker after school.', flag: null }],
      voiceSources: [{ question_id: textQuestion.id, source_title: 'x' }],
    });
  // As a plain pg client writes it: four messages (begin, organisation, the statement with its
  // parameters, commit).
  const rawOnce = () =>
    inTransaction(async (client) => {
      await client.query('begin');
      await client.query(`select set_config('heard.organisation_id', $1, true)`, [organisationId]);
      return client.query(sql, row());
    });
  // The messages Heard sends (server/src/holding-client.ts): BEGIN, the organisation and the
  // statement (its values written in, as the ORM does) in one, then COMMIT.
  const platform = new PostgreSqlPlatform();
  const sameMessagesOnce = () =>
    inTransaction(async (client) => {
      const results = await client.query(
        `begin; select set_config('heard.organisation_id', '${organisationId}', true);\n${platform.formatQuery(INSERT_RESPONSE_SQL, row() as any[])}`,
      );
      return (results as unknown as pg.QueryResult[])[2];
    });
  const loop = (once: () => Promise<pg.QueryResult>) => async (seconds: number) => {
    const end = Date.now() + seconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < end) {
          const { rowCount } = await once();
          if (rowCount !== 1) throw new Error('raw insert stored nothing');
          done++;
        }
      }),
    );
    return done;
  };
  const raw = loop(rawOnce);
  const rawSameMessages = loop(sameMessagesOnce);
  await raw(2); // warm-up
  await rawSameMessages(2);

  let bad = 0;
  const http = (options: Partial<autocannon.Options>) =>
    autocannon({
      url: `${serverUrl}/graphql`,
      method: 'POST',
      connections: CONCURRENCY,
      duration: SECONDS,
      headers,
      requests: [{ setupRequest: (req: any) => ({ ...req, body: body() }), onResponse: (status: number, text: string) => void (ok(status, text) || bad++) }],
      ...options,
    } as autocannon.Options);

  await http({ duration: 2 }); // warm-up (JIT, pools)
  bad = 0;
  // Taken in turns, a slice of each at a time, so a change in the machine's speed during the run
  // (other tenants of the host) falls on all three alike rather than on whichever ran then.
  const slice = SECONDS / SLICES;
  // Done and seconds taken, per kind (a slice's real length, not the one asked for).
  const done = { raw: 0, same: 0, http: 0 };
  const took = { raw: 0, same: 0, http: 0 };
  const timed = (kind: keyof typeof done, work: () => Promise<number>) => async () => {
    const start = performance.now();
    done[kind] += await work();
    took[kind] += (performance.now() - start) / 1000;
  };
  const turns = [
    timed('raw', () => raw(slice)),
    timed('same', () => rawSameMessages(slice)),
    timed('http', async () => {
      const saturated = await http({ duration: slice });
      if (bad || saturated.non2xx || saturated.errors) throw new Error(`HTTP run had ${bad} bad responses, ${saturated.errors} errors`);
      return saturated.requests.total;
    }),
  ];
  // Each goes first, second and third in turn: what one leaves PostgreSQL to catch up on (vacuum,
  // writing dirty pages) falls on each of the others alike.
  for (let i = 0; i < SLICES; i++) {
    for (let j = 0; j < turns.length; j++) await turns[(i + j) % turns.length]();
  }
  const rawRps = done.raw / took.raw;
  const rawSameRps = done.same / took.same;
  const httpRps = done.http / took.http;
  const halfRate = httpRps / 2;
  // Steady state before timing latency, as a server that has run a while is in: the baseline's
  // connections closed now (left idle, its pool would close all 32 at once mid-run), the WAL written
  // so far checkpointed (so its segments are recycled, not created and zero-filled mid-run) and
  // everything the fresh cluster wrote on disk (so the kernel does not flush it mid-run).
  await pool.end();
  await owner.query('checkpoint');
  execFileSync('sync');
  const atHalf = (seconds: number) => openLoop({ url: `${serverUrl}/graphql`, rate: halfRate, seconds, connections: CONCURRENCY, headers, body, ok });
  // At the rate first, not timed, as a server that has been taking answers at it for a while: the
  // generator's connections opened, the server's pool refilled after the pause above, and the
  // connections it opened at saturation and no longer needs closed (they go once idle for
  // POOL_IDLE_TIMEOUT_MS, all at once, which stalls everything on this machine for tens of ms).
  await atHalf(POOL_IDLE_TIMEOUT_MS / 1000 + 2);
  const half = await atHalf(SECONDS);
  if (half.bad) throw new Error(`half-rate run had ${half.bad} bad responses of ${half.sent}`);
  await owner.end();
  return {
    'submitResponse.raw_rps': rawRps,
    'submitResponse.http_rps': httpRps,
    'submitResponse.ratio': httpRps / rawRps,
    'submitResponse.raw_same_messages_rps': rawSameRps,
    'submitResponse.ratio_same_messages': httpRps / rawSameRps,
    'submitResponse.p50_ms': half.p50,
    'submitResponse.p99_ms': half.p99,
    'submitResponse.half_rate_rps': halfRate,
  };
}
