import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey } from './support/factories.js';

let t: TestApp;
let practitioner: Agent;
beforeAll(async () => {
  t = await startTestApp();
  practitioner = await t.staff('practitioner@northbridge.example');
});
afterAll(() => t.close());

const count = async (table: string) => (await t.orm.em.fork().getConnection().execute(`select count(*)::int as n from ${table}`))[0].n as number;

describe('building a survey', () => {
  it('creates a draft with purpose and what happens next, and audits each step', async () => {
    const s = await survey(practitioner, 'draft');
    expect(s.questions.map((q) => q.type)).toEqual(['SCALE', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'YES_NO', 'TEXT']);
    const audit = await t.orm.em.fork().find(AuditEntry, { targetType: { $in: ['Survey', 'Question'] }, action: { $in: ['createSurvey', 'addQuestion'] } });
    expect(audit.filter((a) => a.action === 'addQuestion').length).toBeGreaterThanOrEqual(5);
  });

  it('requires a purpose and what happens next, naming the field', async () => {
    const res = await practitioner.fails(`mutation { createSurvey(input: { title: "T", purpose: "", whatHappensNext: "x", audience: [AGE_8_TO_11] }) { id } }`);
    expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
  });

  it('gives yes/no questions their two choices and words each age band, falling back to the prompt', async () => {
    const s = await survey(practitioner, 'draft');
    const yesNo = s.questions.find((q) => q.type === 'YES_NO')!;
    expect(yesNo.choices.map((c) => c.label)).toEqual(['Yes', 'No']);
    const { survey: got } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { questions { young: promptFor(ageBand: AGE_4_TO_7) teen: promptFor(ageBand: AGE_12_TO_17) } } }`, { id: s.id });
    expect(got.questions[0]).toEqual({ young: 'Was it good?', teen: 'How was Early Help for you?' });
  });

  it('refuses badly shaped questions, naming the field', async () => {
    const s = await survey(practitioner, 'draft', {}, []);
    const add = (q: unknown) => practitioner.fails(`mutation($s: ID!, $q: QuestionInput!) { addQuestion(surveyId: $s, input: $q) { id } }`, { s: s.id, q });
    expect(await add({ type: 'SCALE', prompt: 'x', scaleMax: 11 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scaleMax' });
    expect(await add({ type: 'SINGLE_CHOICE', prompt: 'x', choices: [{ label: 'only one' }] })).toMatchObject({ field: 'choices' });
    expect(await add({ type: 'TEXT', prompt: '' })).toMatchObject({ field: 'prompt' });
    expect(await add({ type: 'TEXT', prompt: 'x', wordings: [{ ageBand: 'AGE_4_TO_7', text: 'a' }, { ageBand: 'AGE_4_TO_7', text: 'b' }] })).toMatchObject({ field: 'wordings.1.ageBand' });
    expect(await add({ type: 'TEXT', prompt: 'x', maxLength: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
    expect(await add({ type: 'TEXT', prompt: 'x', maxLength: 5001 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
    expect(await add({ type: 'SCALE', prompt: 'x', maxLength: 100 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
  });

  it('holds text answers to the length limit the practitioner set', async () => {
    const s = await survey(practitioner, 'open', {}, [{ type: 'TEXT', prompt: 'In a few words?', maxLength: 40 }, { type: 'SCALE', prompt: 'How was it?' }]);
    expect(s.questions.map((q) => q.maxLength)).toEqual([40, null]);
    const answer = (text: string) => ({ i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: [{ questionId: s.questions[0].id, text }] } });
    expect(await t.agent().fails(SUBMIT, answer('x'.repeat(41)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.0.text' });
    expect((await t.agent().gql(SUBMIT, answer('x'.repeat(40)))).submitResponse.duplicate).toBe(false);
  });

  it('reorders and removes questions while in draft', async () => {
    const s = await survey(practitioner, 'draft');
    const textQ = s.questions[4].id;
    const { moveQuestion } = await practitioner.gql(`mutation($q: ID!) { moveQuestion(questionId: $q, position: 1) { questions { id position } } }`, { q: textQ });
    expect(moveQuestion.questions[0]).toEqual({ id: textQ, position: 1 });
    expect(moveQuestion.questions.map((q: any) => q.position)).toEqual([1, 2, 3, 4, 5]);
    await practitioner.gql(`mutation($q: ID!) { removeQuestion(questionId: $q) }`, { q: s.questions[0].id });
    const { survey: after } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { questions { id position } } }`, { id: s.id });
    expect(after.questions.map((q: any) => q.position)).toEqual([1, 2, 3, 4]);
    expect(after.questions.map((q: any) => q.id)).not.toContain(s.questions[0].id);
  });

  it('freezes questions once published, with a clear error', async () => {
    const s = await survey(practitioner, 'open');
    const res = await practitioner.fails(`mutation($q: ID!, $i: QuestionInput!) { updateQuestion(questionId: $q, input: $i) { id } }`, { q: s.questions[0].id, i: { type: 'TEXT', prompt: 'changed' } });
    expect(res.code).toBe('CONFLICT');
    expect(res.message).toMatch(/published/);
  });

  it('refuses to publish a survey with no questions', async () => {
    const s = await survey(practitioner, 'draft', {}, []);
    expect(await practitioner.fails(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: s.id })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('answering', () => {
  it('finds an open survey by its share code, without signing in', async () => {
    const s = await survey(practitioner, 'open');
    const { surveyByShareCode } = await t.agent().gql(`query($c: String!) { surveyByShareCode(code: $c) { id title purpose whatHappensNext status } }`, { c: s.shareCode.toLowerCase() });
    expect(surveyByShareCode).toMatchObject({ id: s.id, status: 'OPEN' });
    const draft = await survey(practitioner, 'draft');
    expect((await t.agent().gql(`query($c: String!) { surveyByShareCode(code: $c) { id } }`, { c: draft.shareCode })).surveyByShareCode).toBeNull();
  });

  it('stores a response with a readable receipt code and its text as a voice input', async () => {
    const s = await survey(practitioner, 'open');
    const child = t.agent();
    const { submitResponse } = await child.gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_8_TO_11', answers: answersFor(s) } });
    expect(submitResponse.receiptCode).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d{4}$/);
    expect(submitResponse.duplicate).toBe(false);
    expect(submitResponse.support).toBeNull();
    const rows = await t.orm.em.fork().getConnection().execute('select kind, text, channel, capture, age_band, source_title from voice_input where response_id = ?', [submitResponse.responseId]);
    expect(rows).toEqual([{ kind: 'SURVEY_ANSWER', text: 'More time to talk please', channel: 'ONLINE', capture: 'OWN_WORDS', age_band: 'AGE_8_TO_11', source_title: 'How was Early Help for you? — What could be better?' }]);
  });

  it('stores one response when the same submission arrives twice, and returns the same receipt', async () => {
    const s = await survey(practitioner, 'open');
    const input = { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s) };
    const before = await count('survey_response');
    const [a, b] = await Promise.all([t.agent().gql(SUBMIT, { i: input }), t.agent().gql(SUBMIT, { i: input })]);
    const c = await t.agent().gql(SUBMIT, { i: input });
    expect(await count('survey_response')).toBe(before + 1);
    expect(new Set([a, b, c].map((r) => r.submitResponse.receiptCode)).size).toBe(1);
    expect([a, b, c].filter((r) => r.submitResponse.duplicate).length).toBe(2);
  });

  it('answers CONFLICT when a different payload arrives under the same submission id', async () => {
    const s = await survey(practitioner, 'open');
    const id = submissionId();
    await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: id, answers: answersFor(s, 'first') } });
    expect(await t.agent().fails(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: id, answers: answersFor(s, 'second') } })).toMatchObject({ code: 'CONFLICT', field: 'clientSubmissionId' });
  });

  describe('refuses bad input, naming the field, and stores nothing', () => {
    let s: Awaited<ReturnType<typeof survey>>;
    let other: Awaited<ReturnType<typeof survey>>;
    beforeAll(async () => {
      s = await survey(practitioner, 'open');
      other = await survey(practitioner, 'open');
    });
    const cases: Array<[string, (answers: any[]) => any[], string]> = [
      ['an unknown question', (a) => [...a, { questionId: '00000000-0000-4000-8000-000000000000', text: 'x' }], 'answers.5.questionId'],
      ['a question from another survey', (a) => [...a, { questionId: other.questions[4].id, text: 'x' }], 'answers.5.questionId'],
      ['a choice not in the question', (a) => a.map((x, i) => (i === 1 ? { ...x, choiceIds: [other.questions[1].choices[0].id] } : x)), 'answers.1.choiceIds.0'],
      ['several choices on a single choice', (a) => a.map((x, i) => (i === 1 ? { ...x, choiceIds: s.questions[1].choices.slice(0, 2).map((c) => c.id) } : x)), 'answers.1.choiceIds'],
      ['several choices on yes/no', (a) => a.map((x, i) => (i === 3 ? { ...x, choiceIds: s.questions[3].choices.map((c) => c.id) } : x)), 'answers.3.choiceIds'],
      ['a scale out of range', (a) => a.map((x, i) => (i === 0 ? { ...x, scale: 6 } : x)), 'answers.0.scale'],
      ['a scale of zero', (a) => a.map((x, i) => (i === 0 ? { ...x, scale: 0 } : x)), 'answers.0.scale'],
      ['text over the limit', (a) => a.map((x, i) => (i === 4 ? { ...x, text: 'x'.repeat(2001) } : x)), 'answers.4.text'],
      ['a missing required answer', (a) => a.filter((_, i) => i !== 3), 'answers'],
      ['the same question twice', (a) => [...a, a[0]], 'answers.5.questionId'],
    ];
    for (const [name, change, field] of cases) {
      it(`refuses ${name}`, async () => {
        const before = await Promise.all(['survey_response', 'answer', 'voice_input'].map(count));
        const res = await t.agent().fails(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: change(answersFor(s)) } });
        expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await Promise.all(['survey_response', 'answer', 'voice_input'].map(count))).toEqual(before);
      });
    }

    it('refuses a closed survey', async () => {
      const closed = await survey(practitioner, 'closed');
      expect(await t.agent().fails(SUBMIT, { i: { surveyId: closed.id, clientSubmissionId: submissionId(), answers: answersFor(closed) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'surveyId' });
    });

    it('refuses a survey past its closing time', async () => {
      const late = await survey(practitioner, 'open');
      await t.orm.em.fork().getConnection().execute(`update survey set closes_at = now() - interval '1 minute' where id = ?`, [late.id]);
      expect(await t.agent().fails(SUBMIT, { i: { surveyId: late.id, clientSubmissionId: submissionId(), answers: answersFor(late) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'surveyId' });
    });

    it('refuses a participants-only survey to someone who has not joined', async () => {
      const only = await survey(practitioner, 'open', { access: 'PARTICIPANTS_ONLY' });
      expect(await t.agent().fails(SUBMIT, { i: { surveyId: only.id, clientSubmissionId: submissionId(), answers: answersFor(only) } })).toMatchObject({ code: 'FORBIDDEN', field: 'surveyId' });
      const { createParticipantCodes: [code] } = await practitioner.gql(`mutation { createParticipantCodes(count: 1) }`);
      const child = t.agent();
      await child.gql(`mutation($c: String!) { joinWithCode(code: $c, ageBand: AGE_12_TO_17) { id } }`, { c: code });
      const { submitResponse } = await child.gql(SUBMIT, { i: { surveyId: only.id, clientSubmissionId: submissionId(), answers: answersFor(only) } });
      expect(submitResponse.duplicate).toBe(false);
    });

    it('refuses participants who try to set an assisted channel or a scribed capture', async () => {
      expect(await t.agent().fails(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), channel: 'ASSISTED', answers: answersFor(s) } })).toMatchObject({ field: 'channel' });
      expect(await t.agent().fails(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), capture: 'SCRIBED', answers: answersFor(s) } })).toMatchObject({ field: 'capture' });
    });

    it('refuses a malformed submission id', async () => {
      expect(await t.agent().fails(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: 'x', answers: answersFor(s) } })).toMatchObject({ field: 'clientSubmissionId' });
    });
  });

  it('lets a practitioner enter an assisted response, recorded with who entered it', async () => {
    const s = await survey(practitioner, 'open');
    const { submitResponse } = await practitioner.gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), channel: 'PAPER', capture: 'SCRIBED', ageBand: 'AGE_4_TO_7', answers: answersFor(s) } });
    const [row] = await t.orm.em.fork().getConnection().execute(
      `select r.channel, r.capture, a.email from survey_response r join account a on a.id = r.entered_by_id where r.id = ?`,
      [submitResponse.responseId],
    );
    expect(row).toEqual({ channel: 'PAPER', capture: 'SCRIBED', email: 'practitioner@northbridge.example' });
  });

  it('audits a paper or assisted response a practitioner enters, once however often it is sent', async () => {
    const s = await survey(practitioner, 'open');
    const audits = (responseId: string) =>
      t.orm.em.fork().getConnection().execute(`select action, actor, target_type, details from audit_entry where target_id = ?`, [responseId]);
    for (const channel of ['PAPER', 'ASSISTED']) {
      const i = { surveyId: s.id, clientSubmissionId: submissionId(), channel, capture: 'READ_TO_THEM', ageBand: 'AGE_8_TO_11', answers: answersFor(s) };
      const { submitResponse } = await practitioner.gql(SUBMIT, { i });
      expect((await practitioner.gql(SUBMIT, { i })).submitResponse).toMatchObject({ responseId: submitResponse.responseId, duplicate: true });
      expect(await audits(submitResponse.responseId)).toEqual([
        { action: 'enterSurveyResponse', actor: expect.stringContaining('PRACTITIONER'), target_type: 'SurveyResponse', details: { surveyId: s.id, channel, capture: 'READ_TO_THEM' } },
      ]);
    }
    // A child answering online is not a staff change: nothing audited.
    const { submitResponse } = await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s) } });
    expect(await audits(submitResponse.responseId)).toEqual([]);
  });
});

describe('tenancy', () => {
  it('does not show or change another organisation’s surveys', async () => {
    const s = await survey(practitioner, 'draft');
    const south = await t.staff('practitioner@southmoor.example');
    expect((await south.gql(`query($id: ID!) { survey(id: $id) { id } }`, { id: s.id })).survey).toBeNull();
    expect((await south.gql(`{ surveys { id } }`)).surveys.map((x: any) => x.id)).not.toContain(s.id);
    expect((await south.fails(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: s.id })).code).toBe('NOT_FOUND');
    expect((await south.fails(`mutation($id: ID!) { surveyResults(surveyId: $id) { responseCount } }`.replace('mutation', 'query'), { id: s.id })).code).toBe('NOT_FOUND');
    expect((await south.fails(`mutation($q: ID!) { removeQuestion(questionId: $q) }`, { q: s.questions[0].id })).code).toBe('NOT_FOUND');
    expect((await south.gql(`{ inputs { totalCount } }`)).inputs.totalCount).toBe(0);
  });
});
