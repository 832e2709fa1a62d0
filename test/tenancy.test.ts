import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, deriveAppUrl } from '../server/src/database.js';
import { openAppOrm } from '../server/src/orm.js';
import { enterOrganisationOf, forEachOrganisation, inRequestTransaction, setTenant } from '../server/src/shared/tenancy.js';
import { runJobNow } from '../server/src/shared/jobs.js';
import { memoryTransport } from '../server/src/shared/mail.js';
import { surveyCountsJob } from '../server/src/surveys/survey-counts.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answeredSurvey, decisionInput, proposal, RECORD_CHANGE, RECORD_DECISION, serviceId, theme } from './support/trace-factories.js';

/**
 * Tenancy in the database: row-level security on every table with an organisation's data, the
 * server's role unable to get round it, the organisation set per transaction. "Victim" is
 * Northbridge (given rows in every tenant table below); "reader" is Southmoor.
 */
let t: TestApp;
let appUrl: string;
let victim: string;
let reader: string;

/** Tables in the public schema that hold no organisation's data, each for a reason. */
const NOT_TENANT = new Set([
  'mikro_orm_migrations', // the schema's history, not data (and not granted to the app role)
  'job_run', // when each background job last fired, across instances
  'rate_limit_failure', // failed sign-ins and joins by IP or account key, before anyone is known
]);

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

async function ownerQuery<T extends pg.QueryResultRow = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = await client(t.databaseUrl);
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** Every public table with an organisation_id column, plus organisation itself. */
async function tenantTables(): Promise<string[]> {
  const rows = await ownerQuery<{ table: string }>(
    `select c.relname as table from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped)
      order by 1`,
  );
  return ['organisation', ...rows.map((r) => r.table)];
}

const orgColumn = (table: string) => (table === 'organisation' ? 'id' : 'organisation_id');

/** Runs `select * from <table>` — no where clause — for each table, in one transaction under `organisationId`. */
async function unfilteredAs(url: string, organisationId: string | null, tables: string[]): Promise<Map<string, Array<Record<string, unknown>>>> {
  const c = await client(url);
  const seen = new Map<string, Array<Record<string, unknown>>>();
  try {
    await c.query('begin');
    if (organisationId) await c.query(`select set_config('heard.organisation_id', $1, true)`, [organisationId]);
    for (const table of tables) seen.set(table, (await c.query(`select * from "${table}"`)).rows);
    await c.query('rollback');
  } finally {
    await c.end();
  }
  return seen;
}

beforeAll(async () => {
  t = await startTestApp();
  appUrl = deriveAppUrl(t.databaseUrl);
  [{ id: victim }] = await ownerQuery(`select id from organisation where name = 'Northbridge Borough Council'`);
  [{ id: reader }] = await ownerQuery(`select id from organisation where name = 'Southmoor Council'`);

  // Northbridge, through the API, touches every tenant table the demo world leaves empty.
  const practitioner = await t.staff('practitioner@northbridge.example');
  const commissioner = await t.staff('commissioner@northbridge.example');
  const lead = await t.staff('safeguarding@northbridge.example');
  await practitioner.gql(`mutation { createParticipantCodes(count: 1) }`);
  const earlyHelp = await serviceId(commissioner);
  const { answers } = await answeredSurvey(t, practitioner, ['More time with my worker please', 'I do not feel safe at home'], { serviceId: earlyHelp });
  await t.agent().gql(`mutation($c: String!) { followReceipt(code: $c, email: "parent@example.com") }`, { c: answers[0].receiptCode });
  const { flagInput } = await practitioner.gql(`mutation($i: ID!) { flagInput(inputId: $i, note: "Worried by this") { id } }`, { i: answers[1].inputId });
  await lead.gql(`mutation($id: ID!) { acknowledgeConcern(id: $id, note: "Called the school") { id } }`, { id: flagInput.id });
  const themeId = await theme(commissioner, 'Time with workers', { inputIds: [answers[0].inputId] });
  const p = await proposal(t, commissioner, 'votingClosed', { themeIds: [themeId] });
  await p.member.gql(`mutation($p: ID!, $c: String!) { commentOnProposal(proposalId: $p, clientSubmissionId: $c, text: "Yes please") { id } }`, { p: p.id, c: randomUUID() });
  const { recordDecision: d } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ proposalIds: [p.id], inputIds: [answers[0].inputId], themeIds: [themeId] }) });
  await commissioner.gql(RECORD_CHANGE, { i: { decisionId: d.id, serviceId: earlyHelp, title: 'Longer visits', description: 'An hour, not half.', status: 'PLANNED' } });
  // No operation makes screening rules yet: one inactive set, as the owner.
  await ownerQuery(`insert into screening_rule_set (id, organisation_id, language, version, rules, active, created_at) values ($1, $2, 'en', 'test', '[]', false, now())`, [randomUUID(), victim]);
  // An amended decision (its earlier version), an invitation (a link token) and a single sign-on attempt.
  await commissioner.gql(`mutation($id: ID!) { amendDecision(id: $id, input: { summary: "Longer visits, from May." }, reason: "Start date agreed") { id } }`, { id: d.id });
  await (await t.staff('admin@northbridge.example')).gql(`mutation { inviteStaff(input: { email: "new.colleague@northbridge.example", displayName: "New colleague", role: PRACTITIONER }) { id } }`);
  await ownerQuery(`insert into oidc_login (id, organisation_id, state_hash, nonce, code_verifier, created_at, expires_at) values ($1, $2, 'x', 'x', 'x', now(), now())`, [randomUUID(), victim]);
  // The survey's counts snapshot, as the background job takes it an hour on (its answers settled).
  await runJobNow(t.orm, { config: t.config, log: (t.app as any).log, mail: memoryTransport() } as any, surveyCountsJob, new Date(Date.now() + 3_600_000));
  // Southmoor signs in, so it has a session and an audit entry of its own.
  await t.staff('admin@southmoor.example');
});

afterAll(() => t?.close());

describe('row-level security', () => {
  it('is forced on every table that holds an organisation’s data, and every other table is named as not one', async () => {
    const rows = await ownerQuery<{ table: string; rls: boolean; forced: boolean; policies: number; tenant: boolean }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped) or c.relname = 'organisation' as tenant
         from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' order by 1`,
    );
    const unprotected = rows.filter((r) => r.tenant && !(r.rls && r.forced && r.policies > 0)).map((r) => r.table);
    expect(unprotected).toEqual([]);
    const unexplained = rows.filter((r) => !r.tenant && !NOT_TENANT.has(r.table)).map((r) => r.table);
    expect(unexplained).toEqual([]);
    expect(rows.filter((r) => r.tenant).length).toBeGreaterThanOrEqual(31);
  });

  it('shows the app role, under one organisation, nothing of another from an unfiltered select * on every tenant table', async () => {
    const tables = await tenantTables();
    const seen = await unfilteredAs(appUrl, reader, tables);
    for (const table of tables) {
      const foreign = seen.get(table)!.filter((row) => row[orgColumn(table)] !== reader);
      expect({ table, foreign: foreign.length }).toEqual({ table, foreign: 0 });
    }
    // The same queries do return the reader's own rows: the filter is the organisation, not an error.
    for (const table of ['organisation', 'account', 'service', 'forum', 'proposal', 'vote', 'session', 'audit_entry']) {
      expect({ table, own: seen.get(table)!.length > 0 }).toEqual({ table, own: true });
    }
  });

  it('negative twin: the same unfiltered selects as the owner find the other organisation’s rows in every tenant table', async () => {
    const tables = await tenantTables();
    const seen = await unfilteredAs(t.databaseUrl, reader, tables);
    const withoutVictim = tables.filter((table) => !seen.get(table)!.some((row) => row[orgColumn(table)] === victim));
    expect(withoutVictim).toEqual([]);
  });

  it('negative twin: with the policies dropped, the app role’s unfiltered select finds the other organisation’s rows', async () => {
    const c = await client(t.databaseUrl);
    try {
      await c.query('begin');
      await c.query('drop policy tenant_isolation on service');
      await c.query('create policy anything on service using (true)');
      await c.query(`set local role ${APP_ROLE}`);
      await c.query(`select set_config('heard.organisation_id', $1, true)`, [reader]);
      const { rows } = await c.query('select * from service');
      expect(rows.some((r) => r.organisation_id === victim)).toBe(true);
    } finally {
      await c.query('rollback');
      await c.end();
    }
    // And with the policy back (rolled back), the app role sees only its own again.
    const seen = await unfilteredAs(appUrl, reader, ['service']);
    expect(seen.get('service')!.every((r) => r.organisation_id === reader)).toBe(true);
  });

  it('shows the app role nothing at all when no organisation is set', async () => {
    const tables = await tenantTables();
    const seen = await unfilteredAs(appUrl, null, tables);
    expect(tables.filter((table) => seen.get(table)!.length > 0)).toEqual([]);
  });

  it('refuses to write a row into another organisation, or move one there', async () => {
    const c = await client(appUrl);
    try {
      await c.query('begin');
      await c.query(`select set_config('heard.organisation_id', $1, true)`, [reader]);
      await expect(c.query(`insert into service (id, organisation_id, name, created_at) values ($1, $2, 'Smuggled', now())`, [randomUUID(), victim])).rejects.toMatchObject({ code: '42501' });
      await c.query('rollback');
      await c.query('begin');
      await c.query(`select set_config('heard.organisation_id', $1, true)`, [reader]);
      await expect(c.query(`update service set organisation_id = $1`, [victim])).rejects.toMatchObject({ code: '42501' });
      await c.query('rollback');
    } finally {
      await c.end();
    }
    const [{ n }] = await ownerQuery(`select count(*)::int as n from service where name = 'Smuggled'`);
    expect(n).toBe(0);
  });
});

describe('the app role', () => {
  it('is no superuser, cannot bypass row-level security and owns no table', async () => {
    const [role] = await ownerQuery(
      `select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, (select count(*)::int from pg_class where relowner = r.oid) as owned from pg_roles r where rolname = $1`,
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, owned: 0 });
  });

  it('cannot disable, unforce or drop row-level security, nor become the owner', async () => {
    const [{ owner }] = await ownerQuery(`select current_user as owner`);
    const attempts = [
      'alter table survey disable row level security',
      'alter table survey no force row level security',
      'drop policy tenant_isolation on survey',
      'create policy everything on survey using (true)',
      `set role "${owner}"`,
      `set session authorization "${owner}"`,
      'alter role current_user bypassrls',
      'select * from mikro_orm_migrations',
    ];
    const c = await client(appUrl);
    try {
      for (const sql of attempts) {
        const error = await c.query(sql).then(() => null, (e) => e);
        expect({ sql, refused: error?.code === '42501' }).toEqual({ sql, refused: true });
      }
      expect((await c.query('select current_user as me')).rows[0].me).toBe(APP_ROLE);
    } finally {
      await c.end();
    }
    const [{ forced }] = await ownerQuery(`select relforcerowsecurity as forced from pg_class where relname = 'survey'`);
    expect(forced).toBe(true);
  });
});

describe('the organisation per transaction', () => {
  it('ends with its transaction, so a pooled connection carries nothing to the next request', async () => {
    const orm = await openAppOrm(appUrl, { pool: { min: 1, max: 1 } });
    try {
      const { result } = await inRequestTransaction(orm, async (em) => {
        await setTenant(em, reader);
        return em.execute(`select count(*)::int as n from service`);
      });
      expect(result[0].n).toBeGreaterThan(0);
      // The same (only) connection, outside any transaction: no organisation, so nothing.
      const after = await orm.em.fork().execute(`select current_setting('heard.organisation_id', true) as org, (select count(*)::int from service) as n`);
      expect(after[0]).toEqual({ org: '', n: 0 });
    } finally {
      await orm.close();
    }
  });

  it('sends every query of a request, raw or through the ORM, to the request’s transaction', async () => {
    const orm = await openAppOrm(appUrl, { pool: { min: 0, max: 4 } });
    try {
      await inRequestTransaction(orm, async (em) => {
        await setTenant(em, reader);
        // Raw SQL that names no transaction, as the services write it.
        const raw = await em.getConnection().execute(`select distinct organisation_id from service`);
        expect(raw).toEqual([{ organisation_id: reader }]);
        const nested = await em.transactional((tx) => tx.getConnection().execute(`select current_setting('heard.organisation_id', true) as org`));
        expect(nested).toEqual([{ org: reader }]);
      });
    } finally {
      await orm.close();
    }
  });

  it('enters a public key’s organisation, and keeps the current one for an unknown key', async () => {
    const orm = await openAppOrm(appUrl, { pool: { min: 0, max: 2 } });
    try {
      await inRequestTransaction(orm, async (em) => {
        const [{ id: victimService }] = await ownerQuery(`select id from service where organisation_id = $1 limit 1`, [victim]);
        expect(await enterOrganisationOf(em, 'service', victimService)).toBe(victim);
        expect(await enterOrganisationOf(em, 'survey_share_code', 'NOSUCHCODE')).toBeNull();
        const [{ org }] = await em.execute(`select current_setting('heard.organisation_id', true) as org`);
        expect(org).toBe(victim);
      });
    } finally {
      await orm.close();
    }
  });
});

describe('a session cookie', () => {
  it('enters its organisation only while the session lasts', async () => {
    const admin = await t.staff('admin@southmoor.example');
    const [{ token_hash: live }] = await ownerQuery(`select token_hash from session where revoked_at is null order by created_at desc limit 1`);
    await admin.gql('mutation { signOut }');
    const orm = await openAppOrm(appUrl, { pool: { min: 0, max: 2 } });
    try {
      await inRequestTransaction(orm, async (em) => {
        expect(await enterOrganisationOf(em, 'session', live)).toBeNull();
        const [{ org }] = await em.execute(`select current_setting('heard.organisation_id', true) as org`);
        expect(org ?? '').toBe('');
      });
    } finally {
      await orm.close();
    }
  });
});

describe('jobs across organisations', () => {
  it('run organisation by organisation, each seeing only its own rows', async () => {
    const orm = await openAppOrm(appUrl, { pool: { min: 0, max: 2 } });
    try {
      const seen: Array<{ organisationId: string; owners: string[] }> = [];
      const failures = await forEachOrganisation(orm, async (em, organisationId) => {
        const rows = await em.getConnection().execute<Array<{ organisation_id: string }>>('select distinct organisation_id from account');
        seen.push({ organisationId, owners: rows.map((r) => r.organisation_id) });
      });
      expect(failures).toEqual([]);
      expect(seen.map((s) => s.organisationId).sort()).toEqual([reader, victim].sort());
      for (const s of seen) expect(s.owners).toEqual([s.organisationId]);
    } finally {
      await orm.close();
    }
  });
});

describe('through the API', () => {
  it('still serves each organisation its own data, and public pages by their codes', async () => {
    const southmoor: Agent = await t.staff('commissioner@southmoor.example');
    const { services } = await southmoor.gql(`{ services { id } }`);
    const owners = await ownerQuery(`select distinct organisation_id from service where id = any($1::uuid[])`, [services.map((s: any) => s.id)]);
    expect(owners).toEqual([{ organisation_id: reader }]);
    const [{ id: northbridgeService }] = await ownerQuery(`select id from service where organisation_id = $1 order by name limit 1`, [victim]);
    // Signed in at Southmoor, a public Northbridge page still shows (its own organisation, by its key).
    const { publicService } = await southmoor.gql(`query($id: ID!) { publicService(id: $id) { id } }`, { id: northbridgeService });
    expect(publicService).toEqual({ id: northbridgeService });
  });
});
