import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { withDatabase } from './support/global-setup.js';
import { adminQuery } from './support/db.js';
import { Agent } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';

/**
 * Two instances of Heard, as separate processes started the way `npm start` starts one, on one
 * PostgreSQL database that is empty when they start together.
 */
const root = join(import.meta.dirname, '..');
const name = `heard_two_${randomBytes(5).toString('hex')}`;
const databaseUrl = withDatabase(inject('adminUrl'), name);
const children: ChildProcess[] = [];

interface Instance {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function boot(): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', CLIENT_DIR: '', TRUST_PROXY: 'true' },
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Heard is ready at (http:\/\/\S+?)\/? /);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace(/\/$/, ''), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

async function sql<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Polls `check` until it is true, and returns how long that took (or throws after `limitMs`). */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - started;
}

let a: Instance;
let b: Instance;

beforeAll(async () => {
  await adminQuery(inject('adminUrl'), `create database ${name}`);
  [a, b] = await Promise.all([boot(), boot()]);
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  await adminQuery(inject('adminUrl'), `drop database if exists ${name} with (force)`);
});

describe('two instances on one database', () => {
  it('start together on an empty database: one migrates and seeds, the other waits and goes on', async () => {
    const [{ n: organisations }] = await sql(`select count(*)::int as n from organisation`);
    expect(organisations).toBe(2);
    const [{ n: migrations, distinct }] = await sql(`select count(*)::int as n, count(distinct name)::int as distinct from mikro_orm_migrations`);
    expect(migrations).toBe(distinct);
    expect([a.output(), b.output()].filter((o) => /demo data loaded/.test(o))).toHaveLength(1);
    expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
  });

  it('a survey published on one is open on the other at once, and closed on it within a second of closing', async () => {
    const staffA = await new Agent(a.url).signIn('practitioner@northbridge.example');
    const s: SurveyFixture = await survey(staffA, 'draft', { access: 'ANYONE_WITH_LINK' });
    const child = new Agent(b.url);
    const submit = () => child.request(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(s) } });
    expect((await submit()).errors?.[0]).toBeDefined();
    await staffA.gql(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: s.id });
    await within(1000, async () => !(await submit()).errors);
    await staffA.gql(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: s.id });
    await within(1000, async () => Boolean((await submit()).errors));
  });

  it('a sign-out on one is known to the other within a second', async () => {
    const onA = await new Agent(a.url).signIn('commissioner@northbridge.example');
    const onB = new Agent(b.url);
    onB.cookie = onA.cookie;
    const VIEWER = `{ viewer { id } }`;
    // B has just looked the session up, so it remembers it (for up to 5 s without the bus).
    expect((await onB.gql(VIEWER)).viewer).not.toBeNull();
    await onA.gql(`mutation { signOut }`);
    const took = await within(1000, async () => (await onB.request(VIEWER)).data?.viewer === null);
    expect(took).toBeLessThan(1000);
  });

  it('counts failed sign-ins wherever they arrive', async () => {
    const bad = (url: string) => new Agent(url, '203.0.113.7').request(`mutation { signIn(email: "admin@southmoor.example", password: "not the password at all") { id } }`);
    for (let i = 0; i < 3; i++) expect((await bad(a.url)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (let i = 0; i < 2; i++) expect((await bad(b.url)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Five failures in all (the account's limit), three on A and two on B: both now refuse.
    expect((await bad(b.url)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await bad(a.url)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('stores one submission sent to both once', async () => {
    const staffA = await new Agent(a.url).signIn('practitioner@northbridge.example');
    const s = await survey(staffA, 'open', { access: 'ANYONE_WITH_LINK' });
    const input = { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_8_TO_11', answers: answersFor(s) };
    const results = await Promise.all([new Agent(a.url).gql(SUBMIT, { i: input }), new Agent(b.url).gql(SUBMIT, { i: input })]);
    expect(results[0].submitResponse.responseId).toBe(results[1].submitResponse.responseId);
    const [{ n }] = await sql(`select count(*)::int as n from survey_response where client_submission_id = $1`, [input.clientSubmissionId]);
    expect(n).toBe(1);
  });

  it('fires each background job once across both', async () => {
    // Both tick from a second after start; the hourly sweep can have fired only once between them.
    await within(20_000, async () => /"job":"sweep-rate-limits".*background job ran/.test(a.output() + b.output()));
    const runs = (a.output() + b.output()).match(/"job":"sweep-rate-limits"[^\n]*background job ran/g) ?? [];
    expect(runs).toHaveLength(1);
  });

  it('loses nothing acknowledged when one instance is killed under load', async () => {
    const staffB = await new Agent(b.url).signIn('practitioner@northbridge.example');
    const s = await survey(staffB, 'open', { access: 'ANYONE_WITH_LINK' });
    const acknowledged: string[] = [];
    let killed = false;
    const sendTo = async (url: string, count: number) => {
      for (let i = 0; i < count; i++) {
        const id = submissionId();
        try {
          const r = await new Agent(url).request(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: id, ageBand: 'AGE_12_TO_17', answers: answersFor(s) } });
          if (r.data?.submitResponse?.receiptCode) acknowledged.push(id);
        } catch {
          // The instance went away mid-request: not acknowledged, so the phone keeps it and retries.
        }
      }
    };
    const load = Promise.all([sendTo(a.url, 60), sendTo(a.url, 60), sendTo(b.url, 40)]);
    await within(20_000, async () => acknowledged.length >= 20);
    a.child.kill('SIGKILL');
    killed = true;
    await load;
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(20);
    const rows = await sql<{ client_submission_id: string }>(`select client_submission_id from survey_response where survey_id = $1`, [s.id]);
    const stored = new Set(rows.map((r) => r.client_submission_id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
