import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { memoryTransport } from '../server/src/shared/mail.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';

const DISCLOSURE = 'the worker was nice but my mums boyfriend hits me when shes at work and i dont want to go home';
const QUEUE = `query($s: ConcernStatus) { safeguardingConcerns(status: $s) { id status severity overdue raisedBy matchedRules referralReference dueBy
  input { id text withheld kind } notes { author text } } }`;

let t: TestApp;
let practitioner: Agent;
let lead: Agent;
let s: SurveyFixture;
const mail = memoryTransport();

beforeAll(async () => {
  t = await startTestApp({ mail });
  practitioner = await t.staff('practitioner@northbridge.example');
  lead = await t.staff('safeguarding@northbridge.example');
  s = await survey(practitioner, 'open');
});
afterAll(() => t.close());

async function disclose(ageBand = 'AGE_12_TO_17', text = DISCLOSURE) {
  const { submitResponse } = await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand, answers: answersFor(s, text) } });
  const [input] = await t.orm.em.fork().getConnection().execute('select id from voice_input where response_id = ?', [submitResponse.responseId]);
  return { receipt: submitResponse, inputId: input.id as string };
}

describe('screening a survey answer', () => {
  it('stores the response, raises a concern with a deadline, and shows the child kind support', async () => {
    const { receipt, inputId } = await disclose('AGE_8_TO_11');
    expect(receipt.support.message).toMatch(/Thank you for telling us/);
    expect(receipt.support.contacts.map((c: any) => c.phone)).toEqual(expect.arrayContaining(['0800 1111', '999']));
    const { safeguardingConcerns } = await lead.gql(QUEUE, { s: 'OPEN' });
    const concern = safeguardingConcerns.find((c: any) => c.input.id === inputId);
    expect(concern).toMatchObject({ status: 'OPEN', severity: 'HIGH', raisedBy: 'SCREENING', input: { text: expect.stringContaining('hits me'), withheld: true } });
    // HIGH: one hour by default.
    expect(new Date(concern.dueBy).getTime() - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(new Date(concern.dueBy).getTime() - Date.now()).toBeLessThan(61 * 60_000);
    expect(mail.sent.some((m) => m.to === 'safeguarding@northbridge.example' && !m.text.includes('hits'))).toBe(true);
  });

  it('gives the same support again when the submission is retried', async () => {
    const input = { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s, DISCLOSURE) };
    await t.agent().gql(SUBMIT, { i: input });
    const again = await t.agent().gql(SUBMIT, { i: input });
    expect(again.submitResponse).toMatchObject({ duplicate: true, support: { message: expect.any(String) } });
  });

  it('speaks the language the page asked for', async () => {
    const res = await t.agent().request(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(s, DISCLOSURE) } }, { 'accept-language': 'pl' });
    expect(res.data.submitResponse.support.message).toMatch(/Dziękujemy/);
  });

  it('does not flag ordinary feedback', async () => {
    const { receipt, inputId } = await disclose('AGE_12_TO_17', 'I hit the ball really far at the activity day and the staff were great');
    expect(receipt.support).toBeNull();
    const { safeguardingConcerns } = await lead.gql(QUEUE, {});
    expect(safeguardingConcerns.some((c: any) => c.input.id === inputId)).toBe(false);
  });

  it('treats the text as flagged when screening itself fails, and still stores it', async () => {
    const em = t.orm.em.fork();
    await em.getConnection().execute(
      `insert into screening_rule_set (id, organisation_id, language, version, rules, active, created_at)
       select gen_random_uuid(), id, 'xx', 'broken', '{"not": "a rule set"}', true, now() from organisation where name = 'Southmoor Council'`,
    );
    const south = await t.staff('practitioner@southmoor.example');
    const southSurvey = await survey(south, 'open');
    const { submitResponse } = await t.agent().gql(SUBMIT, { i: { surveyId: southSurvey.id, clientSubmissionId: submissionId(), answers: answersFor(southSurvey, 'The sessions were fun') } });
    expect(submitResponse.support).not.toBeNull();
    const southLead = await t.staff('safeguarding@southmoor.example');
    const { safeguardingConcerns } = await southLead.gql(QUEUE, {});
    expect(safeguardingConcerns[0].matchedRules).toEqual(['SCREENING_FAILED']);
  });
});

describe('withheld words', () => {
  it('are withheld from results, voice inputs and CSV for everyone but the lead’s queue', async () => {
    const { inputId } = await disclose();
    const commissioner = await t.staff('commissioner@northbridge.example');
    const { inputs } = await commissioner.gql(`{ inputs(first: 100) { edges { node { id text withheld } } } }`);
    expect(inputs.edges.find((e: any) => e.node.id === inputId).node).toEqual({ id: inputId, text: null, withheld: true });
    const results = await commissioner.gql(`query($id: ID!) { surveyResults(surveyId: $id) { questions { texts(first: 100) { edges { node { id text withheld } } } } } }`, { id: s.id });
    const texts = results.surveyResults.questions.flatMap((q: any) => q.texts.edges.map((e: any) => e.node));
    expect(texts.find((n: any) => n.id === inputId)).toEqual({ id: inputId, text: null, withheld: true });
    const csv = await (await fetch(`${t.url}/exports/surveys/${s.id}/results.csv`, { headers: { cookie: commissioner.cookie } })).text();
    expect(csv).not.toMatch(/hits me/);
    expect(csv).toMatch(/\[withheld\]/);
    // Search cannot find withheld words either.
    expect((await commissioner.gql(`{ inputs(filter: { search: "boyfriend hits" }) { totalCount } }`)).inputs.totalCount).toBe(0);
    // An admin overseeing the queue sees the concern but not the words.
    const admin = await t.staff('admin@northbridge.example');
    const adminQueue = await admin.gql(QUEUE, {});
    expect(adminQueue.safeguardingConcerns.find((c: any) => c.input.id === inputId).input.text).toBeNull();
  });

  it('audits every view of withheld words by a lead', async () => {
    const { inputId } = await disclose();
    const { safeguardingConcerns } = await lead.gql(QUEUE, {});
    const concern = safeguardingConcerns.find((c: any) => c.input.id === inputId);
    await lead.gql(QUEUE, {});
    expect(await t.orm.em.fork().count(AuditEntry, { action: 'viewWithheldText', targetId: concern.id })).toBe(2);
  });
});

describe('the queue', () => {
  const ACK = `mutation($id: ID!, $n: String) { acknowledgeConcern(id: $id, note: $n) { status notes { text } } }`;
  const REFER = `mutation($id: ID!, $r: String!) { referConcern(id: $id, reference: $r) { status referralReference } }`;
  const CLOSE = `mutation($id: ID!, $n: String!, $release: Boolean) { closeConcern(id: $id, note: $n, releaseText: $release) { status input { withheld text } notes { author text } } }`;

  it('acknowledges, refers and closes, keeping the full history, each step audited', async () => {
    const { inputId } = await disclose();
    const id = (await lead.gql(QUEUE, {})).safeguardingConcerns.find((c: any) => c.input.id === inputId).id;
    expect((await lead.gql(ACK, { id, n: 'Spoke to the school DSL' })).acknowledgeConcern.status).toBe('ACKNOWLEDGED');
    expect((await lead.gql(REFER, { id, r: 'MASH-2026-0412' })).referConcern).toEqual({ status: 'REFERRED', referralReference: 'MASH-2026-0412' });
    const closed = (await lead.gql(CLOSE, { id, n: 'Strategy meeting held; plan in place' })).closeConcern;
    expect(closed.status).toBe('CLOSED');
    expect(closed.input.withheld).toBe(true);
    expect(closed.notes.map((n: any) => n.text)).toEqual(['Acknowledged: Spoke to the school DSL', 'Referred (MASH-2026-0412).', 'Closed: Strategy meeting held; plan in place']);
    const actions = (await t.orm.em.fork().find(AuditEntry, { targetId: id })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['acknowledgeConcern', 'referConcern', 'closeConcern']));
  });

  it('refuses illegal moves and bad input, changing nothing', async () => {
    const { inputId } = await disclose();
    const id = (await lead.gql(QUEUE, {})).safeguardingConcerns.find((c: any) => c.input.id === inputId).id;
    expect(await lead.fails(REFER, { id, r: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
    expect(await lead.fails(CLOSE, { id, n: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    await lead.gql(CLOSE, { id, n: 'Not a disclosure: a film plot', release: true });
    expect((await lead.fails(ACK, { id })).code).toBe('CONFLICT');
  });

  it('releases a false positive back into results when the lead says so', async () => {
    const { inputId } = await disclose();
    const id = (await lead.gql(QUEUE, {})).safeguardingConcerns.find((c: any) => c.input.id === inputId).id;
    await lead.gql(CLOSE, { id, n: 'Checked with the practitioner: quoting a story', release: true });
    const { inputs } = await practitioner.gql(`{ inputs(first: 100) { edges { node { id withheld text } } } }`);
    expect(inputs.edges.find((e: any) => e.node.id === inputId).node.withheld).toBe(false);
    expect(await t.orm.em.fork().count(AuditEntry, { action: 'releaseWithheldText', targetId: inputId })).toBe(1);
  });

  it('lets any member of staff flag a worrying text, withholding it at once', async () => {
    const { receipt } = await disclose('AGE_12_TO_17', 'sometimes I feel really alone at weekends');
    const [row] = await t.orm.em.fork().getConnection().execute('select id from voice_input where response_id = ?', [receipt.responseId]);
    const { flagInput } = await practitioner.gql(`mutation($i: ID!) { flagInput(inputId: $i, note: "Worried: says alone every weekend") { id status raisedBy input { text withheld } } }`, { i: row.id });
    expect(flagInput).toMatchObject({ status: 'OPEN', raisedBy: 'Priya Patel', input: { text: null, withheld: true } });
    expect(await practitioner.fails(`mutation($i: ID!) { flagInput(inputId: $i, note: "") { id } }`, { i: row.id })).toMatchObject({ field: 'note' });
  });

  it('marks a concern overdue past its deadline and counts it for the leads', async () => {
    const { inputId } = await disclose();
    await t.orm.em.fork().getConnection().execute(`update safeguarding_concern set due_by = now() - interval '5 minutes' where input_id = ?`, [inputId]);
    const { safeguardingConcerns } = await lead.gql(QUEUE, { s: 'OPEN' });
    expect(safeguardingConcerns[0]).toMatchObject({ overdue: true, input: { id: inputId } });
    expect((await lead.gql(`{ overdueConcernCount }`)).overdueConcernCount).toBeGreaterThanOrEqual(1);
  });

  it('shows one concern on its own page to a lead (audited), without the words to an admin, and not at all elsewhere', async () => {
    const ONE = `query($id: ID!) { safeguardingConcern(id: $id) { id status input { id text withheld } notes { text } } }`;
    const { inputId } = await disclose();
    const id = (await lead.gql(QUEUE, {})).safeguardingConcerns.find((c: any) => c.input.id === inputId).id;
    const before = await t.orm.em.fork().count(AuditEntry, { action: 'viewWithheldText', targetId: id });
    expect((await lead.gql(ONE, { id })).safeguardingConcern).toMatchObject({ id, status: 'OPEN', input: { id: inputId, text: DISCLOSURE, withheld: true } });
    expect(await t.orm.em.fork().count(AuditEntry, { action: 'viewWithheldText', targetId: id })).toBe(before + 1);
    const admin = await t.staff('admin@northbridge.example');
    expect((await admin.gql(ONE, { id })).safeguardingConcern.input.text).toBeNull();
    expect((await practitioner.fails(ONE, { id })).code).toBe('FORBIDDEN');
    const southLead = await t.staff('safeguarding@southmoor.example');
    expect((await southLead.fails(ONE, { id })).code).toBe('NOT_FOUND');
    expect((await lead.fails(ONE, { id: 'not-a-concern' })).code).toBe('NOT_FOUND');
  });

  it('keeps each organisation’s queue to itself', async () => {
    const { inputId } = await disclose();
    const id = (await lead.gql(QUEUE, {})).safeguardingConcerns.find((c: any) => c.input.id === inputId).id;
    const southLead = await t.staff('safeguarding@southmoor.example');
    expect((await southLead.gql(QUEUE, {})).safeguardingConcerns.some((c: any) => c.id === id)).toBe(false);
    expect((await southLead.fails(ACK, { id })).code).toBe('NOT_FOUND');
    const southWorker = await t.staff('practitioner@southmoor.example');
    expect((await southWorker.fails(`mutation($i: ID!) { flagInput(inputId: $i, note: "x") { id } }`, { i: inputId })).code).toBe('NOT_FOUND');
  });
});

describe('auditing views of withheld words', () => {
  it('does not log a view when the queue is listed without the words', async () => {
    const { inputId } = await disclose();
    const { safeguardingConcerns } = await lead.gql(`{ safeguardingConcerns { id input { id withheld } } }`);
    const concern = safeguardingConcerns.find((c: any) => c.input.id === inputId);
    expect(await t.orm.em.fork().count(AuditEntry, { action: 'viewWithheldText', targetId: concern.id })).toBe(0);
    await lead.gql(`query($id: ID!) { safeguardingConcern(id: $id) { ...Words } } fragment Words on SafeguardingConcern { input { text } }`, { id: concern.id });
    expect(await t.orm.em.fork().count(AuditEntry, { action: 'viewWithheldText', targetId: concern.id })).toBe(1);
  });
});
