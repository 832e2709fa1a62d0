import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answeredSurvey, eventContributions } from './support/trace-factories.js';

const DISCLOSURE = 'my mums boyfriend hits me when shes at work and i dont want to go home';
const FLAG = `mutation($i: ID!, $n: String!) { flagInput(inputId: $i, note: $n) { id status raisedAt dueBy matchedRules referralReference notes { text } input { text withheld } } }`;

let t: TestApp;
let lead: Agent;
let practitioner: Agent;
let commissioner: Agent;

beforeAll(async () => {
  t = await startTestApp();
  lead = await t.staff('safeguarding@northbridge.example');
  practitioner = await t.staff('practitioner@northbridge.example');
  commissioner = await t.staff('commissioner@northbridge.example');
});
afterAll(() => t.close());

const unclosed = async (inputId: string) =>
  (await t.orm.em.fork().getConnection().execute(`select id from safeguarding_concern where input_id = ? and status <> 'CLOSED'`, [inputId])).length;

describe('flagInput answers a non-lead with the bare facts of a concern', () => {
  it("returns only id, status, raisedAt and dueBy to a practitioner flagging words already under a lead's review", async () => {
    const { answers } = await answeredSurvey(t, commissioner, [DISCLOSURE]);
    const { safeguardingConcerns } = await lead.gql(`{ safeguardingConcerns(status: OPEN) { id input { id } } }`);
    const concern = safeguardingConcerns.find((c: any) => c.input.id === answers[0].inputId);
    await lead.gql(`mutation($id: ID!) { referConcern(id: $id, reference: "MASH-2231", note: "Police informed; school aware") { id } }`, { id: concern.id });

    for (const staff of [practitioner, commissioner]) {
      const { flagInput } = await staff.gql(FLAG, { i: answers[0].inputId, n: 'I am worried about this one' });
      expect(flagInput.id).toBe(concern.id);
      expect(flagInput).toMatchObject({ status: 'REFERRED', matchedRules: [], referralReference: null, notes: [], input: { text: null, withheld: true } });
      expect(new Date(flagInput.dueBy).getTime()).toBeGreaterThan(0);
      expect(JSON.stringify(flagInput)).not.toMatch(/MASH|Police|hits me/);
    }
    // The lead still has all of it, the non-leads' notes included.
    const { safeguardingConcern } = await lead.gql(`query($id: ID!) { safeguardingConcern(id: $id) { referralReference matchedRules notes { text } } }`, { id: concern.id });
    expect(safeguardingConcern.referralReference).toBe('MASH-2231');
    expect(safeguardingConcern.matchedRules.length).toBeGreaterThan(0);
    expect(safeguardingConcern.notes.map((n: any) => n.text)).toEqual(expect.arrayContaining([expect.stringContaining('Police informed'), expect.stringContaining('Flagged again')]));
  });
});

/**
 * Two staff flag the same words at the same moment. The voice input's row is held locked from
 * outside until both requests have read "no open concern" and are waiting to write, so the race
 * happens every time rather than by luck.
 */
async function flagTwiceAtOnce(inputId: string) {
  const blocker = new pg.Client({ connectionString: t.databaseUrl });
  await blocker.connect();
  try {
    await blocker.query('begin');
    await blocker.query('select id from voice_input where id = $1 for update', [inputId]);
    const both = Promise.all([practitioner.request(FLAG, { i: inputId, n: 'First worry' }), commissioner.request(FLAG, { i: inputId, n: 'Second worry' })]);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await blocker.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
      if (rows[0].n >= 2) break;
      if (Date.now() > deadline) throw new Error('the two flags never met');
      await new Promise((r) => setTimeout(r, 20));
    }
    await blocker.query('rollback');
    return await both;
  } finally {
    await blocker.end();
  }
}

describe('one open concern per input, held by the database', () => {
  it('opens one concern when two staff flag the same words at once, and keeps both notes', async () => {
    const { inputIds: [inputId] } = await eventContributions(practitioner, ['The youth club is shut on Fridays']);
    const [a, b] = await flagTwiceAtOnce(inputId);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect(a.data.flagInput.id).toBe(b.data.flagInput.id);
    expect(await unclosed(inputId)).toBe(1);
    const { safeguardingConcern } = await lead.gql(`query($id: ID!) { safeguardingConcern(id: $id) { notes { text } } }`, { id: a.data.flagInput.id });
    const texts: string[] = safeguardingConcern.notes.map((n: any) => n.text);
    expect(texts.filter((x) => /First worry|Second worry/.test(x))).toHaveLength(2);
    expect(texts.filter((x) => x.startsWith('Flagged again:'))).toHaveLength(1);
  });

  it('opens two concerns in the same race without the partial unique index (the index is what holds)', async () => {
    await t.orm.em.fork().getConnection().execute('drop index safeguarding_concern_one_open_per_input');
    try {
      const { inputIds: [inputId] } = await eventContributions(practitioner, ['The bus to the hub is too dear']);
      await flagTwiceAtOnce(inputId);
      expect(await unclosed(inputId)).toBe(2);
    } finally {
      await t.orm.em.fork().getConnection().execute(`delete from safeguarding_concern where status <> 'CLOSED' and id in (
        select id from (select id, row_number() over (partition by input_id order by raised_at) as n from safeguarding_concern where status <> 'CLOSED') x where n > 1)`);
      await t.orm.em.fork().getConnection().execute(`create unique index safeguarding_concern_one_open_per_input on safeguarding_concern (input_id) where status <> 'CLOSED'`);
    }
  });
});

describe("the lead's queue", () => {
  it('lists every open concern first, however many older ones are being handled', async () => {
    const { answers } = await answeredSurvey(t, commissioner, [DISCLOSURE]);
    const conn = t.orm.em.fork().getConnection();
    // 600 concerns being handled, each due before the new open one (more than the queue lists after the open ones).
    await conn.execute(
      `with copies as (
         insert into voice_input
         select (jsonb_populate_record(null::voice_input, to_jsonb(v) || jsonb_build_object('id', gen_random_uuid(), 'response_id', null, 'client_submission_id', null))).*
           from voice_input v, generate_series(1, 600) where v.id = ?
         returning id, organisation_id)
       insert into safeguarding_concern (id, organisation_id, input_id, status, severity, raised_at, due_by, raised_by, matched_rules)
       select gen_random_uuid(), organisation_id, id, 'ACKNOWLEDGED', 'MEDIUM', now() - interval '3 days', now() - interval '2 days', 'SCREENING', '{}' from copies`,
      [answers[0].inputId],
    );
    const { safeguardingConcerns } = await lead.gql(`{ safeguardingConcerns { id status input { id } } }`);
    const statuses: string[] = safeguardingConcerns.map((c: any) => c.status);
    const firstNotOpen = statuses.findIndex((s) => s !== 'OPEN');
    expect(statuses.slice(firstNotOpen).every((s) => s !== 'OPEN')).toBe(true);
    expect(safeguardingConcerns.slice(0, firstNotOpen).some((c: any) => c.input.id === answers[0].inputId)).toBe(true);
    expect(safeguardingConcerns.length - firstNotOpen).toBe(500);
  });
});
