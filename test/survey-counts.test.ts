import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobNow } from '../server/src/shared/jobs.js';
import { memoryTransport } from '../server/src/shared/mail.js';
import { SETTLE_MS, surveyCountsJob } from '../server/src/surveys/survey-counts.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';

// Results read a survey's snapshot of counts (taken by a background job) plus what came after it.

let t: TestApp;
let staff: Agent;
let s: SurveyFixture;

const RESULTS = `query($id: ID!, $band: AgeBand) {
  surveyResults(surveyId: $id, ageBand: $band) {
    responseCount byAgeBand { ageBand count suppressed }
    questions { question { id } answered choices { choice { id } count suppressed } scale { value count suppressed } }
  }
}`;
const sql = async <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.orm.em.fork().getConnection().execute(query, params);
const state = () => ({ config: t.config, log: (t.app as any).log, mail: memoryTransport() }) as any;
const results = async (band: string | null = null) => (await staff.gql(RESULTS, { id: s.id, band })).surveyResults;

async function respond(ageBand: string, n: number, scale: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const answers = answersFor(s, `Answer ${i}`).map((a: any) => (a.scale ? { ...a, scale } : a));
    ids.push((await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand, answers } })).submitResponse.responseId);
  }
  return ids;
}

/** Moves responses back in time, as if they had come in an hour ago. */
const age = (ids: string[]) => sql(`update survey_response set submitted_at = submitted_at - interval '1 hour' where id in (?)`, [ids]);
/** Moves them back without the database noticing, so the snapshot can be shown to count them. */
async function ageQuietly(ids: string[]) {
  await sql('alter table survey_response disable trigger survey_count_forget_on_update');
  try {
    await age(ids);
  } finally {
    await sql('alter table survey_response enable trigger survey_count_forget_on_update');
  }
}
const snapshot = async () => (await sql<{ through: Date; counts: any }>('select through, counts from survey_count where survey_id = ?', [s.id]))[0];

beforeAll(async () => {
  t = await startTestApp();
  staff = await t.staff('commissioner@northbridge.example');
  s = await survey(staff, 'open');
  await ageQuietly([...(await respond('AGE_12_TO_17', 14, 4)), ...(await respond('AGE_8_TO_11', 11, 5))]);
});
afterAll(() => t.close());

describe('survey counts', () => {
  it('gives the same results from a snapshot plus what came after as from counting everything', async () => {
    const counted = await results();
    expect(counted.responseCount).toBe(25);
    expect(await snapshot()).toBeUndefined();

    await runJobNow(t.orm, state(), surveyCountsJob);
    const taken = await snapshot();
    expect(taken.counts.responses.reduce((n: number, r: any) => n + r.n, 0)).toBe(25);
    expect(Date.now() - new Date(taken.through).getTime()).toBeGreaterThanOrEqual(SETTLE_MS - 60_000);
    expect(await results()).toEqual(counted);
    const bandFromSnapshot = await results('AGE_12_TO_17');
    await sql('delete from survey_count where survey_id = ?', [s.id]);
    expect(await results('AGE_12_TO_17')).toEqual(bandFromSnapshot);
    await runJobNow(t.orm, state(), surveyCountsJob);

    // Responses after the snapshot are counted on top of it.
    await respond('PARENT_CARER', 10, 3);
    expect((await snapshot()).counts.responses.reduce((n: number, r: any) => n + r.n, 0)).toBe(25);
    const after = await results();
    expect(after.responseCount).toBe(35);
    expect(after.byAgeBand).toContainEqual({ ageBand: 'PARENT_CARER', count: 10, suppressed: false });
  });

  it('drops the snapshot when a response it counted is removed, so results never count what is gone', async () => {
    await runJobNow(t.orm, state(), surveyCountsJob);
    expect(await snapshot()).toBeDefined();
    const [gone] = await sql<{ id: string }>(`select id from survey_response where survey_id = ? and age_band = 'AGE_12_TO_17' order by submitted_at limit 1`, [s.id]);
    await sql('delete from survey_response where id = ?', [gone.id]);
    expect(await snapshot()).toBeUndefined();
    const now = await results();
    expect(now.responseCount).toBe(34);
    expect(now.byAgeBand).toContainEqual({ ageBand: 'AGE_12_TO_17', count: 13, suppressed: false });
  });

  it('without the database dropping it, a stale snapshot would still count a removed response (negative twin)', async () => {
    await ageQuietly((await sql<{ id: string }>('select id from survey_response where survey_id = ?', [s.id])).map((r) => r.id));
    expect(await runJobNow(t.orm, state(), surveyCountsJob)).toBe(0);
    expect((await snapshot()).counts.responses.reduce((n: number, r: any) => n + r.n, 0)).toBe(34);
    expect((await results()).responseCount).toBe(34);
    // Its answers go with it (on delete cascade), so both tables' triggers are off.
    await sql('alter table survey_response disable trigger survey_count_forget_on_delete');
    await sql('alter table answer disable trigger survey_count_forget_on_delete');
    try {
      const [gone] = await sql<{ id: string }>(`select id from survey_response where survey_id = ? order by submitted_at limit 1`, [s.id]);
      await sql('delete from survey_response where id = ?', [gone.id]);
      expect((await results()).responseCount).toBe(34);
    } finally {
      await sql('alter table survey_response enable trigger survey_count_forget_on_delete');
      await sql('alter table answer enable trigger survey_count_forget_on_delete');
      await sql('delete from survey_count where survey_id = ?', [s.id]);
    }
    expect((await results()).responseCount).toBe(33);
  });

  it('leaves a survey with nothing older than the settling time to be counted whole', async () => {
    const fresh = await survey(staff, 'open');
    await t.agent().gql(SUBMIT, { i: { surveyId: fresh.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(fresh) } });
    await runJobNow(t.orm, state(), surveyCountsJob);
    expect(await sql('select 1 from survey_count where survey_id = ?', [fresh.id])).toEqual([]);
  });
});
