import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { openOrm } from '../server/src/orm.js';
import { seedDemo } from '../server/src/seed/demo.js';
import type { Actor } from '../server/src/shared/context.js';
import { Role } from '../server/src/shared/enums.js';
import { influence, influenceParams, influenceSql, TRACE_SQL, traceInput } from '../server/src/trace/trace.service.js';
import { percentile } from './results.js';

export const INPUTS = Number(process.env.BENCH_TRACE_INPUTS ?? 1_000_000);
/** How much evidence chain to seed: voice inputs, spread over this many organisations. */
export interface ChainSize {
  inputs: number;
  organisations: number;
}
const THEMES_PER_ORG = 100; // 200 in all
const PROPOSALS_PER_ORG = 150;
const DECISIONS_PER_ORG = 250; // 500 in all
const TRACES = 1000;

export interface TraceFigures {
  'trace.p95_ms': number;
  'influence.ms': number;
}


/**
 * Seeds the evidence chain at scale with set-based SQL (generate_series; ids are md5 of a name and
 * a number, so every link can be computed without lookups): INPUTS voice inputs across the organisations (the two demo
 * organisations and their four services over three years (a twentieth each proposal comments and
 * vote reasons), 40 % of them tagged to one of 200 themes, 300 proposals inspired by themes, 500
 * decisions citing themes, proposals and a few inputs directly, and changes for 60 % of decisions.
 */
export async function seedChain(em: EntityManager, databaseUrl: string, size: ChainSize): Promise<void> {
  await em.transactional(async (tx) => seedIn(tx, size));
  // VACUUM (for index-only scans) cannot run in a transaction, nor within the app's statement timeout.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

/** One transaction, so the temporary mapping tables live on its connection. */
async function seedIn(tx: EntityManager, { inputs: INPUTS, organisations: ORGS }: ChainSize): Promise<void> {
  const run = (sql: string) => tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
  // Bulk inserts take longer than the app's 30 s statement timeout.
  await run('set local statement_timeout = 0');
  // Organisations beyond the two demo councils, each with four services and a commissioner.
  await run(`insert into organisation (id, name, created_at)
    select md5('bench-org-' || k)::uuid, 'Bench organisation ' || lpad(k::text, 3, '0'), now() from generate_series(3, ${ORGS}) k`);
  await run(`insert into service (id, organisation_id, name, description, created_at)
    select md5('bench-service-' || k || '-' || s)::uuid, md5('bench-org-' || k)::uuid, (array['Early Help','Child Protection','Missing from Home','Schools'])[1 + s], null, now()
      from generate_series(3, ${ORGS}) k cross join generate_series(0, 3) s`);
  await run(`insert into account (id, organisation_id, role, email, display_name, created_at)
    select md5('bench-staff-' || k)::uuid, md5('bench-org-' || k)::uuid, 'COMMISSIONER', 'commissioner' || k || '@bench.example', 'Bench commissioner', now()
      from generate_series(3, ${ORGS}) k`);
  // Northbridge is organisation 0, so the measured inputs are n ≡ 0 (mod ORGS).
  await run(`create temp table bench_org on commit drop as
    select row_number() over (order by o.name <> 'Northbridge Borough Council', o.name) - 1 as o, o.id,
           (select a.id from account a where a.organisation_id = o.id and a.role = 'COMMISSIONER' limit 1) as staff
    from organisation o`);
  await run(`create temp table bench_service on commit drop as
    select b.o, row_number() over (partition by b.o order by s.name) - 1 as s, s.id from service s join bench_org b on b.id = s.organisation_id`);
  await run(`insert into forum (id, organisation_id, name, created_by_id, created_at)
    select md5('bench-forum-' || o)::uuid, id, 'Bench forum', staff, now() from bench_org`);
  await run(`insert into theme (id, organisation_id, label, description, service_id, created_by_id, created_at)
    select md5('bench-theme-' || b.o || '-' || t)::uuid, b.id, 'Bench theme ' || t, null, s.id, b.staff, now() - interval '3 years'
      from bench_org b cross join generate_series(0, ${THEMES_PER_ORG - 1}) t join bench_service s on s.o = b.o and s.s = t % 4`);
  await run(`insert into proposal (id, organisation_id, service_id, forum_id, title, problem, proposed_change, child_summary, status, created_by_id, created_at)
    select md5('bench-proposal-' || b.o || '-' || p)::uuid, b.id, s.id, md5('bench-forum-' || b.o)::uuid, 'Bench proposal ' || p, 'A problem', 'A change', 'In plain words',
           (array['ACCEPTED','NOT_ACCEPTED','IMPLEMENTED','VOTING_CLOSED'])[1 + p % 4]::proposal_status, b.staff, now() - (p * 6) * interval '1 day'
      from bench_org b cross join generate_series(0, ${PROPOSALS_PER_ORG - 1}) p join bench_service s on s.o = b.o and s.s = p % 4`);
  await run(`insert into proposal_theme (proposal_id, theme_id, linked_by_id, linked_at)
    select md5('bench-proposal-' || b.o || '-' || p)::uuid, md5('bench-theme-' || b.o || '-' || t)::uuid, b.staff, now() - (p * 6) * interval '1 day'
      from bench_org b cross join generate_series(0, ${PROPOSALS_PER_ORG - 1}) p
      cross join lateral (select distinct x from unnest(array[p % ${THEMES_PER_ORG}, (p + 37) % ${THEMES_PER_ORG}]) x) as th(t)
     where p % 2 = 0 or t = p % ${THEMES_PER_ORG}`);
  // n even → the first organisation, odd → the second; service, kind, age band and time follow n.
  const t0 = Date.now();
  await run(`insert into voice_input (id, organisation_id, kind, text, age_band, channel, capture, created_at, source_title, service_id, proposal_id, withheld, consent_to_quote)
    select md5('bench-input-' || n)::uuid, b.id,
           (case when n % 20 = 0 then 'PROPOSAL_COMMENT' when n % 20 = 1 then 'VOTE_REASON' when n % 20 < 6 then 'EVENT_CONTRIBUTION' else 'SURVEY_ANSWER' end)::input_kind,
           'Bench voice ' || n || ' about waiting times and the family hub',
           (array['AGE_4_TO_7','AGE_8_TO_11','AGE_12_TO_17','AGE_12_TO_17','AGE_18_TO_25','PARENT_CARER'])[1 + (n / 7) % 6]::age_band,
           'ONLINE', 'OWN_WORDS', now() - ((n::bigint * 7919) % (3 * 365 * 1440)) * interval '1 minute', 'Bench source', s.id,
           case when n % 20 < 2 then md5('bench-proposal-' || b.o || '-' || ((n / 20) % ${PROPOSALS_PER_ORG}))::uuid end,
           n % 1000 = 7, false
      from generate_series(1, ${INPUTS}) n join bench_org b on b.o = n % ${ORGS} join bench_service s on s.o = b.o and s.s = (n / ${ORGS}) % 4`);
  console.log(`  ${INPUTS} voice inputs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await run(`insert into theme_input (theme_id, input_id, tagged_by_id, tagged_at, input_service_id, input_created_at)
    select md5('bench-theme-' || b.o || '-' || ((n * 31) % ${THEMES_PER_ORG}))::uuid, v.id, b.staff, v.created_at + interval '2 days', v.service_id, v.created_at
      from generate_series(1, ${INPUTS}) n join bench_org b on b.o = n % ${ORGS} join voice_input v on v.id = md5('bench-input-' || n)::uuid
     where n % 5 < 2 and n % 1000 <> 7`);
  await run(`insert into decision (id, organisation_id, service_id, title, summary, rationale, outcome, decided_at, decided_by, you_said_we_did, published, created_by_id, created_at)
    select md5('bench-decision-' || b.o || '-' || d)::uuid, b.id, s.id, 'Bench decision ' || d, 'Summary', 'Because children said so',
           (array['ADOPTED','ADOPTED_WITH_CHANGES','NOT_ADOPTED','DEFERRED'])[1 + d % 4]::outcome,
           now() - (d * 4) * interval '1 day', 'Bench board', 'You said, we did', d % 10 <> 9, b.staff, now() - (d * 4) * interval '1 day'
      from bench_org b cross join generate_series(0, ${DECISIONS_PER_ORG - 1}) d join bench_service s on s.o = b.o and s.s = d % 4`);
  await run(`insert into decision_theme (decision_id, theme_id, linked_by_id, linked_at)
    select md5('bench-decision-' || b.o || '-' || d)::uuid, md5('bench-theme-' || b.o || '-' || t)::uuid, b.staff, now() - (d * 4) * interval '1 day'
      from bench_org b cross join generate_series(0, ${DECISIONS_PER_ORG - 1}) d
      cross join lateral (select distinct x from unnest(array[(d * 3) % ${THEMES_PER_ORG}, (d * 3 + 1) % ${THEMES_PER_ORG}]) x) as th(t)
     where d % 3 = 0 or t = (d * 3) % ${THEMES_PER_ORG}`);
  await run(`insert into decision_proposal (decision_id, proposal_id, linked_by_id, linked_at)
    select md5('bench-decision-' || b.o || '-' || d)::uuid, md5('bench-proposal-' || b.o || '-' || ((d / 2) % ${PROPOSALS_PER_ORG}))::uuid, b.staff, now() - (d * 4) * interval '1 day'
      from bench_org b cross join generate_series(0, ${DECISIONS_PER_ORG - 1}) d where d % 2 = 0`);
  await run(`insert into decision_input (decision_id, input_id, linked_by_id, linked_at)
    select md5('bench-decision-' || b.o || '-' || d)::uuid, md5('bench-input-' || (${ORGS} * (d * 997 + j * 13 + 1) + b.o))::uuid, b.staff, now() - (d * 4) * interval '1 day'
      from bench_org b cross join generate_series(0, ${DECISIONS_PER_ORG - 1}) d cross join generate_series(0, 9) j
     where d % 5 = 0 and (${ORGS} * (d * 997 + j * 13 + 1) + b.o) <= ${INPUTS} and (${ORGS} * (d * 997 + j * 13 + 1) + b.o) % 1000 <> 7`);
  await run(`insert into service_change (id, organisation_id, decision_id, service_id, title, description, status, created_by_id, created_at)
    select md5('bench-change-' || b.o || '-' || d)::uuid, b.id, md5('bench-decision-' || b.o || '-' || d)::uuid, s.id, 'Bench change ' || d, 'What changes',
           (array['DONE','IN_PROGRESS','PLANNED'])[1 + d % 3]::change_status, b.staff, now() - (d * 4 - 1) * interval '1 day'
      from bench_org b cross join generate_series(0, ${DECISIONS_PER_ORG - 1}) d join bench_service s on s.o = b.o and s.s = d % 4 where d % 5 < 3`);
  await run(`insert into change_update (id, change_id, at, status, note, by_id)
    select gen_random_uuid(), c.id, c.created_at + k * interval '1 day', (array['PLANNED','IN_PROGRESS','DONE'])[1 + k]::change_status, 'Update', c.created_by_id
      from service_change c cross join generate_series(0, 2) k
     where c.title like 'Bench change%' and k <= (case c.status when 'DONE' then 2 when 'IN_PROGRESS' then 1 else 0 end)`);
}

/** EXPLAIN (ANALYZE, BUFFERS) of a query with `?` parameters, printed with a heading. */
async function explain(em: EntityManager, title: string, sql: string, params: unknown[]): Promise<void> {
  const rows = await em.getConnection().execute<Array<{ 'QUERY PLAN': string }>>(`explain (analyze, buffers) ${sql}`, params);
  console.log(`\n--- ${title}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
}

/**
 * trace(inputId) p95 over TRACES random inputs of one organisation and influence for one service
 * over a year, both through the service functions the resolvers call (the same SQL, without
 * HTTP), on INPUTS voice inputs; prints the figures and the plans they rely on.
 */
export async function benchTrace(databaseUrl: string, size: ChainSize = { inputs: INPUTS, organisations: 2 }): Promise<TraceFigures> {
  const orm = await openOrm(databaseUrl);
  try {
    await seedDemo(orm, 'heard-demo');
    const em = orm.em.fork();
    const [{ n: existing }] = await em.getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from theme where label like 'Bench theme%'`);
    if (!existing) {
      console.log(`Seeding the evidence chain (${size.inputs} inputs, ${size.organisations} organisations, ${size.organisations * THEMES_PER_ORG} themes, ${size.organisations * DECISIONS_PER_ORG} decisions)…`);
      const t0 = Date.now();
      await seedChain(em, databaseUrl, size);
      console.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const [org] = await em.getConnection().execute<Array<{ id: string; staff: string; service: string }>>(
      `select o.id, (select a.id from account a where a.organisation_id = o.id and a.role = 'COMMISSIONER' limit 1) as staff,
              (select s.id from service s where s.organisation_id = o.id and s.name = 'Early Help') as service
         from organisation o where o.name = 'Northbridge Borough Council'`,
    );
    const actor: Actor = { accountId: org.staff, organisationId: org.id, role: Role.COMMISSIONER, displayName: 'Bench', sessionTokenHash: '' };
    // Random inputs of the first organisation (even n), two in five of them tagged.
    const ids = (
      await em.getConnection().execute<Array<{ id: string }>>(
        `select md5('bench-input-' || (? * (1 + floor(random() * (? - 1))))::int)::uuid as id from generate_series(1, ?)`,
        [size.organisations, Math.floor(size.inputs / size.organisations), TRACES + 100],
      )
    ).map((r) => r.id);
    const timings: number[] = [];
    let chained = 0;
    for (const [i, id] of ids.entries()) {
      const start = performance.now();
      const trace = await traceInput(orm.em.fork(), actor, id);
      const ms = performance.now() - start;
      if (i >= 100) timings.push(ms); // the first 100 warm up
      if (trace.decisions.length) chained++;
    }
    timings.sort((a, b) => a - b);
    const p95 = percentile(timings, 95);
    console.log(`\ntrace(inputId) over ${TRACES} random inputs (${chained} reached a decision): p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${timings[timings.length - 1].toFixed(2)} ms (target p95 ≤ 20)`);

    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const runs: number[] = [];
    let report: Awaited<ReturnType<typeof influence>> | undefined;
    for (let i = 0; i < 6; i++) {
      const start = performance.now();
      report = await influence(orm.em.fork(), actor, org.service, from, to);
      if (i > 0) runs.push(performance.now() - start); // the first warms up
    }
    runs.sort((a, b) => a - b);
    const influenceMs = percentile(runs, 50);
    console.log(
      `influence(Early Help, last year) over 5 runs: median ${influenceMs.toFixed(1)} ms, max ${runs[runs.length - 1].toFixed(1)} ms (target ≤ 200)\n` +
        `  ${report!.inputs} inputs, ${report!.inputsLinkedToDecision} linked to a decision, ${report!.decisions} decisions (${report!.decisionsCitingVoices} citing voices), median ${report!.medianDaysToFeedback} days, ${report!.changesDone} changes done`,
    );

    // The plans behind the figures.
    // A traced input that reaches a decision, so every branch of the plan has rows.
    const [sample] = await em.getConnection().execute<Array<{ id: string }>>(
      `select ti.input_id as id from theme_input ti join decision_theme dt on dt.theme_id = ti.theme_id join voice_input v on v.id = ti.input_id
        where v.organisation_id = ? limit 1`,
      [org.id],
    );
    await explain(em, 'trace(inputId): one statement, every branch on its index', TRACE_SQL, [sample.id, org.id, org.id]);
    await explain(
      em,
      'influence(Early Help, last year): first decision per theme and proposal, then the service\'s inputs from covering indexes',
      `${influenceSql(true)} select (select sum(n) from months) as inputs, (select count(*) from linked) as linked,
         (select percentile_cont(0.5) within group (order by first_at - created_at) from linked) as median`,
      influenceParams(org.id, org.service, from, to),
    );
    return { 'trace.p95_ms': p95, 'influence.ms': influenceMs };
  } finally {
    await orm.close();
  }
}
