import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { releaseWordsAtOnce, answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';

let t: TestApp;
let staff: Agent;
let s: SurveyFixture;

const RESULTS = `query($id: ID!, $band: AgeBand) {
  surveyResults(surveyId: $id, ageBand: $band) {
    responseCount suppressionThreshold
    byAgeBand { ageBand count suppressed }
    questions { question { id type } answered choices { choice { label } count suppressed } scale { value count suppressed } scaleMean
      texts(first: 50) { totalCount edges { node { text ageBand withheld } } } }
  }
}`;

async function respond(ageBand: string, n: number, scale: number, text?: string) {
  for (let i = 0; i < n; i++) {
    const answers = answersFor(s, text ?? `Answer from ${ageBand} ${i}`).map((a: any) => (a.scale ? { ...a, scale } : a));
    await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand, answers } });
  }
}

beforeAll(async () => {
  t = await startTestApp();
  // Words reach commissioners, forums and the public here as soon as they are stored (review: test/safeguarding/review.test.ts).
  await releaseWordsAtOnce(t);
  staff = await t.staff('commissioner@northbridge.example');
  s = await survey(staff, 'open');
  // 12–17: 14 responses (scale 4); 8–11: 11 (scale 5); parents and carers: 10 (scale 3);
  // 4–7: 3 (scale 3) — a small group, whose natural partner is the parents' and carers' 10.
  await respond('AGE_12_TO_17', 14, 4);
  await respond('AGE_8_TO_11', 11, 5);
  await respond('PARENT_CARER', 10, 3);
  await respond('AGE_4_TO_7', 3, 3);
});
afterAll(() => t.close());

describe('survey results', () => {
  it('counts responses and answers, shows the total, and suppresses the small age band with a partner', async () => {
    const { surveyResults: r } = await staff.gql(RESULTS, { id: s.id });
    expect(r.responseCount).toBe(38);
    expect(r.suppressionThreshold).toBe(10);
    const band = Object.fromEntries(r.byAgeBand.map((b: any) => [b.ageBand, b]));
    expect(band.AGE_4_TO_7).toEqual({ ageBand: 'AGE_4_TO_7', count: null, suppressed: true });
    // Secondary suppression: 38 − 14 − 11 − 10 would otherwise give the 3 away.
    expect(band.PARENT_CARER).toEqual({ ageBand: 'PARENT_CARER', count: null, suppressed: true });
    expect(band.AGE_12_TO_17.count).toBe(14);
    expect(band.AGE_8_TO_11.count).toBe(11);
    const scaleQ = r.questions.find((q: any) => q.question.type === 'SCALE');
    expect(scaleQ.answered).toBe(38);
    expect(scaleQ.scale.map((c: any) => c.count)).toEqual([0, 0, 13, 14, 11]);
    expect(scaleQ.scaleMean).toBeCloseTo((13 * 3 + 14 * 4 + 11 * 5) / 38, 2);
  });

  it('refuses the partner band too, and shows a visible band in full', async () => {
    expect(await staff.fails(RESULTS, { id: s.id, band: 'PARENT_CARER' })).toMatchObject({ field: 'ageBand' });
    const { surveyResults: r } = await staff.gql(RESULTS, { id: s.id, band: 'AGE_8_TO_11' });
    const scaleQ = r.questions.find((q: any) => q.question.type === 'SCALE');
    expect(scaleQ.scale.map((c: any) => c.count)).toEqual([0, 0, 0, 0, 11]);
    expect(scaleQ.scaleMean).toBe(5);
  });

  it('gives the text answers as voice inputs for tagging', async () => {
    const { surveyResults: r } = await staff.gql(RESULTS, { id: s.id });
    const textQ = r.questions.find((q: any) => q.question.type === 'TEXT');
    expect(textQ.texts.totalCount).toBe(38);
    expect(textQ.texts.edges[0].node.text).toMatch(/^Answer from/);
  });

  it('filters by an age band big enough to show', async () => {
    const { surveyResults: r } = await staff.gql(RESULTS, { id: s.id, band: 'AGE_12_TO_17' });
    expect(r.responseCount).toBe(14);
    const scaleQ = r.questions.find((q: any) => q.question.type === 'SCALE');
    expect(scaleQ.answered).toBe(14);
    expect(scaleQ.scale.find((x: any) => x.value === 4).count).toBe(14);
    expect(r.questions.find((q: any) => q.question.type === 'TEXT').texts.totalCount).toBe(14);
  });

  it('refuses to filter by an age band too small to show, saying why', async () => {
    const small = await staff.fails(RESULTS, { id: s.id, band: 'AGE_4_TO_7' });
    expect(small).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ageBand' });
    expect(small.message).toMatch(/Fewer than 10 responses came from this age band/);
    // The parents' and carers' 10 are enough on their own, so the message must not say otherwise.
    const partner = await staff.fails(RESULTS, { id: s.id, band: 'PARENT_CARER' });
    expect(partner.message).toMatch(/would reveal the answers of the group aged 4 to 7/);
  });

  it('does not count a suppressed band through the inputs list: the band filter is refused', async () => {
    for (const ageBand of ['AGE_4_TO_7', 'PARENT_CARER']) {
      const refused = await staff.fails(`query($s: ID!, $b: AgeBand) { inputs(filter: { surveyId: $s, ageBand: $b }) { totalCount } }`, { s: s.id, b: ageBand });
      expect(refused, ageBand).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ageBand' });
    }
    const shown = await staff.gql(`query($s: ID!) { inputs(filter: { surveyId: $s, ageBand: AGE_12_TO_17 }) { totalCount } }`, { s: s.id });
    expect(shown.inputs.totalCount).toBe(14);
  });

  it('lists every text answer but leaves out the band of those whose band count is withheld', async () => {
    const { surveyResults: r } = await staff.gql(RESULTS, { id: s.id });
    const nodes = r.questions.find((q: any) => q.question.type === 'TEXT').texts.edges.map((e: any) => e.node);
    const bands = nodes.map((n: any) => n.ageBand);
    expect(bands).not.toContain('AGE_4_TO_7');
    expect(bands).not.toContain('PARENT_CARER');
    expect(bands.filter((b: string | null) => b === null)).toHaveLength(13);
    expect(bands.filter((b: string | null) => b === 'AGE_12_TO_17')).toHaveLength(14);
  });

  it('uses the organisation threshold, never below five, which the database itself enforces', async () => {
    const conn = t.orm.em.fork().getConnection();
    await expect(conn.execute(`update organisation set suppression_threshold = 3 where name = 'Northbridge Borough Council'`)).rejects.toThrow(
      /organisation_threshold_floor/,
    );
    await conn.execute(`update organisation set suppression_threshold = 5 where name = 'Northbridge Borough Council'`);
    try {
      const { surveyResults: r } = await staff.gql(RESULTS, { id: s.id });
      expect(r.suppressionThreshold).toBe(5);
      // 3 is under the floor: still withheld.
      expect(r.byAgeBand.find((b: any) => b.ageBand === 'AGE_4_TO_7').suppressed).toBe(true);
    } finally {
      await conn.execute(`update organisation set suppression_threshold = 10 where name = 'Northbridge Borough Council'`);
    }
  });

  it('exports CSV with the same suppression, audited', async () => {
    const res = await fetch(`${t.url}/exports/surveys/${s.id}/results.csv`, { headers: { cookie: staff.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await res.text();
    const responses = csv.split('\r\n').find((l) => l.startsWith('Responses'))!.split(',');
    expect(responses[2]).toBe('38');
    expect(responses[3]).toBe('suppressed'); // 4–7
    expect(csv).toMatch(/Answer from AGE_12_TO_17/);
    // The text section gives a band only where that band's count of answers is published.
    const textRows = csv.split('\r\n\r\n')[1].split('\r\n').slice(1).filter(Boolean).map((l) => l.split(','));
    expect(textRows).toHaveLength(38);
    const bands = textRows.map((cells) => cells[1]);
    expect(bands).not.toContain('AGE_4_TO_7');
    expect(bands).not.toContain('PARENT_CARER');
    expect(bands.filter((b) => b === 'AGE_12_TO_17')).toHaveLength(14);
    expect(await t.orm.em.fork().count(AuditEntry, { action: 'exportSurveyResults', targetId: s.id })).toBe(1);
  });

  it('refuses the CSV to anyone signed out, to other roles, and to another organisation', async () => {
    expect((await fetch(`${t.url}/exports/surveys/${s.id}/results.csv`)).status).toBe(401);
    const lead = await t.staff('safeguarding@northbridge.example');
    expect((await fetch(`${t.url}/exports/surveys/${s.id}/results.csv`, { headers: { cookie: lead.cookie } })).status).toBe(403);
    const south = await t.staff('commissioner@southmoor.example');
    expect((await fetch(`${t.url}/exports/surveys/${s.id}/results.csv`, { headers: { cookie: south.cookie } })).status).toBe(404);
  });
});

describe('voice inputs', () => {
  it('lists the organisation’s inputs newest first, paged, searchable and filterable', async () => {
    // The demo world has voices of its own: look at this survey's.
    const first = await staff.gql(`query($s: ID!) { inputs(first: 10, filter: { surveyId: $s }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind sourceTitle } } } }`, { s: s.id });
    expect(first.inputs.totalCount).toBe(38);
    expect(first.inputs.edges).toHaveLength(10);
    const second = await staff.gql(`query($a: String, $s: ID!) { inputs(first: 10, after: $a, filter: { surveyId: $s }) { edges { node { id } } } }`, { a: first.inputs.pageInfo.endCursor, s: s.id });
    const ids = new Set(first.inputs.edges.map((e: any) => e.node.id));
    expect(second.inputs.edges.some((e: any) => ids.has(e.node.id))).toBe(false);
    const search = await staff.gql(`{ inputs(filter: { search: "AGE_8" }) { totalCount } }`);
    expect(search.inputs.totalCount).toBe(0);
    await respond('AGE_18_TO_25', 1, 3, 'The minibus to the trampoline park takes ages');
    const found = await staff.gql(`{ inputs(filter: { search: "trampol minib" }) { totalCount edges { node { text } } } }`);
    expect(found.inputs.totalCount).toBe(1);
    const byBand = await staff.gql(`query($s: ID!) { inputs(filter: { ageBand: AGE_8_TO_11, untagged: true, surveyId: $s }) { totalCount } }`, { s: s.id });
    expect(byBand.inputs.totalCount).toBe(11);
  });
});

describe('a survey’s size on its public page', () => {
  it('is exact for its staff and not shown to anyone else with the link', async () => {
    const small = await survey(staff, 'open');
    for (let i = 0; i < 4; i++) {
      await t.agent().gql(SUBMIT, { i: { surveyId: small.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(small) } });
    }
    const q = `query($c: String!) { surveyByShareCode(code: $c) { responseCount } }`;
    expect((await t.agent().fails(q, { c: small.shareCode })).code).toBe('UNAUTHENTICATED');
    expect((await staff.gql(`query($id: ID!) { survey(id: $id) { responseCount } }`, { id: small.id })).survey.responseCount).toBe(4);
    // Staff of another organisation holding the link are link holders too.
    const south = await t.staff('commissioner@southmoor.example');
    expect((await south.fails(q, { c: small.shareCode })).code).toBe('FORBIDDEN');
  });
});
